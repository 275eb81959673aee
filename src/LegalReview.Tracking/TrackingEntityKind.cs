namespace LegalReview.Tracking;

/// <summary>The kinds of record the tracking store holds, as named in audit events.</summary>
public enum TrackingEntityKind
{
    /// <summary>A <see cref="ProjectEntry"/>.</summary>
    Project,

    /// <summary>A <see cref="ReviewCase"/>.</summary>
    ReviewCase,

    /// <summary>An <see cref="IssuedDocument"/>.</summary>
    Document,

    /// <summary>A <see cref="Filing"/>.</summary>
    Filing,
}
