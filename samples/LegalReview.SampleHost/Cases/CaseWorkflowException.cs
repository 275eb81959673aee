namespace LegalReview.SampleHost.Cases;

/// <summary>A workflow step refused for a reason the user can act on; the Chinese message is shown as is.</summary>
public sealed class CaseWorkflowException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
