namespace Intake.AppHost.Hosting;

/// <summary>The fluent handle Program.cs declares a resource through (Aspire's IResourceBuilder&lt;T&gt;).</summary>
public interface IResourceBuilder<out T> where T : Resource
{
    IDistributedApplicationBuilder ApplicationBuilder { get; }

    T Resource { get; }
}

internal sealed class ResourceBuilder<T>(IDistributedApplicationBuilder applicationBuilder, T resource)
    : IResourceBuilder<T> where T : Resource
{
    public IDistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;

    public T Resource { get; } = resource;
}
