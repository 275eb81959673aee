namespace LegalReview.Tracking;

/// <summary>
/// The project-library workflow of §4.4: an application is evaluated (审核中) and either refused (不予立项, with a reason)
/// or drafted; 起草 → 征求意见 → (公平竞争审查) → 合法性审核 → 集体审议 → 已印发, with the review stages able to send a
/// draft back to 起草. Automatic and key items enter the library already listed, at 起草.
/// </summary>
public static class ProjectStateMachine
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Allowed = new()
    {
        [ProjectStatus.UnderEvaluation] = [ProjectStatus.Drafting, ProjectStatus.Refused],
        [ProjectStatus.Drafting] = [ProjectStatus.SolicitingComments],
        [ProjectStatus.SolicitingComments] = [ProjectStatus.FairCompetitionReview, ProjectStatus.LegalityReview],
        [ProjectStatus.FairCompetitionReview] = [ProjectStatus.LegalityReview, ProjectStatus.Drafting],
        [ProjectStatus.LegalityReview] = [ProjectStatus.CollectiveDeliberation, ProjectStatus.Drafting],
        [ProjectStatus.CollectiveDeliberation] = [ProjectStatus.Issued, ProjectStatus.Drafting],
        [ProjectStatus.Issued] = [],
        [ProjectStatus.Refused] = [],
    };

    /// <summary>The state an item enters the library in.</summary>
    /// <param name="source">How the item entered.</param>
    /// <returns>审核中 for applications, 起草 for automatic and key items.</returns>
    internal static ProjectStatus InitialStatus(ProjectSource source) =>
        source == ProjectSource.Applied ? ProjectStatus.UnderEvaluation : ProjectStatus.Drafting;

    /// <summary>The states an item may move to from <paramref name="from"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <returns>The allowed next states.</returns>
    public static IReadOnlyList<ProjectStatus> NextStates(ProjectStatus from) => Allowed[from];

    /// <summary>Whether the workflow allows the change.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="to">The requested state.</param>
    /// <returns>True when allowed.</returns>
    public static bool CanMove(ProjectStatus from, ProjectStatus to) => Allowed[from].Contains(to);

    /// <summary>Moves an item to a new state.</summary>
    /// <param name="entry">The item as it is now.</param>
    /// <param name="to">The new state.</param>
    /// <param name="on">The date of the change.</param>
    /// <param name="refusalReason">The reason; required for 不予立项.</param>
    /// <returns>The item after the change (same version: the store increments it).</returns>
    /// <exception cref="InvalidTransitionException">The workflow does not allow the change.</exception>
    internal static ProjectEntry Apply(ProjectEntry entry, ProjectStatus to, DateOnly on, string? refusalReason = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var from = entry.Status;
        if (!CanMove(from, to))
        {
            var next = Allowed[from];
            var explanation = next.Length == 0
                ? $"该项目已办结（{TrackingNames.Chinese(from)}），不能再变更状态。"
                : $"当前阶段只能转为：{string.Join("、", next.Select(s => TrackingNames.Chinese(s)))}。";
            throw Refuse(entry, to, $"项目“{entry.Title}”（{entry.Id}）不能从“{TrackingNames.Chinese(from)}”转为“{TrackingNames.Chinese(to)}”：{explanation}");
        }

        if (to == ProjectStatus.Refused && string.IsNullOrWhiteSpace(refusalReason))
        {
            throw Refuse(entry, to, $"对项目“{entry.Title}”（{entry.Id}）作出不予立项决定，须写明理由。");
        }

        return to switch
        {
            ProjectStatus.Refused => entry with { Status = to, CompletedOn = on, RefusalReason = refusalReason },
            ProjectStatus.Issued => entry with { Status = to, CompletedOn = on },
            _ => entry with { Status = to },
        };
    }

    private static InvalidTransitionException Refuse(ProjectEntry entry, ProjectStatus to, string message) =>
        new(TrackingEntityKind.Project, entry.Id, TrackingNames.Code(entry.Status), TrackingNames.Code(to), message);
}
