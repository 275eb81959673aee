namespace LegalReview.Tracking.Tests.Workflow;

public sealed class ProjectStateMachineTests
{
    private static readonly (ProjectStatus From, ProjectStatus To)[] LegalTransitions =
    [
        (ProjectStatus.UnderEvaluation, ProjectStatus.Drafting),
        (ProjectStatus.UnderEvaluation, ProjectStatus.Refused),
        (ProjectStatus.Drafting, ProjectStatus.SolicitingComments),
        (ProjectStatus.SolicitingComments, ProjectStatus.FairCompetitionReview),
        (ProjectStatus.SolicitingComments, ProjectStatus.LegalityReview),
        (ProjectStatus.FairCompetitionReview, ProjectStatus.LegalityReview),
        (ProjectStatus.FairCompetitionReview, ProjectStatus.Drafting),
        (ProjectStatus.LegalityReview, ProjectStatus.CollectiveDeliberation),
        (ProjectStatus.LegalityReview, ProjectStatus.Drafting),
        (ProjectStatus.CollectiveDeliberation, ProjectStatus.Issued),
        (ProjectStatus.CollectiveDeliberation, ProjectStatus.Drafting),
    ];

    private static IEnumerable<TestCaseData> Legal() => LegalTransitions.Select(t => new TestCaseData(t.From, t.To).SetName($"Legal_{t.From}_to_{t.To}"));

    private static IEnumerable<TestCaseData> Illegal() =>
        from f in Enum.GetValues<ProjectStatus>()
        from t in Enum.GetValues<ProjectStatus>()
        where !LegalTransitions.Contains((f, t))
        select new TestCaseData(f, t).SetName($"Illegal_{f}_to_{t}");

    private static ProjectEntry At(ProjectStatus status) => new()
    {
        Id = "P-1",
        Year = 2024,
        Title = "晋江市城市道路挖掘管理办法",
        Source = ProjectSource.Applied,
        DraftingUnit = "晋江市城市管理局",
        Status = status,
    };

    [TestCaseSource(nameof(Legal))]
    public void LegalTransition_IsApplied(ProjectStatus from, ProjectStatus to)
    {
        var changed = ProjectStateMachine.Apply(At(from), to, new DateOnly(2024, 6, 3), "上位法已有规定");

        Assert.That(changed.Status, Is.EqualTo(to));
    }

    [TestCaseSource(nameof(Illegal))]
    public void IllegalTransition_IsRefused(ProjectStatus from, ProjectStatus to)
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => ProjectStateMachine.Apply(At(from), to, new DateOnly(2024, 6, 3), "理由"));

        Assert.That(ex!.Message, Does.Contain($"不能从“{TrackingNames.Chinese(from)}”转为“{TrackingNames.Chinese(to)}”"));
        Assert.That(ex.EntityKind, Is.EqualTo(TrackingEntityKind.Project));
    }

    [Test]
    public void Refusal_NeedsAReason_AndRecordsIt()
    {
        Assert.That(() => ProjectStateMachine.Apply(At(ProjectStatus.UnderEvaluation), ProjectStatus.Refused, new DateOnly(2024, 6, 3)), Throws.TypeOf<InvalidTransitionException>().With.Message.Contains("须写明理由"));

        var refused = ProjectStateMachine.Apply(At(ProjectStatus.UnderEvaluation), ProjectStatus.Refused, new DateOnly(2024, 6, 3), "上位法已有明确规定，无需另行制定");

        Assert.That(refused.RefusalReason, Is.EqualTo("上位法已有明确规定，无需另行制定"));
        Assert.That(refused.CompletedOn, Is.EqualTo(new DateOnly(2024, 6, 3)));
    }

    [Test]
    public void Issue_RecordsTheCompletionDate()
    {
        var issued = ProjectStateMachine.Apply(At(ProjectStatus.CollectiveDeliberation), ProjectStatus.Issued, new DateOnly(2024, 11, 5));

        Assert.That(issued.CompletedOn, Is.EqualTo(new DateOnly(2024, 11, 5)));
    }

    [TestCase(ProjectSource.Applied, ProjectStatus.UnderEvaluation)]
    [TestCase(ProjectSource.Key, ProjectStatus.Drafting)]
    [TestCase(ProjectSource.Automatic, ProjectStatus.Drafting)]
    public void InitialStatus_DependsOnTheSource(ProjectSource source, ProjectStatus expected)
    {
        Assert.That(ProjectStateMachine.InitialStatus(source), Is.EqualTo(expected));
    }
}
