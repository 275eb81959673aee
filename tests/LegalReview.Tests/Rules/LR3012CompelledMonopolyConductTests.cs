using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3012CompelledMonopolyConductTests
{
    private static string Doc(string article) => "某县砂石行业管理办法\n第一条 为规范砂石行业，制定本办法。\n第二条 " + article;

    [TestCase("由县砂石行业协会组织会员企业⟦统一定价⟧。")]
    [TestCase("各砂石企业按乡镇⟦划分经营区域⟧。")]
    [TestCase("枯水期各企业实行⟦联合限产⟧。")]
    [TestCase("协会制定⟦行业自律价⟧，会员企业遵照执行。")]
    public void MonopolyConduct_IsReported(string article)
    {
        RuleTester.AssertFindings("LR3012", Doc(article));
    }

    [TestCase("行业协会不得组织本行业经营者从事垄断行为。")]
    [TestCase("不得组织经营者统一定价。")]
    [TestCase("按乡镇划分区域开展执法检查。")]
    [TestCase("城市公共交通票价实行政府定价，全市统一价格。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3012", Doc(article));
    }
}
