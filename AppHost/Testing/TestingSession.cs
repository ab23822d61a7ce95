using Intake.AppHost.Hosting;

namespace Intake.AppHost.Testing;

/// <summary>
/// Connects a test to the AppHost's entry point running on another thread: the entry
/// point's builder is handed to the test when Program.cs calls Build(), and Build() returns
/// the application the test built from it. Flows to the entry-point thread as an AsyncLocal.
/// </summary>
internal sealed class TestingSession(string dataDirectory, IReadOnlyDictionary<string, string?> configuration)
{
    private static readonly AsyncLocal<TestingSession?> CurrentSession = new();

    public static TestingSession? Current
    {
        get => CurrentSession.Value;
        set => CurrentSession.Value = value;
    }

    public string DataDirectory { get; } = dataDirectory;

    public IReadOnlyDictionary<string, string?> Configuration { get; } = configuration;

    public TaskCompletionSource<IDistributedApplicationBuilder> Declared { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<DistributedApplication> Built { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IDistributedApplicationBuilder Intercept(IDistributedApplicationBuilder builder) => new InterceptingBuilder(builder, this);

    private sealed class InterceptingBuilder(IDistributedApplicationBuilder inner, TestingSession session) : IDistributedApplicationBuilder
    {
        public Microsoft.Extensions.Configuration.ConfigurationManager Configuration => inner.Configuration;

        public DistributedApplicationOptions Options => inner.Options;

        public IReadOnlyList<Resource> Resources => inner.Resources;

        public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource => inner.AddResource(resource);

        /// <summary>Hands the declared builder to the test, and waits for the application the test builds.</summary>
        public DistributedApplication Build()
        {
            session.Declared.TrySetResult(inner);
            return session.Built.Task.GetAwaiter().GetResult();
        }
    }
}
