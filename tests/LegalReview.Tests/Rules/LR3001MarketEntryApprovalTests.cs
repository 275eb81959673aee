using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3001MarketEntryApprovalTests
{
    private static string Doc(string article) => "某县市场经营管理办法\n第一条 为规范市场秩序，制定本办法。\n第二条 " + article;

    [TestCase("外地企业⟦须经县商务局同意方可进入本县市场⟧。")]
    [TestCase("本县对砂石经营⟦实行市场准入审批⟧制度。")]
    [TestCase("物流企业⟦进驻本区须经区管委会批准⟧。")]
    public void EntryApproval_IsReported(string article)
    {
        var findings = RuleTester.AssertFindings("LR3001", Doc(article));
        Assert.That(findings.Single().Message, Does.Contain("审批"));
    }

    [Test]
    public void ListAsGateToBusiness_IsReported()
    {
        RuleTester.AssertFindings("LR3001", Doc("⟦纳入县级服务商名录库的企业方可承接⟧本县政府投资项目的造价咨询业务。"));
    }

    [Test]
    public void QuotaOfEntrants_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR3001", Doc("全县⟦只准入两家共享单车企业⟧。"));
        Assert.That(findings.Single().Message, Does.Contain("数量"));
    }

    [TestCase("市场准入负面清单以外的行业、领域、业务等，各类经营者均可依法平等进入。")]
    [TestCase("从事道路运输经营的，应当依法取得道路运输经营许可。")]
    [TestCase("支持本地企业开拓外地市场。")]
    [TestCase("任何部门不得实行市场准入审批，各类企业可自主进入本县市场。")]
    public void CompliantWording_IsNotReported(string article)
    {
        RuleTester.AssertNoFindings("LR3001", Doc(article));
    }
}
