using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Documents;

/// <summary>
/// The layouts real documents arrive in (issue 18), each from real lines of the State Council documents in
/// ../shared/data/documents/state-council (quoted as published) or from the project's drafts' wording.
/// </summary>
public sealed class RealLayoutPatternTests
{
    // From 02-guobanfa-2019-6.txt: a title over three lines, its 文号, the 主送机关, the preamble.
    private const string Guobanfa2019No6Head = """
        国务院办公厅关于有效发挥政府性
        融资担保基金作用切实支持小微企业和
        “三农”发展的指导意见
        """;

    private const string Guobanfa2019No6Body = """
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        近年来，各地区、各部门认真贯彻落实《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号），进行了积极探索。为进一步发挥政府性融资担保基金作用，经国务院同意，现提出以下意见：
        一、总体要求
        （一）指导思想。以习近平新时代中国特色社会主义思想为指导，规范政府性融资担保基金运作。
        （二）基本原则。坚持聚焦支小支农主业。
        二、坚守政府性融资担保机构的准公共定位，弥补市场不足
        （三）聚焦支小支农主业。政府性融资担保、再担保机构要坚守支小支农融资担保主业。
        （四）降低反担保要求。政府性融资担保、再担保机构要按照可持续经营原则，降低或取消反担保要求。
        国务院办公厅
        2019年1月22日
        （此件公开发布）
        """;

    private static NormativeDocument Read(string text) => new DocumentReader().ReadText(text, "t.txt");

    [Test]
    public void WebMetadataBlock_IsMetadata_ItsNumberAndDateAreUsed_AndNoProvisionHoldsIt()
    {
        // The block as the government site prints it above the text (fields from index.tsv for this document).
        var text = "索引号：000014349/2019-00006　　主题分类：财政、金融、审计\\银行\n发文机关：国务院办公厅　　成文日期：2019年01月22日\n标题：国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见\n发文字号：国办发〔2019〕6号　　发布日期：2019年02月14日\n"
            + Guobanfa2019No6Head + "\n" + Guobanfa2019No6Body.Replace("国务院办公厅\n2019年1月22日\n", string.Empty, StringComparison.Ordinal);
        var doc = Read(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.SourceMetadata, Is.Not.Null);
            Assert.That(doc.SourceMetadata!["索引号"], Is.EqualTo("000014349/2019-00006"));
            Assert.That(doc.SourceMetadata.Issuer, Is.EqualTo("国务院办公厅"));
            Assert.That(doc.SourceMetadata.PublishDate!.Value, Is.EqualTo(new DateOnly(2019, 2, 14)));
            Assert.That(doc.Title, Is.EqualTo("国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见"));
            Assert.That(doc.DocumentNumber!.Raw, Is.EqualTo("国办发〔2019〕6号"), "文号 from the block when the text has none");
            Assert.That(doc.IssueDate!.Value, Is.EqualTo(new DateOnly(2019, 1, 22)), "成文日期 from the block when the text has none");
            Assert.That(doc.AllProvisions.Any(p => p.Text.Contains("索引号", StringComparison.Ordinal) || p.Text.Contains("发文机关", StringComparison.Ordinal)), Is.False);
            Assert.That(doc.AllProvisions.Any(p => p.FullSpan.Offset < doc.SourceMetadata.Span.End), Is.False);
        }

