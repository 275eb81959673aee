using LegalReview.SampleHost.Cases;
using Microsoft.AspNetCore.Diagnostics;

namespace LegalReview.SampleHost.Security;

/// <summary>
/// The page users see when something fails: a short Chinese explanation and a trace id to quote to IT, never a stack
/// trace. API requests get problem JSON instead.
/// </summary>
public static class ErrorPage
{
    public static async Task HandleAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is not null)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPage))
                .LogError(error, "Request {TraceId} failed", context.TraceIdentifier);
        }

        var limit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SampleHostOptions>>().Value.MaxUploadBytes;
        if (error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || error is InvalidDataException)
        {
            await UploadLimit.RefuseAsync(context, limit);
            return;
        }

        var (status, title, detail) = error switch
        {
            CaseWorkflowException w => (w.StatusCode, "无法办理", w.Message),
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => (StatusCodes.Status400BadRequest, "请求无效", "表单已过期或来源不明，请刷新页面后重新提交。"),
            BadHttpRequestException b => (b.StatusCode, "请求无效", "请求格式不正确。"),
            _ => (StatusCodes.Status500InternalServerError, "系统出错", "处理请求时发生内部错误，已记录日志。请稍后重试；如仍无法办理，请将下面的追踪编号告知系统管理员。"),
        };
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: status,
                extensions: new Dictionary<string, object?> { ["traceId"] = context.TraceIdentifier }).ExecuteAsync(context);
            return;
        }

        await WriteAsync(context, title, detail);
    }

    /// <summary>Gives an empty error answer a body: problem JSON on the API, the Chinese error page otherwise.</summary>
    public static async Task StatusAsync(Microsoft.AspNetCore.Diagnostics.StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("页面不存在", "您访问的页面或案件不存在，请检查地址后重试。"),
            StatusCodes.Status400BadRequest => ("请求无效", "表单已过期或来源不明，请刷新页面后重新提交。"),
            StatusCodes.Status401Unauthorized => ("未登录", "请先登录，或在 X-Api-Key 请求头中提供有效的 API 密钥。"),
            StatusCodes.Status403Forbidden => ("无权访问", "您的账户无权办理此事项。"),
            StatusCodes.Status405MethodNotAllowed => ("请求无效", "不支持该请求方式。"),
            _ => ("请求未能完成", "请求未能完成，请稍后重试。"),
        };
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(http);
            return;
        }

        await WriteAsync(http, title, detail);
    }

    public static async Task WriteAsync(HttpContext context, string title, string detail)
    {
        var e = HighlightRenderer.Encoder;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{e.Encode(title)} - 规范性文件合法性审核</title>
            <link rel="stylesheet" href="/site.css"></head>
            <body><main class="narrow"><h1>{e.Encode(title)}</h1><p class="error">{e.Encode(detail)}</p>
            <p class="muted">追踪编号：{e.Encode(context.TraceIdentifier)}</p><p><a href="/">返回首页</a></p></main></body></html>
            """);
    }
}
