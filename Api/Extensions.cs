using Intake.Api.Admin;
using Intake.Api.Uploads;
using Intake.Core.Data;
using Intake.Core.Documents;
using Intake.Core.Jobs;
using Intake.Core.Messaging;
using Intake.Core.Organizations;
using Intake.Core.Storage;
using Intake.Core.Usage;

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

        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<WakeUps>();
        builder.Services.AddSingleton<JobStore>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<PageUsage>();
        builder.Services.AddSingleton<DocumentUploader>();
    }
}
