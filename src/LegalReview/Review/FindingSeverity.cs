namespace LegalReview.Review;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>A drafting or process reminder.</summary>
    Info = 0,

    /// <summary>A probable problem the reviewing lawyer must judge.</summary>
    Warning = 1,

    /// <summary>The provision is unlawful or a required step is missing; the document should not pass as it is.</summary>
    Error = 2,
}
