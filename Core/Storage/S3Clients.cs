using Amazon.Runtime;
using Amazon.S3;

namespace Intake.Core.Storage;

/// <summary>The one way we build an S3 client for an S3-compatible server (s3rver, MinIO, any other).</summary>
public static class S3Clients
{
    public static AmazonS3Client Create(string endpoint, string accessKey, string secretKey) =>
        new(new BasicAWSCredentials(accessKey, secretKey), new AmazonS3Config
        {
            ServiceURL = endpoint,
            ForcePathStyle = true, // no bucket sub-domains on localhost
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
}
