using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR5010VagueWordingTests
{
    private static string Doc(string article) => "晋江市城市道路挖掘管理办法\n第一条 为了加强城市道路挖掘管理，制定本办法。\n第二条 " + article;

    [TestCase("申请人⟦原则上⟧应当在受理后10日内补齐材料。", "原则上")]
    [TestCase("城市管理部门可以⟦视情况⟧给予补助。", "判断的条件")]
    [TestCase("挖掘单位应当缴纳的费用标准⟦另行规定⟧。", "哪一机关")]
    [TestCase("未按期恢复路面的，⟦按照有关规定执行⟧，不得再次申请。", "具体规定")]
    public void VagueWordingInObligationClauses_IsReported(string article, string expected)
    {
        var f = RuleTester.AssertFindings("LR5010", Doc(article)).Single();
        Assert.That(f.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(f.Message, Does.Contain(expected));
    }

    [TestCase("挖掘单位应当缴纳的费用标准，由晋江市城市管理局在本办法施行后3个月内另行规定。")]
    [TestCase("具体补助标准由市财政局于2025年6月30日前另行规定并公布。")]
    [TestCase("本办法所称城市道路，原则上指城市建成区内的道路。")]
    [TestCase("挖掘单位应当在受理后10日内补齐材料。")]
    [TestCase("储备粮轮换原则上应当通过公开竞价交易；必要时经市发展改革委会同市财政局批准后，可以采取直接收购方式。")]
    public void OperableOrNonObligationClauses_AreNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR5010", Doc(article));
    }
}
