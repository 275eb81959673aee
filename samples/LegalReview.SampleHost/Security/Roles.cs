namespace LegalReview.SampleHost.Security;

/// <summary>The three roles of the review workflow. The names are the ones users see.</summary>
public static class Roles
{
    public const string Drafter = "起草单位";
    public const string Reviewer = "审核人员";
    public const string Admin = "管理员";

    /// <summary>Every role, for role pickers and validation.</summary>
    public static readonly IReadOnlyList<string> All = [Drafter, Reviewer, Admin];

    /// <summary>Roles that may read a case (a drafting unit only its own, checked per case).</summary>
    public const string CaseReaders = Drafter + "," + Reviewer + "," + Admin;

    /// <summary>Whether a role name is one of ours.</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
