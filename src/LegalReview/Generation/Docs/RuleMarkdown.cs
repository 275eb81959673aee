using System.Text;
using LegalReview.Review;

namespace LegalReview.Generation.Docs;

/// <summary>
/// Renders a rule's documentation page (<c>docs/rules/LRnnnn.md</c>) from its metadata, so the pages, <c>legalreview
/// explain</c>, SARIF and the rule table cannot drift from the rules themselves.
/// </summary>
internal static class RuleMarkdown
{
    /// <summary>The page of one rule.</summary>
    /// <param name="rule">The rule's metadata.</param>
    /// <returns>Markdown.</returns>
    public static string Page(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append(' ').AppendLine(rule.Title).AppendLine();
        sb.AppendLine("| 项目 | 内容 |").AppendLine("|---|---|");
        sb.Append("| 编号 | ").Append(rule.Id).AppendLine(" |");
        sb.Append("| 类别 | ").Append(rule.Category.ChineseName()).Append("（`").Append(rule.Category.ToName()).AppendLine("`） |");
        sb.Append("| 默认严重程度 | ").Append(SeverityName(rule.DefaultSeverity)).Append("（`").Append(rule.DefaultSeverity.ToString().ToLowerInvariant()).AppendLine("`） |");
        sb.AppendLine();
        sb.AppendLine("## 审查内容").AppendLine().AppendLine(Or(rule.Description)).AppendLine();
        sb.AppendLine("## 法律依据").AppendLine();
        foreach (var b in rule.LegalBases)
        {
            sb.Append("- ").AppendLine(b);
        }

        sb.AppendLine();
        if (rule.OffendingExample.Length > 0)
        {
            sb.AppendLine("## 示例").AppendLine().AppendLine("不符合要求：").AppendLine().AppendLine("```text").AppendLine(rule.OffendingExample).AppendLine("```").AppendLine();
            if (rule.CompliantExample.Length > 0)
            {
                sb.AppendLine("符合要求：").AppendLine().AppendLine("```text").AppendLine(rule.CompliantExample).AppendLine("```").AppendLine();
            }
        }

        sb.AppendLine("## 修改建议").AppendLine().AppendLine(Or(rule.Suggestion)).AppendLine();
        sb.AppendLine("## 配置与豁免").AppendLine();
        sb.Append("- 关闭或调整严重程度：在 `legalreview.json` 的 `Review.Rules` 中写 `\"").Append(rule.Id).AppendLine("\": \"off\"`（或 `error`、`warning`、`info`）；也可按类别设置 `\"" + rule.Category.ToName() + "\"`。");
        sb.Append("- 对经审核认为合法的具体条款豁免：在 `Review.Suppressions` 中加入 `{ \"RuleId\": \"").Append(rule.Id).AppendLine("\", \"Location\": \"第十二条第二款\", \"By\": \"审核人\", \"Reason\": \"理由\" }`，报告中仍会列出并标明已豁免。");
        return sb.ToString();
    }

    /// <summary>The index page listing every rule.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>Markdown.</returns>
    public static string Index(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sb = new StringBuilder("# 审查规则一览\n\n本页由 `legalreview docs` 根据规则元数据生成，请勿手工编辑。\n\n| 编号 | 标题 | 类别 | 默认严重程度 | 法律依据 |\n|---|---|---|---|---|\n");
        foreach (var r in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            sb.Append($"| [{r.Id}]({r.Id}.md) | {r.Title} | {r.Category.ChineseName()} | {SeverityName(r.DefaultSeverity)} | {string.Join("；", r.LegalBases)} |\n");
        }

        return sb.ToString();
    }

    /// <summary>The Chinese name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>错误, 警告 or 提示.</returns>
    public static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };

    private static string Or(string s) => s.Length == 0 ? "（无）" : s;
}
