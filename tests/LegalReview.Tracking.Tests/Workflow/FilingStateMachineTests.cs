using LegalReview.Calendar;
using LegalReview.Review;

namespace LegalReview.Tracking.Tests.Workflow;

public sealed class FilingStateMachineTests
{
    private static readonly FilingStateMachine Machine = new(TrackingWorkflow.PeriodsOf(ReviewProfile.Fujian), new DeadlineCalculator());

    private static readonly (FilingStatus From, FilingStatus To)[] LegalTransitions =
    [
        (FilingStatus.Pending, FilingStatus.Submitted),
        (FilingStatus.Submitted, FilingStatus.Registered),
        (FilingStatus.Submitted, FilingStatus.NotRegistered),
        (FilingStatus.Submitted, FilingStatus.Deferred),
        (FilingStatus.Deferred, FilingStatus.Submitted),
        (FilingStatus.Registered, FilingStatus.UnderReview),
        (FilingStatus.UnderReview, FilingStatus.ExplanationRequested),
        (FilingStatus.UnderReview, FilingStatus.Approved),
        (FilingStatus.UnderReview, FilingStatus.CorrectionRequired),
        (FilingStatus.ExplanationRequested, FilingStatus.UnderReview),
        (FilingStatus.CorrectionRequired, FilingStatus.Corrected),
        (FilingStatus.CorrectionRequired, FilingStatus.Annulled),
    ];

    private static IEnumerable<TestCaseData> Legal() => LegalTransitions.Select(t => new TestCaseData(t.From, t.To).SetName($"Legal_{t.From}_to_{t.To}"));

    private static IEnumerable<TestCaseData> Illegal()
    {
        foreach (var from in Enum.GetValues<FilingStatus>())
        {
            foreach (var to in Enum.GetValues<FilingStatus>())
            {
                if (!LegalTransitions.Contains((from, to)))
                {
                    yield return new TestCaseData(from, to).SetName($"Illegal_{from}_to_{to}");
                }
            }
        }
    }

    private static Filing At(FilingStatus status) => new()
    {
        Id = "F-1",
        Direction = FilingDirection.ToUpperGovernment,
        DocumentNumber = "晋政规〔2024〕3号",
        Title = "晋江市人民政府关于印发晋江市城市道路挖掘管理办法的通知",
        FilingUnit = "晋江市人民政府",
        Recipient = "泉州市人民政府",
        PublishedOn = new DateOnly(2024, 3, 1),
        DueOn = new DateOnly(2024, 3, 18),
        SubmittedOn = status == FilingStatus.Pending ? null : new DateOnly(2024, 3, 8),
        Status = status,
        StatusChangedOn = new DateOnly(2024, 3, 8),
    };

    [TestCaseSource(nameof(Legal))]
    public void LegalTransition_IsApplied(FilingStatus from, FilingStatus to)
    {
        var changed = Machine.Apply(At(from), to, new DateOnly(2024, 4, 1), "晋司备补〔2024〕1号");

        Assert.That(changed.Status, Is.EqualTo(to));
        Assert.That(changed.StatusChangedOn, Is.EqualTo(new DateOnly(2024, 4, 1)));
        Assert.That(FilingStateMachine.CanMove(from, to), Is.True);
    }

    [TestCaseSource(nameof(Illegal))]
    public void IllegalTransition_IsRefusedWithAChineseMessage(FilingStatus from, FilingStatus to)
    {
        var filing = At(from);

        var ex = Assert.Throws<InvalidTransitionException>(() => Machine.Apply(filing, to, new DateOnly(2024, 4, 1), "晋司备补〔2024〕1号"));

        Assert.That(ex!.Message, Does.Contain($"不能从“{TrackingNames.Chinese(from)}”转为“{TrackingNames.Chinese(to)}”"));
        Assert.That(ex.FromState, Is.EqualTo(TrackingNames.Code(from)));
        Assert.That(ex.ToState, Is.EqualTo(TrackingNames.Code(to)));
        Assert.That(ex.EntityKind, Is.EqualTo(TrackingEntityKind.Filing));
    }

