using LegalReview.Calendar;
using LegalReview.Review;

namespace LegalReview.Tracking;

/// <summary>
/// The operations a bureau performs: record filings and projects, move them through their workflows, conclude reviews.
/// Each operation applies the state machine, computes deadlines from the <see cref="ReviewProfile"/>, and stores the
/// record with its audit event in one transaction.
/// </summary>
/// <example>
/// <code>
/// var workflow = provider.GetRequiredService&lt;TrackingWorkflow&gt;();
/// var filing = await workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕3号",
///     "晋江市城市道路挖掘管理办法", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 3, 5), actor: "王敏");
/// // filing.DueOn is the filing deadline under the profile, on the holiday calendar.
/// await workflow.AdvanceFilingAsync(filing.Id, FilingStatus.Submitted, "王敏", "已报送");
/// </code>
/// </example>
public sealed class TrackingWorkflow
{
    private readonly ITrackingStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the workflow.</summary>
    /// <param name="store">The store.</param>
    /// <param name="profile">The profile for periods; the Fujian profile when null.</param>
    /// <param name="calculator">The deadline calculator; the embedded calendar when null.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public TrackingWorkflow(ITrackingStore store, ReviewProfile? profile = null, DeadlineCalculator? calculator = null, TimeProvider? time = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        Profile = profile ?? ReviewProfile.Fujian;
        Calculator = calculator ?? new DeadlineCalculator();
        Filings = new FilingStateMachine(PeriodsOf(Profile), Calculator);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The profile that gives the periods.</summary>
    public ReviewProfile Profile { get; }

    /// <summary>The deadline calculator.</summary>
    public DeadlineCalculator Calculator { get; }

    /// <summary>The filing periods a profile sets.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Its filing, reply and correction periods.</returns>
    internal static FilingPeriods PeriodsOf(ReviewProfile profile) =>
        new(profile.FilingDeadlineDays, profile.ExplanationReplyDays, profile.CorrectionDays);

    /// <summary>The filing state machine.</summary>
    internal FilingStateMachine Filings { get; }

    /// <summary>Today in the clock's local time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    /// <summary>Records an outgoing filing (待报送) with its deadline from the publication date.</summary>
    /// <param name="direction">To the government above or to the standing committee.</param>
    /// <param name="documentNumber">The 文号.</param>
    /// <param name="title">The title.</param>
    /// <param name="filingUnit">The issuer that files.</param>
    /// <param name="recipient">The body filed with.</param>
    /// <param name="publishedOn">The publication date.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored filing.</returns>
    public Task<Filing> AddOutgoingFilingAsync(FilingDirection direction, string documentNumber, string title, string filingUnit, string recipient, DateOnly publishedOn, string actor, CancellationToken ct = default)
    {
        var filing = Filings.CreateOutgoing(TrackingIds.New("F"), direction, documentNumber, title, filingUnit, recipient, publishedOn);
        var deadline = Filings.FilingDeadline(publishedOn);
        return _store.AddFilingAsync(filing, Event(TrackingEntityKind.Filing, filing.Id, actor, publishedOn, null, TrackingNames.Code(filing.Status), $"文件公布，应于{TrackingNames.Iso(deadline.DueOn)}前报送备案（公布之日起{Profile.FilingDeadlineDays}日内）。"), ct);
    }

    /// <summary>Records a filing received from a department or a town (已报送, awaiting the formal check).</summary>
    /// <param name="direction">From a department or from a town.</param>
    /// <param name="documentNumber">The 文号.</param>
    /// <param name="title">The title.</param>
    /// <param name="filingUnit">The department or town.</param>
    /// <param name="recipient">The body filed with.</param>
    /// <param name="publishedOn">The publication date.</param>
    /// <param name="receivedOn">The date received.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored filing.</returns>
    public Task<Filing> ReceiveFilingAsync(FilingDirection direction, string documentNumber, string title, string filingUnit, string recipient, DateOnly publishedOn, DateOnly receivedOn, string actor, CancellationToken ct = default)
    {
        var filing = Filings.Receive(TrackingIds.New("F"), direction, documentNumber, title, filingUnit, recipient, publishedOn, receivedOn);
        var reason = receivedOn > filing.DueOn
            ? $"收到报备材料；已超过报备期限（{TrackingNames.Iso(filing.DueOn)}）。"
            : "收到报备材料。";
        return _store.AddFilingAsync(filing, Event(TrackingEntityKind.Filing, filing.Id, actor, receivedOn, null, TrackingNames.Code(filing.Status), reason), ct);
    }

