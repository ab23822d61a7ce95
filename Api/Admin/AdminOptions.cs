namespace Intake.Api.Admin;

/// <summary>Section <c>Admin</c>: who may manage organizations.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The operator's key for <c>/admin/**</c>; empty disables the admin API.</summary>
    public string ApiKey { get; set; } = "";
}

/// <summary>Section <c>Bootstrap</c>: what the Api sets up for a developer on start.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    /// <summary>The AppHost's development key; its organization is created when missing.</summary>
    public string DevApiKey { get; set; } = "";
}
