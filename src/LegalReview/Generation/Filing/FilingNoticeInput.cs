namespace LegalReview.Generation.Filing;

/// <summary>What a filing notice is about: the filed document and the issuer that must answer.</summary>
public sealed record FilingNoticeInput
{
    /// <summary>The body issuing the notice, e.g. "晋江市司法局" or "晋江市人民政府".</summary>
    public required string Reviewer { get; init; }

    /// <summary>The notice's own 文号, if any.</summary>
    public string? NoticeNumber { get; init; }

    /// <summary>The body that filed the document and must answer (主送).</summary>
    public required string Issuer { get; init; }

    /// <summary>The filed document's title.</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>The filed document's 文号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The day the filing was received.</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The points to explain or correct, each naming the provision and the problem.</summary>
    public required IReadOnlyList<FilingNoticeItem> Items { get; init; }

    /// <summary>The deadline for the answer or the correction.</summary>
    public required DateOnly ReplyBy { get; init; }

    /// <summary>The date of the notice.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Contact person and telephone, printed at the end.</summary>
    public string? Contact { get; init; }
}

/// <summary>One point of a filing notice.</summary>
/// <param name="Location">The provision, e.g. "第五条第二款".</param>
/// <param name="Problem">What needs explaining or correcting.</param>
/// <param name="LegalBasis">The legal basis, if any.</param>
/// <param name="Request">What the issuer is asked to do (说明理由 / 修改 / 废止 …).</param>
public sealed record FilingNoticeItem(string Location, string Problem, string? LegalBasis, string Request);
