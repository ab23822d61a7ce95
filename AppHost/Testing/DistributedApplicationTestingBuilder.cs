using System.Reflection;
using Intake.AppHost.Hosting;
using Microsoft.Extensions.Configuration;

namespace Intake.AppHost.Testing;

/// <summary>
/// Starts the AppHost's own Program for a test, as Aspire.Hosting.Testing does: the same
/// declarations, with random free ports and a temporary data directory. Resources can be
/// adjusted (more replicas, extra variables) before <see cref="BuildAsync"/>.
/// </summary>
public sealed class DistributedApplicationTestingBuilder
{
    private readonly IDistributedApplicationBuilder _inner;
    private readonly TestingSession _session;

    private DistributedApplicationTestingBuilder(IDistributedApplicationBuilder inner, TestingSession session)
    {
        _inner = inner;
        _session = session;
    }

    public ConfigurationManager Configuration => _inner.Configuration;

    public IReadOnlyList<Resource> Resources => _inner.Resources;

    public static Task<DistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(CancellationToken cancellationToken = default)
        where TEntryPoint : class =>
        CreateAsync<TEntryPoint>([], cancellationToken);

    /// <param name="args">Configuration for the AppHost, e.g. <c>Processor:Replicas=2</c>.</param>
    public static async Task<DistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(
        string[] args, CancellationToken cancellationToken = default) where TEntryPoint : class
    {
        var dataDirectory = Directory.CreateTempSubdirectory("intake-test-").FullName;
        File.SetUnixFileMode(dataDirectory, (UnixFileMode)0b111_101_101);
        var configuration = args.Select(a => a.Split('=', 2)).ToDictionary(a => a[0].TrimStart('-'), a => (string?)a.ElementAtOrDefault(1));
        var session = new TestingSession(dataDirectory, configuration);
        var entryPoint = typeof(TEntryPoint).Assembly.EntryPoint
            ?? throw new DistributedApplicationException($"{typeof(TEntryPoint).Assembly.GetName().Name} has no entry point.");

        var thread = new Thread(() =>
        {
            try
            {
                entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            catch (TargetInvocationException ex)
            {
                session.Declared.TrySetException(ex.InnerException ?? ex);
            }
        }) { IsBackground = true, Name = "AppHost entry point" };

        TestingSession.Current = session;
        try
        {
            thread.Start();
        }
        finally
        {
            TestingSession.Current = null;
        }

        var declared = await session.Declared.Task.WaitAsync(cancellationToken);
        return new DistributedApplicationTestingBuilder(declared, session);
    }

    /// <summary>A handle on a declared resource, to change it before the application is built.</summary>
    public IResourceBuilder<T> CreateResourceBuilder<T>(string name) where T : Resource =>
        new ResourceBuilder<T>(_inner, (T)Resources.Single(r => r.Name == name));

    public Task<DistributedApplication> BuildAsync(CancellationToken cancellationToken = default)
    {
        var application = _inner.Build();
        _session.Built.TrySetResult(application);
        return Task.FromResult(application);
    }
}
