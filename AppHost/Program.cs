var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres").WithDataVolume();
var redis = builder.AddRedis("redis");
var objectStore = builder.AddObjectStore("objectstore").WithBucket("intake");

var notifier = builder.AddProject("notifier", "Notifier")
    .WithHttpEndpoint(port: 5082)
    .WithReplicas(builder.Configuration.GetValue("Notifier:Replicas", 1))
    .WithReference(postgres).WithReference(redis).WithReference(objectStore)
    .WithInternalToken().WithWebhookSettings()
    .WaitFor(postgres).WaitFor(redis).WaitFor(objectStore);

builder.AddProject("processor", "Processor")
    .WithHttpEndpoint(port: 5081)
    .WithReplicas(builder.Configuration.GetValue("Processor:Replicas", 1))
    .WithEnvironment("Plugins__Directory", builder.Configuration["Plugins:Directory"] ?? Path.Combine(builder.Options.RepositoryRoot, "plugins"))
    .WithReference(postgres).WithReference(redis).WithReference(objectStore)
    .WithInternalToken()
    .WaitFor(postgres).WaitFor(redis).WaitFor(objectStore);

builder.AddProject("api", "Api")
    .WithHttpEndpoint(port: 5080)
    .WithReplicas(builder.Configuration.GetValue("Api:Replicas", 1))
    .WithReference(postgres).WithReference(redis).WithReference(objectStore).WithReference(notifier)
    .WithInternalToken().WithAdminApiKey().WithDevelopmentApiKey()
    .WaitFor(postgres).WaitFor(redis).WaitFor(objectStore).WaitFor(notifier);

builder.Build().Run();

/// <summary>The AppHost's entry point, visible to the testing builder as Aspire's is.</summary>
public partial class Program;
