using Intake.AppHost.Hosting;
using Intake.AppHost.Orchestration;

namespace Intake.AppHost.Resources;

public static class ProjectBuilderExtensions
{
    /// <summary>
    /// One of our services, from its folder under the repository root, with the variables
    /// Aspire gives a project: its URL, its environment, and its OpenTelemetry identity.
    /// Healthy when <c>GET /health</c> answers 200.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectFolder)
    {
        var project = new ProjectResource(name, Path.Combine(builder.Options.RepositoryRoot, projectFolder));
        return builder.AddResource(project)
            .WithEnvironment(context =>
            {
                var replica = context.Replica;
                context.Variables["ASPNETCORE_URLS"] = replica.Url();
                context.Variables["ASPNETCORE_ENVIRONMENT"] = context.Options.EnvironmentName;
                context.Variables["DOTNET_ENVIRONMENT"] = context.Options.EnvironmentName;
                context.Variables["OTEL_SERVICE_NAME"] = name;
                context.Variables["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={replica.InstanceId}";
                // One line per log entry reads well behind the AppHost's name prefix.
                context.Variables["Logging__Console__FormatterName"] = "simple";
                context.Variables["Logging__Console__FormatterOptions__SingleLine"] = "true";
            })
            .WithHealthCheck(async (replica, ct) => await HttpProbe.GetStatusAsync(new Uri(new Uri(replica.Url()), "/health"), ct) == 200);
    }

    /// <summary><c>Internal__Token</c>: what services show each other on internal routes.</summary>
    public static IResourceBuilder<ProjectResource> WithInternalToken(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithEnvironment("Internal__Token", builder.ApplicationBuilder.Options.Secrets.InternalToken);

    /// <summary>
    /// The Notifier's webhook settings: the key that seals subscription secrets at rest, and
    /// loopback allowed as a delivery target, since development receivers run on this machine.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithWebhookSettings(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithEnvironment("Webhooks__SecretKey", builder.ApplicationBuilder.Options.Secrets.WebhookSecretKey!)
            .WithEnvironment("Webhooks__AllowLoopback", "true");

    /// <summary><c>Admin__ApiKey</c>: guards the Api's admin routes.</summary>
    public static IResourceBuilder<ProjectResource> WithAdminApiKey(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithEnvironment("Admin__ApiKey", builder.ApplicationBuilder.Options.Secrets.AdminApiKey);

    /// <summary><c>Bootstrap__DevApiKey</c>: the Api creates the development organization with it.</summary>
    public static IResourceBuilder<ProjectResource> WithDevelopmentApiKey(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithEnvironment("Bootstrap__DevApiKey", builder.ApplicationBuilder.Options.Secrets.DevApiKey);
}
