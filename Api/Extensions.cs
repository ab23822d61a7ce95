using Intake.Api.Admin;
<<<<<<< HEAD
using Intake.Api.Uploads;
using Intake.Core.Documents;
using Intake.Core.Jobs;
=======
using Intake.Core.Documents;
>>>>>>> main
using Intake.Core.Data;
using Intake.Core.Messaging;
using Intake.Core.Organizations;
using Intake.Core.Storage;

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
<<<<<<< HEAD

        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<WakeUps>();
        builder.Services.AddSingleton<JobStore>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<DocumentTypeSchemas>();
        builder.Services.AddSingleton<DocumentUploader>();
=======
        builder.Services.AddSingleton<DocumentTypeSchemas>();
>>>>>>> main
    }
}
