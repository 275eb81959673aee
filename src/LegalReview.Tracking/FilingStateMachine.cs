using LegalReview.Calendar;

namespace LegalReview.Tracking;

/// <summary>
/// The filing workflow of §4.3: 待报送 → 已报送 → 予以登记 / 不予登记 / 暂缓登记 → 审查中 ⇄ 需补充说明 → 审查通过, or
/// 纠错 → 已纠正 / 撤销. Refuses every other change with an <see cref="InvalidTransitionException"/>, and sets the deadline
/// that starts with the new state from the <see cref="FilingPeriods"/> it is given.
/// </summary>
public sealed class FilingStateMachine
{
    private static readonly Dictionary<FilingStatus, FilingStatus[]> Allowed = new()
    {
        [FilingStatus.Pending] = [FilingStatus.Submitted],
        [FilingStatus.Submitted] = [FilingStatus.Registered, FilingStatus.NotRegistered, FilingStatus.Deferred],
        [FilingStatus.Deferred] = [FilingStatus.Submitted],
        [FilingStatus.Registered] = [FilingStatus.UnderReview],
        [FilingStatus.UnderReview] = [FilingStatus.ExplanationRequested, FilingStatus.Approved, FilingStatus.CorrectionRequired],
        [FilingStatus.ExplanationRequested] = [FilingStatus.UnderReview],
        [FilingStatus.CorrectionRequired] = [FilingStatus.Corrected, FilingStatus.Annulled],
        [FilingStatus.NotRegistered] = [],
        [FilingStatus.Approved] = [],
        [FilingStatus.Corrected] = [],
        [FilingStatus.Annulled] = [],
    };

    private readonly FilingPeriods _periods;
    private readonly DeadlineCalculator _calculator;

