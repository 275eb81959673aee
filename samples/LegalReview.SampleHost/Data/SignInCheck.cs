namespace LegalReview.SampleHost.Data;

/// <summary>How a password check ended.</summary>
public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
}

/// <summary>The outcome of a password check, with the user when it succeeded.</summary>
public sealed record SignInCheck(AppUser? User, SignInOutcome Outcome);
