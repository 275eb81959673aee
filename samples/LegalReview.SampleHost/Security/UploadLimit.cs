using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

namespace LegalReview.SampleHost.Security;

/// <summary>
/// Refuses upload requests larger than the configured limit before the body is read, with a message the user can act
/// on; the form reader and Kestrel get the same limit for bodies of unknown length.
/// </summary>
public sealed class UploadLimit(RequestDelegate next, Microsoft.Extensions.Options.IOptions<SampleHostOptions> options)
{
    /// <summary>Room for the metadata fields and multipart boundaries around the file itself.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public static string Message(long limit) =>
        $"上传的文件超过大小上限（{FormatSize(limit)}）。请压缩图片或删除无关附件后重新上传。";

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxUploadBytes;
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            var max = limit + FormOverheadBytes;
            if (context.Request.ContentLength > max)
            {
                await RefuseAsync(context, limit);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = max;
            }
        }

        await next(context);
    }

    /// <summary>Writes the 413 answer: problem JSON for the API, a short page otherwise.</summary>
    public static async Task RefuseAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The client may still be sending; closing avoids reading a body we have refused.
        context.Response.Headers.Connection = "close";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: "文件过大", detail: Message(limit), statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        await ErrorPage.WriteAsync(context, "文件过大", Message(limit));
    }
}
