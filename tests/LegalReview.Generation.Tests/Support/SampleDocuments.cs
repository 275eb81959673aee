using LegalReview.Generation.Annotation;
using LegalReview.Generation.Filing;
using LegalReview.Generation.Opinion;
using LegalReview.Generation.Reports;
using LegalReview.Generation.Statistics;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Support;

/// <summary>One generated document of each kind, from the sample review: used by the rendering tests and docs/images/render.sh.</summary>
internal static class SampleDocuments
{
    public static readonly DateOnly LetterDate = new(2024, 3, 5);

    public static OpinionLetterInput LetterInput => new()
    {
        ReviewingBody = "晋江市司法局",
        LetterNumber = "晋司审〔2024〕12号",
        DraftingUnit = "晋江市市场监督管理局",
        DraftTitle = "晋江市农贸市场经营管理办法（送审稿）",
        Conclusion = ReviewConclusion.LawfulAfterRevision,
        ReceivedOn = new DateOnly(2024, 2, 26),
        ReviewerNotes = ["第六条要求入场销售者缴纳诚信经营保证金，缺乏法律、法规依据，属于违法增加市场主体义务，应予删除"],
        Contact = "联系人：林某某，联系电话：0595-85600000",
        Date = LetterDate,
    };

    public static FilingNoticeInput NoticeInput => new()
    {
        Reviewer = "晋江市司法局",
        NoticeNumber = "晋司备函〔2024〕5号",
        Issuer = "晋江市市场监督管理局",
        DocumentTitle = "晋江市农贸市场经营管理办法",
        DocumentNumber = "晋市监规〔2024〕3号",
        ReceivedOn = new DateOnly(2024, 3, 20),
        Items =
        [
            new FilingNoticeItem("第六条", "该条要求入场销售者向市场开办者缴纳诚信经营保证金，未载明法律、法规依据", "《优化营商环境条例》第二十五条", "说明设定该项义务的法律、法规依据"),
            new FilingNoticeItem("第八条", "该条规定本办法自印发之日起施行，未说明不预留适应期的理由", null, "说明立即施行的必要性"),
        ],
        ReplyBy = new DateOnly(2024, 4, 10),
        Date = new DateOnly(2024, 3, 27),
        Contact = "联系人：林某某，联系电话：0595-85600000",
    };

    public static byte[] OpinionLetter(ReviewResult result)
    {
        using var ms = new MemoryStream();
        OpinionLetterWriter.Write(result, LetterInput, ms);
        return ms.ToArray();
    }

    public static byte[] AnnotatedDraft()
    {
        var docx = SampleReview.Docx();
        var result = SampleReview.ReviewDocx(docx);
        using var ms = new MemoryStream();
        DraftAnnotator.Annotate(new MemoryStream(docx, false), ms, result, new AnnotationOptions { Date = new DateTime(2024, 3, 5, 9, 0, 0, DateTimeKind.Utc) });
        return ms.ToArray();
    }

    public static byte[] Notice(FilingNoticeKind kind)
    {
        using var ms = new MemoryStream();
        FilingNoticeWriter.Write(kind, NoticeInput, ms);
        return ms.ToArray();
    }

    /// <summary>Stands in for the paragraph AnnualStatisticsText writes (another module); the writer only lays it out.</summary>
    public const string StatisticsParagraph = "2023年，我局共收到市直部门送审的行政规范性文件86件，审结84件；向泉州市人民政府和晋江市人大常委会报送备案各12件；收到部门、镇（街道）报备文件47件，发出备案审查补充说明通知书5份，纠错2件。";

    /// <summary>Stands in for the input the tracking module builds from its figures; the writer only lays it out.</summary>
    public static AnnualStatisticsReportInput Statistics => new()
    {
        Year = 2023,
        Reporter = "晋江市司法局",
        Text = StatisticsParagraph,
        Figures =
        [
            ("收部门送审文件（件）", 86),
            ("审结（件）", 84),
            ("报泉州市人民政府备案（件）", 12),
            ("报晋江市人大常委会备案（件）", 12),
            ("收到部门、镇（街道）报备文件（件）", 47),
            ("发出备案审查补充说明通知书（份）", 5),
            ("纠错（件）", 2),
        ],
    };

    public static byte[] StatisticsSection()
    {
        using var ms = new MemoryStream();
        AnnualStatisticsDocxWriter.Write(Statistics, ms);
        return ms.ToArray();
    }

    public static IReadOnlyList<BatchDocument> Batch()
    {
        var docx = SampleReview.Docx();
        return
        [
            new BatchDocument("晋江市农贸市场经营管理办法（送审稿）.docx", SampleReview.ReviewDocx(docx)),
            new BatchDocument("晋江市农贸市场经营管理办法（送审稿）.txt", SampleReview.ReviewText()),
            new BatchDocument("损坏的文件.docx", null, "文件已损坏，无法解析"),
        ];
    }

    public static byte[] BatchReport()
    {
        using var ms = new MemoryStream();
        BatchReportWriter.Write(Batch(), ms);
        return ms.ToArray();
    }

    public static CleanupReportInput CleanupInput() => new()
    {
        ReportingBody = "晋江市司法局",
        ReportNumber = "晋司〔2024〕20号",
        Recipient = "晋江市人民政府",
        Scope = "截至2023年12月31日现行有效的市政府及市政府办公室行政规范性文件",
        Entries =
        [
            CleanupEntry.FromReview(SampleReview.ReviewText(), new DateOnly(2024, 3, 5)),
            new CleanupEntry { Title = "晋江市城市道路停车管理办法", DocumentNumber = "晋政规〔2019〕4号", Action = CleanupAction.Repeal, Reasons = ["有效期已于2024年2月28日届满，建议宣布失效。"] },
            new CleanupEntry { Title = "晋江市促进建筑业高质量发展若干措施", DocumentNumber = "晋政规〔2022〕2号", Action = CleanupAction.Keep, Reasons = ["经审查，未发现与现行法律、法规、规章和国家政策不一致的情形，建议继续有效。"] },
        ],
        Date = new DateOnly(2024, 3, 5),
    };

    public static byte[] CleanupReport()
    {
        using var ms = new MemoryStream();
        CleanupReportWriter.Write(CleanupInput(), ms);
        return ms.ToArray();
    }
}
