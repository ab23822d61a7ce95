namespace Intake.AppHost.Hosting;

/// <summary>The declarations every resource accepts, named as in Aspire.</summary>
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : Resource =>
        builder.WithEnvironment(context => context.Variables[name] = value);

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, Action<EnvironmentContext> callback)
        where T : Resource
    {
        builder.Resource.EnvironmentCallbacks.Add(callback);
        return builder;
    }

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, Func<ResourceReplica, IEnumerable<string>> args)
        where T : ExecutableResource
    {
        builder.Resource.ArgsCallbacks.Add(args);
        return builder;
    }

    public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, string name = "http")
        where T : Resource =>
        builder.WithEndpoint(new EndpointAnnotation(name, "http", port));

    public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, EndpointAnnotation endpoint)
        where T : Resource
    {
        builder.Resource.Endpoints.Add(endpoint);
        return builder;
    }

    public static IResourceBuilder<T> WithReplicas<T>(this IResourceBuilder<T> builder, int replicas) where T : Resource
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        builder.Resource.Replicas = replicas;
        return builder;
    }

    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency)
        where T : Resource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<T> WithHealthCheck<T>(
        this IResourceBuilder<T> builder, Func<ResourceReplica, CancellationToken, Task<bool>> check) where T : Resource
    {
        builder.Resource.HealthCheck = check;
        return builder;
    }

    public static IResourceBuilder<T> BeforeStart<T>(this IResourceBuilder<T> builder, Action<ResourceReplica> prepare)
        where T : Resource
    {
        builder.Resource.BeforeStart.Add(prepare);
        return builder;
    }

    public static IResourceBuilder<T> OnReady<T>(this IResourceBuilder<T> builder, Func<CancellationToken, Task> onReady)
        where T : Resource
    {
        builder.Resource.OnReady.Add(onReady);
        return builder;
    }

    /// <summary>Gives the resource <c>ConnectionStrings__{name}</c> (Aspire's WithReference for a connection string).</summary>
    public static IResourceBuilder<T> WithReference<T, TSource>(this IResourceBuilder<T> builder, IResourceBuilder<TSource> source)
        where T : Resource where TSource : Resource
    {
        return source.Resource switch
        {
            IResourceWithConnectionString withConnection => builder.WithEnvironment(context =>
                context.Variables[$"ConnectionStrings__{withConnection.Name}"] = withConnection.GetConnectionString()),
            ProjectResource project => builder.WithServiceDiscovery(project),
            _ => throw new DistributedApplicationException($"{source.Resource.Name} cannot be referenced."),
        };
    }

    /// <summary>
    /// <c>services__{name}__{endpoint}__{i}</c>, one per replica, which
    /// Microsoft.Extensions.ServiceDiscovery resolves <c>http://{name}</c> from.
    /// </summary>
    private static IResourceBuilder<T> WithServiceDiscovery<T>(this IResourceBuilder<T> builder, ProjectResource project)
        where T : Resource =>
        builder.WithEnvironment(context =>
        {
            foreach (var endpoint in project.Endpoints)
            {
                for (var replica = 0; replica < project.Replicas; replica++)
                {
                    context.Variables[$"services__{project.Name}__{endpoint.Name}__{replica}"] = endpoint.UrlFor(replica);
                }
            }
        });
}
