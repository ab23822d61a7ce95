using Microsoft.Extensions.Options;

namespace Intake.Api.Uploads;

public static class UploadSizeLimit
{
    /// <summary>
    /// Refuses a request whose declared length is over <see cref="UploadOptions.MaxRequestBytes"/>
    /// before a byte of it is read, with a problem that gives both sizes. (A chunked body that
    /// grows past it is cut off by Kestrel, with a plain 413 problem.)
    /// </summary>
    public static IApplicationBuilder UseUploadSizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value;
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            await ProblemDetailsExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "request-too-large",
                $"The request has {context.Request.ContentLength} bytes; the limit is {options.MaxRequestBytes} (files up to {options.MaxUploadBytes} bytes, or 4/3 of that in base64).")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
