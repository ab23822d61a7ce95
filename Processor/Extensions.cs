using Intake.Core.Retention;
using Intake.Processor.Retention;
using Intake.Core.Data;
using Intake.Core.Messaging;
using Intake.Core.Storage;
using Intake.Processor.Extraction;
using Intake.Processor.Plugins;
using Intake.Processor.Jobs;
using Intake.Core.Jobs;
using Intake.Core.Documents;
using Intake.Core.Templates;
using Intake.Processor.Templates;

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
        builder.Services.AddSingleton<TemplateStore>();
        builder.Services.AddSingleton<TemplateExtraction>();
        builder.Services.AddHostedService<PluginWatcher>();
        builder.Services.AddHostedService<DocumentTypeRecorder>();
        builder.Services.AddHealthChecks().AddCheck<PluginHealthCheck>("plugins");

        builder.Services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section)
            .Validate(o => o.Lease > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.Concurrency > 0 && o.MaxPages > 0, "Jobs: positive lease, poll interval, concurrency and page limit.")
            .ValidateOnStart();
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<DocumentStatusWriter>();
        builder.Services.AddSingleton<PipelineMetrics>();
        builder.Services.AddSingleton<DocumentPipeline>();
        builder.Services.AddHostedService<JobClaimer>();

        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Retention: a positive interval and batch size.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddHostedService<RetentionWorker>();
    }
}
