using LegalReview.Classifier;

namespace LegalReview.Classifier.Tests;

[TestFixture]
public sealed class LawCorpusTests
{
    private const string Law = """
        # 中华人民共和国示例法

        ## 第一章 总 则

        第一条 为了规范示例活动，保护当事人合法权益，制定本法。

        第二条 国务院示例主管部门负责全国的示例管理工作。

        ## 第二章 许可

        第三条 从事示例经营，应当取得示例经营许可证。

        ## 第五章 法律责任

        第四条 违反本法规定，未取得许可从事示例经营的，由县级以上人民政府示例主管部门责令停止违法行为，没收违法所得，并处一万元以上五万元以下罚款。

        第五条 违反本法规定，构成犯罪的，依法追究刑事责任。

        第六条 违反本法第三条规定的，依照《中华人民共和国行政处罚法》的规定处罚款。
        """;

    [Test]
    public void GeneralChapter_IsOk_PenaltyArticles_ArePenalty_OthersAreLeftOut()
    {
        var rows = LawCorpus.FromLaw(Law, "示例法").ToArray();
        Assert.That(rows.Select(r => (r.Category, r.Source)), Is.EqualTo(new[]
        {
            ("ok", "law:示例法:第一条"),
            ("ok", "law:示例法:第二条"),
            ("penalty", "law:示例法:第四条"),
        }));
        Assert.That(rows[2].Text, Does.StartWith("违反本法规定，未取得许可").And.EndWith("罚款。"));
    }
}
