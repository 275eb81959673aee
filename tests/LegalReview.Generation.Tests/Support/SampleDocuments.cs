using LegalReview.Generation.Annotation;
using LegalReview.Generation.Filing;
using LegalReview.Generation.Opinion;
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
}
