using System.Security.Cryptography;
using System.Text.Json;
using Intake.Api.Uploads;
using Intake.Core.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Intake.Api.Idempotency;

/// <summary>
/// Both upload routes come through here: without an <c>Idempotency-Key</c> straight to the
/// <see cref="DocumentUploader"/>; with one, the first answer for the key (per organization,
/// within <see cref="IdempotencyOptions.KeyLifetime"/>) is stored with the job and replayed to
/// every retry, and a retry that asks for something else is refused.
/// </summary>
public sealed class IdempotentUploads(
    DocumentUploader uploader, IdempotencyKeys keys, IOptions<IdempotencyOptions> options, IOptions<HttpJsonOptions> json, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";

    /// <param name="answer">The 202's location and body for an accepted upload.</param>
    public async Task<Results<Accepted<T>, ProblemHttpResult, IdempotentReplay>> AcceptAsync<T>(
        HttpRequest request, Guid organizationId, UploadedFile file, UploadRequest upload, Func<AcceptedUpload, (string Location, T Body)> answer,
        CancellationToken cancellationToken)
    {
        var (key, invalidKey) = ReadKey(request);
        if (invalidKey is not null)
        {
            return invalidKey;
        }

        if (key is null)
        {
            var (accepted, problem, _) = await uploader.AcceptAsync(organizationId, file, upload, null, cancellationToken);
            return problem is not null ? problem : Accepted(answer(accepted!));
        }

        var requestHash = RequestFingerprint.Of(request.Path.Value?.TrimEnd('/') ?? "", file, upload);
        var expiredBefore = clock.GetUtcNow() - options.Value.KeyLifetime;
        if (await EarlierAnswerAsync<T>(organizationId, key, requestHash, expiredBefore, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var (created, refused, keyTaken) = await uploader.AcceptAsync(organizationId, file, upload, accepted =>
        {
            var (location, body) = answer(accepted);
            return new IdempotencyClaim(key, requestHash, StatusCodes.Status202Accepted, location,
                JsonSerializer.SerializeToUtf8Bytes(body, json.Value.SerializerOptions), expiredBefore);
        }, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!keyTaken)
        {
            return Accepted(answer(created!));
        }

        // A concurrent request with this key committed first (our insert waited for it), so its answer is
        // stored by now. Only a row deleted in between (its organization removed) leaves nothing to replay.
        return await EarlierAnswerAsync<T>(organizationId, key, requestHash, expiredBefore, cancellationToken)
            ?? ProblemDetailsExtensions.Problem(StatusCodes.Status409Conflict, "idempotency-key-in-flight",
                "Another request with this Idempotency-Key is being processed; retry in a moment.");
    }

    private (string? Key, ProblemHttpResult? Problem) ReadKey(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return (null, null);
        }

        var key = values.Count == 1 ? values[0] : null;
        var max = options.Value.MaxKeyLength;
        return key is { Length: > 0 } && key.Length <= max && !key.Any(char.IsControl)
            ? (key, null)
            : (null, ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-idempotency-key",
                $"Send one Idempotency-Key of 1 to {max} printable characters (a UUID, say)."));
    }

    private async Task<Results<Accepted<T>, ProblemHttpResult, IdempotentReplay>?> EarlierAnswerAsync<T>(
        Guid organizationId, string key, byte[] requestHash, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        if (await keys.FindAsync(organizationId, key, expiredBefore, cancellationToken) is not { } stored)
        {
            return null;
        }

        if (CryptographicOperations.FixedTimeEquals(stored.RequestHash, requestHash))
        {
            return new IdempotentReplay(stored);
        }

        return ProblemDetailsExtensions.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused",
                $"This Idempotency-Key was used for a different request (another route, file or fields) within the last {options.Value.KeyLifetime.TotalHours:0.##} hours; use a new key for a new request.");
    }

    private static Accepted<T> Accepted<T>((string Location, T Body) answer) => TypedResults.Accepted(answer.Location, answer.Body);
}
