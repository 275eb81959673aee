using System.Text.Json.Serialization;

namespace LegalReview.Tracking;

/// <summary>A filing (备案) of a normative document, outgoing or incoming, and where it stands.</summary>
public sealed record Filing
{
    /// <summary>The filing's identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>Who files with whom.</summary>
    public required FilingDirection Direction { get; init; }

    /// <summary>The document number (文号) of the filed document.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The title of the filed document.</summary>
    public required string Title { get; init; }

    /// <summary>The body that files (报备单位).</summary>
    public required string FilingUnit { get; init; }

    /// <summary>The body filed with (备案机关), e.g. "泉州市人民政府".</summary>
    public required string Recipient { get; init; }

    /// <summary>The document's publication date: the filing clock starts here.</summary>
    public required DateOnly PublishedOn { get; init; }

    /// <summary>The last day for filing (公布之日起N日内, extended past rest days).</summary>
    public required DateOnly DueOn { get; init; }

    /// <summary>The date the filing was submitted (outgoing) or received (incoming).</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>The current state.</summary>
    public required FilingStatus Status { get; init; }

    /// <summary>The number of the latest supplementary-explanation notice (补充说明通知书) or resupply request.</summary>
    public string? NoticeNumber { get; init; }

    /// <summary>The last day for the issuer's reply to the latest notice, or to resupply the package.</summary>
    public DateOnly? ReplyDueOn { get; init; }

    /// <summary>The last day for the issuer to correct after a 纠错 decision.</summary>
    public DateOnly? CorrectionDueOn { get; init; }

    /// <summary>The date of the latest change of state.</summary>
    public DateOnly? StatusChangedOn { get; init; }

    /// <summary>The record's version for optimistic concurrency.</summary>
    public long Version { get; init; } = 1;

    /// <summary>Whether this filing is made by this government (outgoing) rather than received by it.</summary>
    [JsonIgnore]
    public bool IsOutgoing => Direction is FilingDirection.ToUpperGovernment or FilingDirection.ToPeoplesCongress;

    /// <summary>
    /// The deadline that runs in the current state: the filing deadline while 待报送, the reply or resupply deadline while
    /// 需补充说明 or 暂缓登记, the correction deadline while 纠错; null when no party owes anything by a date.
    /// </summary>
    [JsonIgnore]
    public DateOnly? PendingDeadline => Status switch
    {
        FilingStatus.Pending => DueOn,
        FilingStatus.ExplanationRequested or FilingStatus.Deferred => ReplyDueOn,
        FilingStatus.CorrectionRequired => CorrectionDueOn,
        _ => null,
    };
}
