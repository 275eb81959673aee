namespace LegalReview.Cli;

/// <summary>The exit codes of <c>legalreview</c>, documented in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at error severity.</summary>
    public const int Ok = 0;

    /// <summary>At least one unsuppressed finding at error severity (or, for batch, at least one file failed).</summary>
    public const int Findings = 1;

    /// <summary>Unreadable input, bad configuration or bad usage.</summary>
    public const int BadInput = 2;

    public const string HelpText = "退出码：0 = 无“错误”级问题；1 = 存在“错误”级问题；2 = 文件无法读取、配置错误或用法错误。";
}
