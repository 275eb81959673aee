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

    /// <summary>
    /// A rule (or the provision classifier) threw while reviewing: the review went on without it, so the findings may
    /// be incomplete. Takes precedence over <see cref="Findings"/>, never over <see cref="BadInput"/>.
    /// </summary>
    public const int RuleFailures = 3;

    public const string HelpText = "退出码：0 = 无“错误”级问题；1 = 存在“错误”级问题；2 = 文件无法读取、配置错误或用法错误；3 = 有审查规则运行出错（审查结果可能不完整，优先于 1）。";

    /// <summary>The exit code of one reviewed document: a rule failure first, then error-severity findings.</summary>
    public static int Of(LegalReview.Review.ReviewResult result) =>
        result.HasRuleFailures ? RuleFailures : result.HasErrors ? Findings : Ok;
}
