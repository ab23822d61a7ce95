using Intake.Api.Admin;
using Intake.Api.Uploads;
using Intake.Api.Webhooks;
using Intake.Core.Data;
using Intake.Core.Documents;
using Intake.Core.Jobs;
using Intake.Core.Messaging;
using Intake.Core.Organizations;
using Intake.Core.Storage;
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
        builder.Services.AddSingleton<DocumentUploader>();
        builder.Services.AddHttpClient<NotifierClient>(http => http.BaseAddress = new Uri("http://notifier"))
            .WithoutDefaultResilience().AddIntakeResilienceHandler(NotifierClient.AllowForPing);
    }
}