    /// <summary>Moves a filing to a new state.</summary>
    /// <param name="id">The filing.</param>
    /// <param name="to">The new state.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="reason">Why.</param>
    /// <param name="on">The date of the change; today when null.</param>
    /// <param name="noticeNumber">The notice's number (required for 需补充说明).</param>
    /// <param name="expectedVersion">The version the caller saw; the stored one when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored filing with its new version.</returns>
    /// <exception cref="InvalidTransitionException">The workflow does not allow the change.</exception>
    /// <exception cref="ConcurrencyConflictException">The filing changed since <paramref name="expectedVersion"/>.</exception>
    public async Task<Filing> AdvanceFilingAsync(string id, FilingStatus to, string actor, string reason, DateOnly? on = null, string? noticeNumber = null, long? expectedVersion = null, CancellationToken ct = default)
    {
        var current = await _store.GetFilingAsync(id, ct).ConfigureAwait(false) ?? throw new TrackingRecordNotFoundException(TrackingEntityKind.Filing, id);
        if (expectedVersion is { } expected && expected != current.Version)
        {
            throw new ConcurrencyConflictException(TrackingEntityKind.Filing, id, expected, current.Version);
        }

        var date = on ?? Today;
        var changed = Filings.Apply(current, to, date, noticeNumber);
        return await _store.UpdateFilingAsync(changed, Event(TrackingEntityKind.Filing, id, actor, date, TrackingNames.Code(current.Status), TrackingNames.Code(to), reason), ct).ConfigureAwait(false);
    }

    /// <summary>Adds an item to the project library, in its initial stage.</summary>
    /// <param name="year">The plan year.</param>
    /// <param name="title">The planned document's title.</param>
    /// <param name="source">How it entered.</param>
    /// <param name="draftingUnit">The drafting unit.</param>
    /// <param name="plannedOn">The planned issue date.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="on">The date of entry; today when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored item.</returns>
    public Task<ProjectEntry> AddProjectAsync(int year, string title, ProjectSource source, string draftingUnit, DateOnly? plannedOn, string actor, DateOnly? on = null, CancellationToken ct = default)
    {
        var entry = new ProjectEntry
        {
            Id = TrackingIds.New("P"),
            Year = year,
            Title = title,
            Source = source,
            DraftingUnit = draftingUnit,
            PlannedOn = plannedOn,
            Status = ProjectStateMachine.InitialStatus(source),
        };
        return _store.AddProjectAsync(entry, Event(TrackingEntityKind.Project, entry.Id, actor, on ?? Today, null, TrackingNames.Code(entry.Status), $"{TrackingNames.Chinese(source)}。"), ct);
    }

    /// <summary>Moves a project-library item to a new stage.</summary>
    /// <param name="id">The item.</param>
    /// <param name="to">The new stage.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="reason">Why.</param>
    /// <param name="on">The date of the change; today when null.</param>
    /// <param name="refusalReason">The reason for 不予立项.</param>
    /// <param name="expectedVersion">The version the caller saw; the stored one when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored item with its new version.</returns>
    public async Task<ProjectEntry> AdvanceProjectAsync(string id, ProjectStatus to, string actor, string reason, DateOnly? on = null, string? refusalReason = null, long? expectedVersion = null, CancellationToken ct = default)
    {
        var current = await _store.GetProjectAsync(id, ct).ConfigureAwait(false) ?? throw new TrackingRecordNotFoundException(TrackingEntityKind.Project, id);
        if (expectedVersion is { } expected && expected != current.Version)
        {
            throw new ConcurrencyConflictException(TrackingEntityKind.Project, id, expected, current.Version);
        }

        var date = on ?? Today;
        var changed = ProjectStateMachine.Apply(current, to, date, refusalReason);
        return await _store.UpdateProjectAsync(changed, Event(TrackingEntityKind.Project, id, actor, date, TrackingNames.Code(current.Status), TrackingNames.Code(to), reason), ct).ConfigureAwait(false);
    }

    /// <summary>Records a draft received for legality review (送审).</summary>
    /// <param name="title">The draft's title.</param>
    /// <param name="submittingUnit">The unit that submitted it.</param>
    /// <param name="receivedOn">The date received.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored case.</returns>
    public Task<ReviewCase> AddReviewCaseAsync(string title, string submittingUnit, DateOnly receivedOn, string actor, CancellationToken ct = default)
    {
        var reviewCase = new ReviewCase { Id = TrackingIds.New("R"), Title = title, SubmittingUnit = submittingUnit, ReceivedOn = receivedOn };
        return _store.AddReviewCaseAsync(reviewCase, Event(TrackingEntityKind.ReviewCase, reviewCase.Id, actor, receivedOn, null, ReviewCaseStates.Received, "收到送审稿。"), ct);
    }

