using LegalReview.Review;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR1004TerritoryBeyondIssuerTests
{
    private static string Doc(string issuer, string article) => $"""
        {issuer}关于规范网络预约出租汽车经营的通知
        第一条 {article}
        第二条 本办法自2025年5月1日起施行，有效期5年。
        {issuer}
        2025年3月1日
        """;

    [Test]
    public void CountyDepartmentBindingWholeCity_IsReported()
    {
        var finding = RuleTester.AssertFindings("LR1004", Doc("永春县交通运输局", "本办法⟦适用于全市⟧范围内的网络预约出租汽车经营活动。")).Single();
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("县（区）级"));
    }

    [Test]
    public void DistrictGovernmentImposingCityWideDuty_IsReported()
    {
        RuleTester.AssertFindings("LR1004", Doc("鼓楼区人民政府", "⟦全市范围内的网约车平台公司应当⟧接入监管平台。"));
    }

    [Test]
    public void TownshipBindingWholeCounty_IsReported()
    {
        RuleTester.AssertFindings("LR1004", Doc("蓬壶镇人民政府", "本办法⟦适用于全县⟧的农村集体资产管理。"));
    }

    [TestCase("永春县交通运输局", "本办法适用于本县行政区域内的网络预约出租汽车经营活动。")]
    [TestCase("永春县交通运输局", "力争在全市范围内率先完成网约车合规化工作。")]
    [TestCase("泉州市交通运输局", "本办法适用于全市范围内的网络预约出租汽车经营活动。")]
    [TestCase("晋江市人民政府", "本办法适用于全市范围内的网络预约出租汽车经营活动。")]
    [TestCase("蓬壶镇人民政府", "本办法适用于本镇行政区域内的农村集体资产管理。")]
    [TestCase("永春县交通运输局", "按照全市统一部署，做好网约车监管工作。")]
    public void ClaimWithinTerritory_IsNotReported(string issuer, string article)
    {
        RuleTester.AssertNoFindings("LR1004", Doc(issuer, article));
    }
}
