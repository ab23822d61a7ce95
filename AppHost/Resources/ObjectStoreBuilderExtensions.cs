using Intake.AppHost.Hosting;
using Intake.AppHost.Orchestration;
using Intake.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace Intake.AppHost.Resources;

public static class ObjectStoreBuilderExtensions
{
    /// <summary>
    /// The object store from the <c>ObjectStore</c> configuration section: its command, its
    /// arguments (with <c>{root}</c>, <c>{data}</c> and <c>{port}</c> filled in), its
    /// credentials and extra environment, so that <c>minio server</c> can replace s3rver.
    /// </summary>
    public static IResourceBuilder<ObjectStoreResource> AddObjectStore(this IDistributedApplicationBuilder builder, string name, int port = 9000)
    {
        var section = builder.Configuration.GetSection("ObjectStore");
        var options = builder.Options;
        var dataDirectory = Path.Combine(options.DataDirectory, name);
        var store = new ObjectStoreResource(
            name,
            section["Command"] ?? "node",
            dataDirectory,
            section["AccessKey"] ?? "S3RVER",
            section["SecretKey"] ?? "S3RVER");
        var args = section.GetSection("Args").Get<string[]>() ?? [];
        var environment = section.GetSection("Environment").Get<Dictionary<string, string>>() ?? [];

        return builder.AddResource(store)
            .WithHttpEndpoint(section.GetValue("Port", port))
            .BeforeStart(_ => Directory.CreateDirectory(dataDirectory))
            .WithArgs(replica => args.Select(arg => arg
                .Replace("{root}", options.RepositoryRoot)
                .Replace("{data}", dataDirectory)
                .Replace("{port}", replica.Port().ToString())))
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in environment)
                {
                    context.Variables[key] = value.Replace("{accessKey}", store.AccessKey).Replace("{secretKey}", store.SecretKey);
                }
            })
            .WithHealthCheck(async (replica, ct) => await HttpProbe.GetStatusAsync(new Uri(replica.Url()), ct) < 500)
            .OnReady(ct => CreateBucketsAsync(store, ct));
    }

    /// <summary>Creates <paramref name="bucket"/> once the store is up (Aspire's AddBucket).</summary>
    public static IResourceBuilder<ObjectStoreResource> WithBucket(this IResourceBuilder<ObjectStoreResource> builder, string bucket)
    {
        builder.Resource.Buckets.Add(bucket);
        return builder;
    }

    private static async Task CreateBucketsAsync(ObjectStoreResource store, CancellationToken cancellationToken)
    {
        using var s3 = S3Clients.Create(store.Url, store.AccessKey, store.SecretKey);
        var existing = (await s3.ListBucketsAsync(cancellationToken)).Buckets?.Select(b => b.BucketName).ToHashSet() ?? [];
        foreach (var bucket in store.Buckets.Where(b => !existing.Contains(b)))
        {
            await s3.PutBucketAsync(bucket, cancellationToken);
        }
    }
}
