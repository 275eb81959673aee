namespace LegalReview.Tracking;

/// <summary>The state codes audit events use for legality-review cases.</summary>
public static class ReviewCaseStates
{
    /// <summary>Received, under review (已收文).</summary>
    public const string Received = "received";

    /// <summary>Concluded (审结).</summary>
    public const string Concluded = "concluded";
}
