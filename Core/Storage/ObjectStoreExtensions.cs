using System.Data.Common;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Core.Storage;

public static class ObjectStoreExtensions
{
    /// <summary>
    /// An S3 client for <c>ConnectionStrings:{connectionName}</c>
    /// (<c>Endpoint=http://host:port;AccessKey=..;SecretKey=..</c>), set up for S3-compatible
    /// servers (path-style addressing, checksums only when required), and a health check
    /// that the bucket exists.
    /// </summary>
    public static IHostApplicationBuilder AddObjectStoreClient(this IHostApplicationBuilder builder, string connectionName = "objectstore")
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set.");
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string Part(string key) => parts.TryGetValue(key, out var value) && value is string text
            ? text
            : throw new InvalidOperationException($"ConnectionStrings:{connectionName} has no {key}.");

        var (endpoint, accessKey, secretKey) = (Part("Endpoint"), Part("AccessKey"), Part("SecretKey"));
        builder.Services.AddOptions<ObjectStoreOptions>().BindConfiguration("ObjectStore");
        builder.Services.AddSingleton<IAmazonS3>(_ => S3Clients.Create(endpoint, accessKey, secretKey));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName,
            services => new ObjectStoreHealthCheck(
                services.GetRequiredService<IAmazonS3>(), services.GetRequiredService<IOptions<ObjectStoreOptions>>().Value),
            failureStatus: HealthStatus.Unhealthy,
            tags: ["ready"]));
        return builder;
    }

    private sealed class ObjectStoreHealthCheck(IAmazonS3 s3, ObjectStoreOptions options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await s3.GetBucketLocationAsync(options.Bucket, cancellationToken);
                return HealthCheckResult.Healthy($"bucket {options.Bucket}");
            }
            catch (Exception ex) when (ex is AmazonServiceException or HttpRequestException or AmazonClientException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"Bucket {options.Bucket} is unreachable.", ex);
            }
        }
    }
}
