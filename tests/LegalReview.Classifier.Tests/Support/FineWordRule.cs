using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Classifier.Tests.Support;

/// <summary>A penalty rule that reports the word 罚款, to see a rule finding and a classifier verdict merge.</summary>
[ReviewRule("LR2990", RuleCategory.Penalty, FindingSeverity.Error, "测试规则：设定罚款")]
[LegalBasis("《中华人民共和国行政处罚法》第十六条")]
public sealed class FineWordRule : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var i = provision.Text.IndexOf("罚款", StringComparison.Ordinal);
        if (i >= 0)
        {
            context.Report(provision, i, 2, "本款设定了罚款。");
        }
    }
}
