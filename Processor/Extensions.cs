using Intake.Core.Data;
using Intake.Core.Messaging;
using Intake.Core.Storage;
using Intake.Processor.Extraction;
using Intake.Processor.Plugins;

namespace Intake.Processor;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddIntakeDatabase();
        builder.AddRedisClient();
        builder.AddObjectStoreClient();

        builder.Services.AddOptions<PluginOptions>().BindConfiguration(PluginOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<PluginCatalog>();
        builder.Services.AddSingleton<DocumentTypeRegistry>();
        builder.Services.AddSingleton<ExtractionHost>();
        builder.Services.AddHostedService<PluginWatcher>();
        builder.Services.AddHostedService<DocumentTypeRecorder>();
        builder.Services.AddHealthChecks().AddCheck<PluginHealthCheck>("plugins");
    }
}
