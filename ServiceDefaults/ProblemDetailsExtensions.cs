using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// RFC 7807 problem details for every error, each with a stable <c>type</c> a client can
    /// branch on (<c>/problems/not-found</c> unless the endpoint set its own) and an
    /// <c>error</c> member holding the message, which is what the seeds' clients read.
    /// </summary>
    public static IServiceCollection AddIntakeProblemDetails(this IServiceCollection services) => services
        // A request Kestrel refuses mid-read (too large, cut off) is the client's error, not a 500.
        .Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = exception =>
            exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError)
        .AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                var reason = ReasonPhrases.GetReasonPhrase(problem.Status ?? context.HttpContext.Response.StatusCode);
                problem.Type = "/problems/" + (reason.Length > 0 ? reason.ToLowerInvariant().Replace(' ', '-') : "error");
            }

            problem.Extensions["error"] = problem.Detail ?? problem.Title;
        });

    /// <summary>A problem result with our type convention: <c>Problem(404, "document-not-found", "…")</c>.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string type, string detail, string? title = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, type: "/problems/" + type, title: title ?? ReasonPhrases.GetReasonPhrase(status));
}