    /// <summary>Creates the state machine.</summary>
    /// <param name="periods">The filing, reply and correction periods.</param>
    /// <param name="calculator">The deadline calculator.</param>
    internal FilingStateMachine(FilingPeriods periods, DeadlineCalculator calculator)
    {
        _periods = periods;
        _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));
    }

    /// <summary>The states a filing may move to from <paramref name="from"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <returns>The allowed next states; empty for a closed filing.</returns>
    public static IReadOnlyList<FilingStatus> NextStates(FilingStatus from) => Allowed[from];

    /// <summary>Whether the workflow allows the change.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="to">The requested state.</param>
    /// <returns>True when allowed.</returns>
    public static bool CanMove(FilingStatus from, FilingStatus to) => Allowed[from].Contains(to);

    /// <summary>The filing deadline for a document published on <paramref name="publishedOn"/> (公布之日起N日内).</summary>
    /// <param name="publishedOn">The publication date.</param>
    /// <returns>The deadline with its reasoning.</returns>
    internal DeadlineResult FilingDeadline(DateOnly publishedOn) => _calculator.AddDays(publishedOn, _periods.FilingDeadlineDays);

    /// <summary>Creates an outgoing filing, waiting to be submitted, with its deadline.</summary>
    /// <param name="id">The filing's identifier.</param>
    /// <param name="direction">To the government above or to the standing committee.</param>
    /// <param name="documentNumber">The 文号.</param>
    /// <param name="title">The title.</param>
    /// <param name="filingUnit">The issuer that files.</param>
    /// <param name="recipient">The body filed with.</param>
    /// <param name="publishedOn">The publication date.</param>
    /// <returns>The filing in state 待报送.</returns>
    internal Filing CreateOutgoing(string id, FilingDirection direction, string documentNumber, string title, string filingUnit, string recipient, DateOnly publishedOn)
    {
        if (direction is not (FilingDirection.ToUpperGovernment or FilingDirection.ToPeoplesCongress))
        {
            throw new ArgumentException("报送备案只能报上级人民政府或人大常委会。", nameof(direction));
        }

        return new Filing
        {
            Id = id,
            Direction = direction,
            DocumentNumber = documentNumber,
            Title = title,
            FilingUnit = filingUnit,
            Recipient = recipient,
            PublishedOn = publishedOn,
            DueOn = FilingDeadline(publishedOn).DueOn,
            Status = FilingStatus.Pending,
            StatusChangedOn = publishedOn,
        };
    }

    /// <summary>Creates an incoming filing received from a department or town, waiting for the formal check.</summary>
    /// <param name="id">The filing's identifier.</param>
    /// <param name="direction">From a department or from a town.</param>
    /// <param name="documentNumber">The 文号.</param>
    /// <param name="title">The title.</param>
    /// <param name="filingUnit">The department or town that files.</param>
    /// <param name="recipient">The body filed with (this government).</param>
    /// <param name="publishedOn">The publication date.</param>
    /// <param name="receivedOn">The date the package was received.</param>
    /// <returns>The filing in state 已报送.</returns>
    internal Filing Receive(string id, FilingDirection direction, string documentNumber, string title, string filingUnit, string recipient, DateOnly publishedOn, DateOnly receivedOn)
    {
        if (direction is not (FilingDirection.FromDepartment or FilingDirection.FromTown))
        {
            throw new ArgumentException("收到的报备只能来自部门或镇（街道）。", nameof(direction));
        }

        if (receivedOn < publishedOn)
        {
            throw new ArgumentException($"收到报备日期 {TrackingNames.Iso(receivedOn)} 早于文件公布日期 {TrackingNames.Iso(publishedOn)}。", nameof(receivedOn));
        }

        return new Filing
        {
            Id = id,
            Direction = direction,
            DocumentNumber = documentNumber,
            Title = title,
            FilingUnit = filingUnit,
            Recipient = recipient,
            PublishedOn = publishedOn,
            DueOn = FilingDeadline(publishedOn).DueOn,
            SubmittedOn = receivedOn,
            Status = FilingStatus.Submitted,
            StatusChangedOn = receivedOn,
        };
    }

    /// <summary>Moves a filing to a new state, setting the deadline that starts with it.</summary>
    /// <param name="filing">The filing as it is now.</param>
    /// <param name="to">The new state.</param>
    /// <param name="on">The date of the change (submission, notice, decision).</param>
    /// <param name="noticeNumber">The notice's number; required for 需补充说明.</param>
    /// <returns>The filing after the change (same version: the store increments it).</returns>
    /// <exception cref="InvalidTransitionException">The workflow does not allow the change.</exception>
    internal Filing Apply(Filing filing, FilingStatus to, DateOnly on, string? noticeNumber = null)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var from = filing.Status;
        if (!CanMove(from, to))
        {
            var next = Allowed[from];
            var explanation = next.Length == 0
                ? $"该备案已办结（{TrackingNames.Chinese(from)}），不能再变更状态。"
                : $"当前状态下只能转为：{string.Join("、", next.Select(s => TrackingNames.Chinese(s)))}。";
            throw Refuse(filing, to, $"备案“{filing.Title}”（{filing.Id}）不能从“{TrackingNames.Chinese(from)}”转为“{TrackingNames.Chinese(to)}”：{explanation}");
        }

        if (filing.StatusChangedOn is { } last && on < last)
        {
            throw Refuse(filing, to, $"备案“{filing.Title}”（{filing.Id}）的状态变更日期 {TrackingNames.Iso(on)} 早于上一次变更日期 {TrackingNames.Iso(last)}。");
        }

        if (to == FilingStatus.ExplanationRequested && string.IsNullOrWhiteSpace(noticeNumber))
        {
            throw Refuse(filing, to, $"对备案“{filing.Title}”（{filing.Id}）发出补充说明通知书，须填写通知书编号。");
        }

        var changed = filing with { Status = to, StatusChangedOn = on };
        return to switch
        {
            FilingStatus.Submitted => changed with { SubmittedOn = filing.SubmittedOn ?? on },
            FilingStatus.Deferred => changed with
            {
                NoticeNumber = string.IsNullOrWhiteSpace(noticeNumber) ? filing.NoticeNumber : noticeNumber,
                ReplyDueOn = _calculator.AddDays(on, _periods.ExplanationReplyDays).DueOn,
            },
            FilingStatus.ExplanationRequested => changed with
            {
                NoticeNumber = noticeNumber,
                ReplyDueOn = _calculator.AddDays(on, _periods.ExplanationReplyDays).DueOn,
            },
            FilingStatus.CorrectionRequired => changed with
            {
                NoticeNumber = string.IsNullOrWhiteSpace(noticeNumber) ? filing.NoticeNumber : noticeNumber,
                CorrectionDueOn = _calculator.AddDays(on, _periods.CorrectionDays).DueOn,
            },
            _ => changed,
        };
    }

    private static InvalidTransitionException Refuse(Filing filing, FilingStatus to, string message) =>
        new(TrackingEntityKind.Filing, filing.Id, TrackingNames.Code(filing.Status), TrackingNames.Code(to), message);
}
