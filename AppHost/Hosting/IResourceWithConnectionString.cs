namespace Intake.AppHost.Hosting;

/// <summary>A resource that services reach through <c>ConnectionStrings__{name}</c>.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    /// <summary>The connection string, valid once the application is built (ports allocated).</summary>
    string GetConnectionString();
}
