using LegalReview.Review;
using LegalReview.Tests.Support;
using static LegalReview.Tests.Support.ProcedureSamples;

namespace LegalReview.Tests.Rules;

public sealed class LR4006AssessmentTests
{
    [Test]
    public void CompleteRecord_IsNotReported()
    {
        RuleTester.AssertNoFindings("LR4006", Unmarked(PlainText), metadata: Complete);
    }

    [Test]
    public void NoAssessment_IsReported()
    {
        var f = Single("LR4006", PlainText, Complete with { AssessmentDone = false });
        Assert.That(f.Message, Does.Contain("评估论证"));
    }

    [Test]
    public void MajorDecisionWithoutAssessment_AsksForRiskAssessment()
    {
        var f = Single("LR4006", PlainText, Complete with { AssessmentDone = false, IsMajorDecision = true });
        Assert.That(f.Message, Does.Contain("重大行政决策").And.Contain("风险评估"));
    }

    [Test]
    public void MissingFact_GivesOneInfo()
    {
        var message = SingleInfo("LR4006", PlainText, Complete with { AssessmentDone = null });
        Assert.That(message, Is.EqualTo("未提供评估论证情况，无法核查文件是否经过评估论证。"));
    }

    [Test]
    public void NoMetadata_ReportsNothing()
    {
        RuleTester.AssertNoFindings("LR4006", Unmarked(PlainText));
    }
}
