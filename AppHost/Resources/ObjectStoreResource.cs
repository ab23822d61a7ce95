using Intake.AppHost.Hosting;

namespace Intake.AppHost.Resources;

/// <summary>An S3-compatible server: s3rver by default, any other (minio) by configuration.</summary>
public sealed class ObjectStoreResource(string name, string command, string dataDirectory, string accessKey, string secretKey)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public string DataDirectory { get; } = dataDirectory;

    public string AccessKey { get; } = accessKey;

    public string SecretKey { get; } = secretKey;

    public List<string> Buckets { get; } = [];

    public string Url => Endpoints[0].UrlFor(0);

    public string GetConnectionString() => $"Endpoint={Url};AccessKey={AccessKey};SecretKey={SecretKey}";
}
