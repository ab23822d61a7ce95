using Intake.Core.Idempotency;

namespace Intake.Api.Idempotency;

/// <summary>The stored first answer to a key, byte for byte, marked <c>Idempotent-Replayed: true</c>.</summary>
public sealed class IdempotentReplay(StoredAnswer answer) : IResult, IStatusCodeHttpResult
{
    public const string Header = "Idempotent-Replayed";

    public int? StatusCode => answer.StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = answer.StatusCode;
        response.Headers[Header] = "true";
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
        }

        // What TypedResults writes for the first answer, so a client cannot tell the two apart but by the header.
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, httpContext.RequestAborted);
    }
}