        // No rule reviews the block as body text.
        var findings = new ReviewEngine(BuiltInRules.All, new ReviewOptions()).Review(doc).Findings;
        Assert.That(findings.Where(f => f.Location.Offset < doc.SourceMetadata!.Span.End).Select(f => $"{f.RuleId} {f.Message}"), Is.Empty);
    }

    [TestCase("某某市公共数据开放指引", "指引")]
    [TestCase("某某市行政规范性文件合法性审核实施细则", "实施细则")]
    [TestCase("某某市公共资源交易规则", "规则")]
    [TestCase("某某市城市道路挖掘管理整治方案", "方案")]
    [TestCase("某某市关于促进就业的若干意见", "意见")]
    public void TitleWithoutDocumentHead_IsTheTitle(string title, string word)
    {
        var doc = Read(title + "\n第一条 为了规范管理，制定本" + word + "。\n第二条 本" + word + "自2025年1月1日起施行。");
        Assert.That(doc.Title, Is.EqualTo(title));
        Assert.That(doc.Kind.Word, Is.EqualTo(word));
        Assert.That(doc.Articles, Has.Count.EqualTo(2));
    }

    [Test]
    public void ThreeLineTitle_NumberAndSignatureThenDate_AreRead()
    {
        var doc = Read(Guobanfa2019No6Head + "\n国办发〔2019〕6号\n" + Guobanfa2019No6Body);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.Title, Is.EqualTo("国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见"));
            Assert.That(doc.GetText(doc.TitleSpan!.Value), Does.StartWith("国务院办公厅关于有效发挥政府性").And.EndWith("发展的指导意见"));
            Assert.That(doc.DocumentNumber!.Raw, Is.EqualTo("国办发〔2019〕6号"));
            Assert.That(doc.Issuers, Is.EqualTo(new[] { "国务院办公厅" }));
            Assert.That(doc.IssueDate!.Value, Is.EqualTo(new DateOnly(2019, 1, 22)));
            Assert.That(doc.GetText(doc.IssueDate.Span!.Value), Is.EqualTo("2019年1月22日"));
        }
    }

    [TestCase("一九九六年十一月五日", 1996, 11, 5)]
    [TestCase("二〇〇四年八月十二日", 2004, 8, 12)]
    [TestCase("二○一九年三月五日", 2019, 3, 5)]
    [TestCase("二零一九年十月三十日", 2019, 10, 30)]
    public void ChineseNumeralDate_AfterJointSignature_IsTheIssueDate(string date, int y, int m, int d)
    {
        // From 45-guohan-1996-95.txt: a joint reply signed by both bodies on one line.
        var doc = Read("国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复\n国函〔1996〕95号\n武警总部：\n同意武警总部后勤部机关等迁址新建。\n国务院　中央军委\n" + date);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.IssueDate!.Value, Is.EqualTo(new DateOnly(y, m, d)));
            Assert.That(doc.IssueDate.IsStandardForm, Is.False);
            Assert.That(doc.Issuers, Is.EqualTo(new[] { "国务院", "中央军委" }));
            Assert.That(doc.Kind.Word, Is.EqualTo("批复"));
        }
    }

    [Test]
    public void IssuerLineAboveTitle_IsPartOfTheTitle_AndExcerptIsFlagged()
    {
        // From 21-guobanhan-2004-57.txt: the issuer broken onto its own line above the title, and "（本文有删减）".
        var doc = Read("国务院办公厅\n关于辽宁省在曾培炎副总理考察\n工作时所提问题和建议办理情况的函\n国办函〔2004〕57号\n辽宁省人民政府：\n现将有关办理情况函告如下。\n国务院办公厅\n二〇〇四年八月十二日\n（本文有删减）");
        Assert.That(doc.Title, Is.EqualTo("国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函"));
        Assert.That(doc.IsExcerpt, Is.True);
        Assert.That(doc.Kind.Word, Is.EqualTo("函"));
    }

    [Test]
    public void BracketedNumberUnderTitle_IsRead_AndGovernmentCodeOnAnOfficeDocument_IsReported()
    {
        var body = "\n某县人民政府办公室关于印发某县城市道路挖掘管理办法的通知\n⟦（某府发〔2019〕7号）⟧\n各乡镇人民政府：\n现将办法印发给你们。\n某县人民政府办公室\n2019年3月5日";
        var doc = Read(body.Replace("⟦", string.Empty, StringComparison.Ordinal).Replace("⟧", string.Empty, StringComparison.Ordinal));
        Assert.That(doc.DocumentNumber!.Raw, Is.EqualTo("某府发〔2019〕7号"));
        var findings = RuleTester.Run("LR5001", doc.Text);
        Assert.That(findings.Single().Message, Does.Contain("政府本级的代字").And.Contain("某县人民政府办公室"));
        Assert.That(findings.Single().Quote, Is.EqualTo("某府发〔2019〕7号"));
        RuleTester.AssertNoFindings("LR5001", doc.Text.Replace("某府发", "某府办发", StringComparison.Ordinal));
    }

    [Test]
    public void OfficeCodeOnTheGovernmentsOwnDocument_IsReported()
    {
        var findings = RuleTester.Run("LR5001", "某县人民政府关于加强安全生产工作的通知\n某府办发〔2019〕7号\n各乡镇人民政府：\n请认真贯彻执行。\n某县人民政府\n2019年3月5日");
        Assert.That(findings.Single().Message, Does.Contain("办公室（办公厅）的代字"));
    }

    [Test]
    public void DateRange_GivesEffectiveDateAndValidityEnd_AndExpiry()
    {
        var doc = Read("某某市城市道路挖掘管理办法\n第一条 为了加强城市道路挖掘管理，制定本办法。\n第二条 本办法自2019年3月1日起至2024年2月29日止施行。");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.EffectiveDate!.Kind, Is.EqualTo(EffectiveDateKind.FixedDate));
            Assert.That(doc.EffectiveDate.Date!.Value, Is.EqualTo(new DateOnly(2019, 3, 1)));
            Assert.That(doc.Validity!.Until!.Value, Is.EqualTo(new DateOnly(2024, 2, 29)));
            Assert.That(doc.IsExpired(new DateOnly(2025, 1, 1)), Is.True);
            Assert.That(doc.IsExpired(new DateOnly(2024, 2, 29)), Is.False);
            Assert.That(doc.IsExpired(new DateOnly(2020, 6, 1)), Is.False);
        }
    }

    [Test]
    public void ExecutionPeriod_FromARealNotice_GivesBothDates()
    {
        // The last line of 18-guobanfa-2018-124.txt.
        var doc = Read("进一步支持文化企业发展的规定\n一、关于财政税收\n（一）加大财政支持力度。\n上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。");
        Assert.That(doc.EffectiveDate!.Date!.Value, Is.EqualTo(new DateOnly(2019, 1, 1)));
        Assert.That(doc.Validity!.Until!.Value, Is.EqualTo(new DateOnly(2023, 12, 31)));
        Assert.That(doc.IsExpired(new DateOnly(2024, 1, 1)), Is.True);
    }

    [Test]
    public void NoValidityClause_IsNeitherExpiredNorValid() =>
        Assert.That(Read("某某办法\n第一条 本办法自2019年3月1日起施行。").IsExpired(new DateOnly(2030, 1, 1)), Is.Null);

    [TestCase("㈠", "㈡", ProvisionKind.Item)]
    [TestCase("（一）", "（二）", ProvisionKind.Item)]
    [TestCase("⑴", "⑵", ProvisionKind.SubItem)]
    [TestCase("(1)", "(2)", ProvisionKind.SubItem)]
    [TestCase("①", "②", ProvisionKind.SubItem)]
    public void EnclosedNumbers_AreItems_NotClauses(string first, string second, ProvisionKind kind)
    {
        var doc = Read($"某某办法\n第一条 有下列情形之一的，不予登记：\n{first}申请材料不齐全的；\n{second}申请材料虚假的。\n第二条 本办法自2025年1月1日起施行。");
        var article = doc.Articles[0];
        var items = article.DescendantsAndSelf().Where(p => p.Kind == kind).ToList();
        Assert.That(items.Select(i => i.Number), Is.EqualTo(new int?[] { 1, 2 }));
        Assert.That(article.Children.Count(c => c.Kind == ProvisionKind.Clause), Is.EqualTo(1), "no 款 from the items");
    }

    [Test]
    public void AttachmentListAfterTheLastArticle_IsKeptOutOfIt()
    {
        var doc = Read("某某市城市道路挖掘管理办法\n第一条 为了加强城市道路挖掘管理，制定本办法。\n第二条 本办法自2025年1月1日起施行。\n附件：1.城市道路挖掘申请表\n2.城市道路挖掘承诺书");
        Assert.That(doc.Attachments.Select(a => a.Title), Is.EqualTo(new[] { "城市道路挖掘申请表", "城市道路挖掘承诺书" }));
        Assert.That(doc.Articles[^1].FullSpan.End, Is.LessThanOrEqualTo(doc.Text.IndexOf("附件", StringComparison.Ordinal)));
    }

    [Test]
    public void RunOnNumberingAcrossParts_IsNotReported()
    {
        // 02-guobanfa-2019-6.txt numbers （一） to （四） on through 一、 and 二、.
        RuleTester.AssertNoFindings("LR5006", Guobanfa2019No6Head + "\n国办发〔2019〕6号\n" + Guobanfa2019No6Body);
    }

    [Test]
    public void RestartedNumberingWithAGap_IsStillReported()
    {
        var findings = RuleTester.Run("LR5006", "某某工作方案\n一、总体要求\n（一）指导思想。\n（二）基本原则。\n二、重点任务\n（一）加强监管。\n（三）强化服务。");
        Assert.That(findings, Has.Count.EqualTo(1));
    }

    [Test]
    public void WrapperNotice_TakesTheIssuedDocumentsKindAndProvisionalMark()
    {
        var doc = Read("某某县人民政府关于印发《某某县城市道路挖掘管理暂行办法》的通知\n某政规〔2024〕1号\n各乡镇人民政府：\n现将《某某县城市道路挖掘管理暂行办法》印发给你们，请认真贯彻执行。\n某某县人民政府\n2024年3月5日\n某某县城市道路挖掘管理暂行办法\n第一条 为了加强管理，制定本办法。\n第二条 本办法自2024年4月1日起施行。");
        Assert.That(doc.Body.Title, Is.EqualTo("某某县城市道路挖掘管理暂行办法"), "印发文件 is the issued document");
        Assert.That(doc.Kind.Word, Is.EqualTo("办法"));
        Assert.That(doc.Kind.IsProvisional, Is.True);
        Assert.That(DocumentKinds.FromTitle(doc.Title).IsProvisional, Is.False, "the notice itself is not 暂行");
    }

    [Test]
    public void WrapperWithoutBookTitleMarks_IssuesTheTextAfterItsSignature()
    {
        // 03-guofa-2019-4.txt: the title names the 方案 without 《》.
        var doc = Read("国务院关于印发国家职业教育改革\n实施方案的通知\n国发〔2019〕4号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。\n国务院\n2019年1月24日\n（此件公开发布）\n国家职业教育改革实施方案\n一、完善国家职业教育制度体系\n（一）健全国家职业教育制度框架。");
        Assert.That(doc.IsWrapper, Is.True);
        Assert.That(doc.Body.Title, Is.EqualTo("国家职业教育改革实施方案"));
        Assert.That(doc.Kind.Word, Is.EqualTo("实施方案"));
        Assert.That(doc.IssueDate!.Value, Is.EqualTo(new DateOnly(2019, 1, 24)));
    }

    [Test]
    public void GarbledNumberAndDate_AreReadAsGarbled_WithTheLikelyIntendedValues()
    {
        const string Text = "某市人民政府关于加强安全生产工作的通知\n某政文〔202115\n各县（市、区）人民政府：\n请认真贯彻执行。\n某市人民政府\n2021315";
        var doc = Read(Text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.DocumentNumber!.IsGarbled, Is.True);
            Assert.That(doc.DocumentNumber.Canonical, Is.EqualTo("某政文〔2021〕15号"));
            Assert.That(doc.IssueDate!.IsGarbled, Is.True);
            Assert.That(doc.IssueDate.Value, Is.EqualTo(new DateOnly(2021, 3, 15)));
        }

        var number = RuleTester.Run("LR5001", Text);
        Assert.That(number, Has.Count.EqualTo(1), "one finding per 文号");
        Assert.That(number[0].Message, Does.Contain("残缺").And.Contain("“〕”").And.Contain("“号”"));
        Assert.That(number[0].Suggestion, Does.Contain("某政文〔2021〕15号"));
        var date = RuleTester.Run("LR5002", Text);
        Assert.That(date.Single().Quote, Is.EqualTo("2021315"));
        Assert.That(date.Single().Suggestion, Does.Contain("2021年3月15日"));
    }

    [Test]
    public void AmbiguousGarbledDate_IsReportedWithEveryReading()
    {
        var findings = RuleTester.Run("LR5002", "某市人民政府关于加强安全生产工作的通知\n各县（市、区）人民政府：\n请认真贯彻执行。\n某市人民政府\n2021111");
        Assert.That(findings.Single().Message, Does.Contain("无法确定"));
        Assert.That(findings.Single().Suggestion, Does.Contain("2021年1月11日").And.Contain("2021年11月1日"));
    }

    [Test]
    public void OrderPromulgatingARegulation_IssuesTheRegulation()
    {
        // 58-guoling-706.txt, shortened.
        var doc = Read("中华人民共和国国务院令\n第706号\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布，自2019年3月1日起施行。\n总理　　李克强\n2018年11月6日\n专利代理条例\n（2018年11月6日中华人民共和国国务院令第706号公布　自2019年3月1日起施行）\n第一条 为了规范专利代理行为，制定本条例。\n第二条 本条例自2019年3月1日起施行。");
        Assert.That(doc.Body.Title, Is.EqualTo("专利代理条例"));
        Assert.That(doc.Articles, Has.Count.EqualTo(2));
        Assert.That(doc.IssueDate!.Value, Is.EqualTo(new DateOnly(2018, 11, 6)));
        Assert.That(doc.DocumentNumber, Is.Null, "a 令号 is not a 文号");
    }
}