    /// <summary>Concludes a legality review (审结).</summary>
    /// <param name="id">The case.</param>
    /// <param name="conclusion">The conclusion.</param>
    /// <param name="opinionLetterPath">The opinion letter's path, if one was produced.</param>
    /// <param name="actor">Who concludes it.</param>
    /// <param name="on">The date; today when null.</param>
    /// <param name="expectedVersion">The version the caller saw; the stored one when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored case.</returns>
    public async Task<ReviewCase> ConcludeReviewAsync(string id, string conclusion, string? opinionLetterPath, string actor, DateOnly? on = null, long? expectedVersion = null, CancellationToken ct = default)
    {
        var current = await _store.GetReviewCaseAsync(id, ct).ConfigureAwait(false) ?? throw new TrackingRecordNotFoundException(TrackingEntityKind.ReviewCase, id);
        if (expectedVersion is { } expected && expected != current.Version)
        {
            throw new ConcurrencyConflictException(TrackingEntityKind.ReviewCase, id, expected, current.Version);
        }

        if (current.ConcludedOn is not null)
        {
            throw new InvalidTransitionException(TrackingEntityKind.ReviewCase, id, ReviewCaseStates.Concluded, ReviewCaseStates.Concluded, $"送审文件“{current.Title}”（{id}）已于{TrackingNames.Iso(current.ConcludedOn.Value)}审结，不能重复审结。");
        }

        var date = on ?? Today;
        if (date < current.ReceivedOn)
        {
            throw new InvalidTransitionException(TrackingEntityKind.ReviewCase, id, ReviewCaseStates.Received, ReviewCaseStates.Concluded, $"审结日期 {TrackingNames.Iso(date)} 早于收文日期 {TrackingNames.Iso(current.ReceivedOn)}。");
        }

        var changed = current with { ConcludedOn = date, Conclusion = conclusion, OpinionLetterPath = opinionLetterPath };
        return await _store.UpdateReviewCaseAsync(changed, Event(TrackingEntityKind.ReviewCase, id, actor, date, ReviewCaseStates.Received, ReviewCaseStates.Concluded, conclusion), ct).ConfigureAwait(false);
    }

    /// <summary>Records an issued document; its 有效期 end is taken as given.</summary>
    /// <param name="document">The document (its identifier is replaced when empty).</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored document.</returns>
    public Task<IssuedDocument> AddDocumentAsync(IssuedDocument document, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stored = string.IsNullOrWhiteSpace(document.Id) ? document with { Id = TrackingIds.New("D") } : document;
        return _store.AddDocumentAsync(stored, Event(TrackingEntityKind.Document, stored.Id, actor, stored.PublishedOn, null, TrackingNames.Code(stored.Status), $"{stored.DocumentNumber}公布。"), ct);
    }

    /// <summary>Changes whether a document is in force (修改、废止、失效).</summary>
    /// <param name="id">The document.</param>
    /// <param name="status">The new status.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="reason">Why (e.g. the repealing decision's 文号).</param>
    /// <param name="on">The date; today when null.</param>
    /// <param name="expectedVersion">The version the caller saw; the stored one when null.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The stored document.</returns>
    public async Task<IssuedDocument> ChangeDocumentStatusAsync(string id, DocumentStatus status, string actor, string reason, DateOnly? on = null, long? expectedVersion = null, CancellationToken ct = default)
    {
        var current = await _store.GetDocumentAsync(id, ct).ConfigureAwait(false) ?? throw new TrackingRecordNotFoundException(TrackingEntityKind.Document, id);
        if (expectedVersion is { } expected && expected != current.Version)
        {
            throw new ConcurrencyConflictException(TrackingEntityKind.Document, id, expected, current.Version);
        }

        if (current.Status is DocumentStatus.Repealed or DocumentStatus.Expired || current.Status == status)
        {
            throw new InvalidTransitionException(TrackingEntityKind.Document, id, TrackingNames.Code(current.Status), TrackingNames.Code(status), $"文件{current.DocumentNumber}当前为“{TrackingNames.Chinese(current.Status)}”，不能变更为“{TrackingNames.Chinese(status)}”。");
        }

        var date = on ?? Today;
        return await _store.UpdateDocumentAsync(current with { Status = status }, Event(TrackingEntityKind.Document, id, actor, date, TrackingNames.Code(current.Status), TrackingNames.Code(status), reason), ct).ConfigureAwait(false);
    }

    /// <summary>Creates an audit event stamped with the clock's current instant, to the second.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="entityId">The record.</param>
    /// <param name="actor">Who.</param>
    /// <param name="effectiveOn">The date the change took effect.</param>
    /// <param name="fromState">The state before, or null on creation.</param>
    /// <param name="toState">The state after.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The event.</returns>
    public AuditEvent Event(TrackingEntityKind kind, string entityId, string actor, DateOnly effectiveOn, string? fromState, string toState, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = _time.GetUtcNow();
        return new AuditEvent
        {
            Id = TrackingIds.New("E"),
            EntityKind = kind,
            EntityId = entityId,
            Actor = actor,
            RecordedAt = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            EffectiveOn = effectiveOn,
            FromState = fromState,
            ToState = toState,
            Reason = reason ?? string.Empty,
        };
    }
}
