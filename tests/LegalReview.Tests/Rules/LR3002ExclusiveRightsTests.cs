using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3002ExclusiveRightsTests
{
    private static string Doc(string article) => "某县公用事业管理办法\n第一条 为规范公用事业经营，制定本办法。\n第二条 " + article;

    [TestCase("⟦授予县城市燃气公司全县管道燃气独家经营权⟧。")]
    [TestCase("全县中小学教材教辅⟦由县新华书店有限公司统一发行⟧。")]
    [TestCase("⟦禁止县环卫公司以外的单位和个人从事⟧生活垃圾经营性清运。")]
    [TestCase("城区共享单车运营由中标企业负责，并与其⟦签订排他性协议⟧。")]
    [TestCase("合作期内，⟦不再引进其他共享单车企业⟧。")]
    public void ExclusiveRight_IsReported(string article)
    {
        var findings = RuleTester.AssertFindings("LR3002", Doc(article));
        Assert.That(findings.Single().Message, Does.Contain("独家、排他或统一经营"));
    }

    [TestCase("城市供水、供气等公用事业实行特许经营的，应当通过公开招标等竞争方式确定经营者。")]
    [TestCase("特许经营者依法通过招标等竞争方式选择，特许经营期限不超过30年。")]
    [TestCase("鼓励多家企业参与共享单车运营，不得签订排他性协议。")]
    [TestCase("卷烟零售依法实行专卖管理，由烟草专卖部门授予专营许可。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3002", Doc(article));
    }
}
