using Microsoft.Extensions.Configuration;

namespace Intake.AppHost.Hosting;

/// <summary>What Program.cs declares resources on (Aspire's IDistributedApplicationBuilder).</summary>
public interface IDistributedApplicationBuilder
{
    ConfigurationManager Configuration { get; }

    DistributedApplicationOptions Options { get; }

    IReadOnlyList<Resource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : Resource;

    DistributedApplication Build();
}