    [Test]
    public void ClosedFiling_SaysItIsClosed()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => Machine.Apply(At(FilingStatus.Approved), FilingStatus.UnderReview, new DateOnly(2024, 4, 1)));

        Assert.That(ex!.Message, Does.Contain("已办结（审查通过）"));
    }

    [Test]
    public void PendingToApproved_ListsTheAllowedNextState()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => Machine.Apply(At(FilingStatus.Pending), FilingStatus.Approved, new DateOnly(2024, 4, 1)));

        Assert.That(ex!.Message, Does.Contain("只能转为：已报送"));
    }

    [Test]
    public void ExplanationRequest_NeedsTheNoticeNumber_AndSetsTheReplyDeadline()
    {
        Assert.That(() => Machine.Apply(At(FilingStatus.UnderReview), FilingStatus.ExplanationRequested, new DateOnly(2024, 9, 20)), Throws.TypeOf<InvalidTransitionException>().With.Message.Contains("通知书编号"));

        var changed = Machine.Apply(At(FilingStatus.UnderReview), FilingStatus.ExplanationRequested, new DateOnly(2024, 9, 20), "晋司备补〔2024〕2号");

        Assert.That(changed.NoticeNumber, Is.EqualTo("晋司备补〔2024〕2号"));
        Assert.That(changed.ReplyDueOn, Is.EqualTo(new DateOnly(2024, 10, 8)), "15 days end on 10-05, inside the National Day holiday");
        Assert.That(changed.PendingDeadline, Is.EqualTo(changed.ReplyDueOn));
    }

    [Test]
    public void Correction_SetsTheThirtyDayDeadline()
    {
        var changed = Machine.Apply(At(FilingStatus.UnderReview), FilingStatus.CorrectionRequired, new DateOnly(2024, 9, 1));

        Assert.That(changed.CorrectionDueOn, Is.EqualTo(new DateOnly(2024, 10, 8)));
        Assert.That(changed.PendingDeadline, Is.EqualTo(new DateOnly(2024, 10, 8)));
    }

    [Test]
    public void ChangeDatedBeforeTheLastChange_IsRefused()
    {
        Assert.That(() => Machine.Apply(At(FilingStatus.Submitted), FilingStatus.Registered, new DateOnly(2024, 3, 7)), Throws.TypeOf<InvalidTransitionException>().With.Message.Contains("早于上一次变更日期"));
    }

    [Test]
    public void Resubmission_KeepsTheFirstSubmissionDate()
    {
        var deferred = Machine.Apply(At(FilingStatus.Submitted), FilingStatus.Deferred, new DateOnly(2024, 3, 12));
        var resubmitted = Machine.Apply(deferred, FilingStatus.Submitted, new DateOnly(2024, 3, 20));

        Assert.That(deferred.ReplyDueOn, Is.EqualTo(new DateOnly(2024, 3, 27)));
        Assert.That(resubmitted.SubmittedOn, Is.EqualTo(new DateOnly(2024, 3, 8)));
    }

    [Test]
    public void OutgoingFiling_StartsPendingWithTheFujianDeadline()
    {
        var filing = Machine.CreateOutgoing("F-2", FilingDirection.ToPeoplesCongress, "晋政规〔2024〕9号", "晋江市…办法", "晋江市人民政府", "晋江市人大常委会", new DateOnly(2024, 9, 20));

        Assert.That(filing.Status, Is.EqualTo(FilingStatus.Pending));
        Assert.That(filing.DueOn, Is.EqualTo(new DateOnly(2024, 10, 8)));
        Assert.That(filing.PendingDeadline, Is.EqualTo(filing.DueOn));
        Assert.That(() => Machine.CreateOutgoing("F-3", FilingDirection.FromTown, "x", "x", "x", "x", new DateOnly(2024, 1, 1)), Throws.ArgumentException);
    }

    [Test]
    public void IncomingFiling_StartsSubmitted()
    {
        var filing = Machine.Receive("F-4", FilingDirection.FromDepartment, "晋教规〔2024〕1号", "…", "晋江市教育局", "晋江市人民政府", new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 10));

        Assert.That(filing.Status, Is.EqualTo(FilingStatus.Submitted));
        Assert.That(filing.SubmittedOn, Is.EqualTo(new DateOnly(2024, 5, 10)));
        Assert.That(filing.PendingDeadline, Is.Null);
    }

    [Test]
    public void FujianFilingDeadline_IsFifteenDaysAfterPublication()
    {
        static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Machine.FilingDeadline(D("2024-09-20")).DueOn, Is.EqualTo(D("2024-10-08")), "day 15 is 10-05, inside the National Day holiday");
        Assert.That(Machine.FilingDeadline(D("2024-03-01")).DueOn, Is.EqualTo(D("2024-03-18")));
    }
}
