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

        builder.Services.AddOptions<PluginOptions>().BindConfiguration(PluginOptions.Section)
            .Validate(o => o.ClassifyTimeout > TimeSpan.Zero && o.ExtractTimeout > TimeSpan.Zero && o.ReloadDebounce >= TimeSpan.Zero,
                "Plugins: time limits must be positive and the debounce not negative.")
            .Validate(o => o.ClassificationThreshold is >= 0 and <= 1, "Plugins:ClassificationThreshold is a score between 0 and 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PluginCatalog>();
        builder.Services.AddSingleton<DocumentTypeRegistry>();
        builder.Services.AddSingleton<ExtractionHost>();
        builder.Services.AddHostedService<PluginWatcher>();
        builder.Services.AddHostedService<DocumentTypeRecorder>();
        builder.Services.AddHealthChecks().AddCheck<PluginHealthCheck>("plugins");
    }
}
