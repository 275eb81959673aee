using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR3015LocalNegativeListTests
{
    // Creating a local list, in several wordings.

    [Test]
    public void CountyCompilesItsOwnNegativeList_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR3015", """
            第三条 县发展和改革局会同有关部门⟦编制本县产业准入负面清单⟧，清单所列产业不得在本县新设企业。
            """);
        Assert.That(findings.Single().Message, Does.Contain("不得另行制定市场准入性质的负面清单"));
    }

    [Test]
    public void TitledInvestmentNegativeListOfANamedCounty_IsReported() =>
        RuleTester.AssertFindings("LR3015", """
            第二条 ⟦制定《青石县招商引资负面清单》⟧，对清单内的项目不予引进。
            """);

    [Test]
    public void ProhibitedAndRestrictedCatalogueSetOutInAnAnnex_IsReported() =>
        RuleTester.AssertFindings("LR3015", """
            第四条 ⟦全县禁止和限制发展的产业目录（见附件）⟧，由县发展和改革局每年调整一次。
            """);

    [Test]
    public void ListOfOperatorsRefusedEntry_IsReported() =>
        RuleTester.AssertFindings("LR3015", """
            第六条 ⟦建立不予准入企业名单⟧，名单内的企业不得在本镇投资建厂。
            """);

    [Test]
    public void LocalListOnTopOfTheNationalOne_IsReported() =>
        RuleTester.AssertFindings("LR3015", """
            第三条 在执行国家市场准入负面清单的基础上，⟦研究制定全市新增产业禁止和限制目录⟧，目录内项目不予核准。
            """);

    // Applying a local list as a ban.

    [Test]
    public void ProjectsOnTheCountyCatalogueRefusedFiling_IsReported()
    {
        var findings = RuleTester.AssertFindings("LR3015", """
            第五条 ⟦列入本县禁止类项目目录的投资项目，发展改革部门一律不予备案⟧。
            """);
        Assert.That(findings.Single().Message, Does.Contain("不予准入或者不予办理"));
    }

    [Test]
    public void ProjectsOnTheDistrictRestrictedListRefusedLand_IsReported() =>
        RuleTester.AssertFindings("LR3015", """
            （三）对⟦属于本区限制类产业清单的项目，暂停供地⟧，已签约的不再续签。
            """);

    // Compliant neighbours.

    [Test]
    public void NationalNegativeListAppliedAsItIs_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第七条 严格执行全国统一的《市场准入负面清单》，列入清单禁止准入类的事项，市场主体不得进入；清单以外的行业、领域，各类经营者均可依法平等进入。
            """);

    [Test]
    public void NationalSystemImplemented_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第一条 全面实行市场准入负面清单制度，推动“非禁即入”普遍落实。
            """);

    [Test]
    public void NationalIndustrialCatalogueApplied_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第八条 对属于《产业结构调整指导目录》限制类、淘汰类的项目，以及列入国家禁止类投资目录的项目，不予备案。
            """);

    [Test]
    public void ProhibitionOfLocalLists_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第九条 各乡镇、各部门不得另行制定市场准入性质的负面清单，已经制定的禁止类、限制类目录一律废止。
            """);

    [Test]
    public void CleaningUpLocalLists_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第十条 全面清理和废除本县自行发布的产业准入负面清单。
            """);

    [Test]
    public void EnvironmentalBanQuotingTheLaw_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第十一条 依据《中华人民共和国水污染防治法》第六十五条，禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目；已建成的，由县人民政府责令拆除或者关闭。
            """);

    [Test]
    public void EcologicalAccessListsTheLawProvidesFor_AreNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第十二条 执行省人民政府制定的生态环境准入清单，不符合要求的项目不予审批。
            第十三条 列入本县重点生态功能区产业准入负面清单的项目，不予备案。
            第十四条 南水北调工程受水区的省人民政府制订并公布本行政区域内禁止、限制类建设项目名录，名录内的高耗水项目不予核准。
            """);

    [Test]
    public void CreditBlacklist_IsNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第十四条 将严重失信企业列入不予准入名单，三年内不得在本县投资。
            """);

    [Test]
    public void ListsOfTheGovernmentsOwnPowers_AreNotReported() =>
        RuleTester.AssertNoFindings("LR3015", """
            第十五条 县市场监督管理局编制本部门权责清单和责任清单，并向社会公布。
            第十六条 制定涉企行政检查负面清单，对清单内的企业经营事项原则上不开展现场检查。
            """);

    [Test]
    public void CentralDocument_IsNotJudged() =>
        RuleTester.AssertNoFindings("LR3015", """
            国务院关于实行市场准入负面清单制度的意见
            国发〔2015〕55号
            一、市场准入负面清单包括禁止准入类和限制准入类，由国务院统一制定发布。对禁止准入事项，市场主体不得进入。
            二、编制禁止准入类清单，列入清单的项目不予核准。
            """);
}
