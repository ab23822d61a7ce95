using Intake.Api.Admin;
using Intake.Api.Idempotency;
using Intake.Api.RateLimits;
using Intake.Api.Uploads;
using Intake.Api.Webhooks;
using Intake.Core.Data;
using Intake.Core.Documents;
using Intake.Core.Idempotency;
using Intake.Core.Jobs;
using Intake.Core.Messaging;
using Intake.Core.Organizations;
using Intake.Core.Storage;
using Intake.Core.Templates;
using Intake.Core.Usage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Intake.Api;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddIntakeDatabase();
        builder.AddRedisClient();
        builder.AddObjectStoreClient();

        builder.Services.AddApiKeyAuthentication();
        builder.Services.AddApiKeyRateLimits();
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section).ValidateOnStart();
        builder.Services.AddHostedService<DevelopmentOrganizationBootstrap>();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<DocumentTypeSchemas>();

        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0 && o.MaxPagesPerDocument > 0 && o.MaxImagePixels > 0, "Uploads: the size, page and pixel limits must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>(
            (kestrel, uploads) => kestrel.Limits.MaxRequestBodySize = uploads.Value.MaxRequestBytes);
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>(
            (form, uploads) => form.MultipartBodyLengthLimit = uploads.Value.MaxRequestBytes);
        builder.Services.AddSingleton<JobStore>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<DocumentApprovals>();
        builder.Services.AddSingleton<DocumentListing>();
        builder.Services.AddSingleton<DocumentDeletion>();
        builder.Services.AddSingleton<PageUsage>();
        builder.Services.AddSingleton<TemplateStore>();
        builder.Services.AddSingleton<DocumentUploader>();
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section)
            .Validate(o => o.KeyLifetime > TimeSpan.Zero && o.CleanupInterval > TimeSpan.Zero, "Idempotency: the key lifetime and cleanup interval must be positive.")
            .Validate(o => o.MaxKeyLength is > 0 and <= 255, "Idempotency: MaxKeyLength must be between 1 and 255 (the table's limit).")
            .ValidateOnStart();
        builder.Services.AddSingleton<IdempotencyKeys>();
        builder.Services.AddSingleton<IdempotentUploads>();
        builder.Services.AddHostedService<IdempotencyKeyCleanup>();
        builder.Services.AddHttpClient<NotifierClient>(http => http.BaseAddress = new Uri("http://notifier"))
            .WithoutDefaultResilience().AddIntakeResilienceHandler(NotifierClient.AllowForPing);
    }
}
