using System.Security.Cryptography;
using System.Text.Json;
using Intake.Core.Organizations;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// The secrets the AppHost hands to services, generated on first run and kept in
/// <c>.apphost/secrets.json</c> (owner-only), as Aspire keeps generated parameters in user secrets.
/// </summary>
public sealed record AppHostSecrets(string AdminApiKey, string InternalToken, string DevApiKey, string PostgresPassword, string? WebhookSecretKey = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static AppHostSecrets LoadOrCreate(string path)
    {
        var secrets = File.Exists(path) && JsonSerializer.Deserialize<AppHostSecrets>(File.ReadAllText(path)) is { } existing
            ? existing
            : Create(path);
        if (secrets.WebhookSecretKey is null)
        {
            // A secrets file from before webhooks: add the key, keep the rest.
            secrets = secrets with { WebhookSecretKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            SecretFile.Write(path, JsonSerializer.Serialize(secrets, Json));
        }

        SecretFile.Write(Path.Combine(Path.GetDirectoryName(path)!, "dev-api-key"), secrets.DevApiKey + "\n");
        return secrets;
    }

    private static AppHostSecrets Create(string path)
    {
        var secrets = new AppHostSecrets(
            AdminApiKey: "adm_" + RandomToken(),
            InternalToken: RandomToken(),
            DevApiKey: ApiKey.Create().Key,
            PostgresPassword: RandomToken(),
            WebhookSecretKey: Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        SecretFile.Write(path, JsonSerializer.Serialize(secrets, Json));
        return secrets;
    }

    private static string RandomToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
