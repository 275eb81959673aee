namespace LegalReview.Tracking;

/// <summary>One change to a tracked record: who made it, when, from which state to which, and why.</summary>
public sealed record AuditEvent
{
    /// <summary>The event's identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of record changed.</summary>
    public required TrackingEntityKind EntityKind { get; init; }

    /// <summary>The identifier of the record changed.</summary>
    public required string EntityId { get; init; }

    /// <summary>Who made the change.</summary>
    public required string Actor { get; init; }

    /// <summary>When the change was recorded (UTC, to the second).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The date the change took effect (e.g. the date of a notice), which may precede the recording.</summary>
    public required DateOnly EffectiveOn { get; init; }

    /// <summary>The state before the change, or null when the record was created.</summary>
    public string? FromState { get; init; }

    /// <summary>The state after the change (for edits that keep the state, the same as <see cref="FromState"/>).</summary>
    public required string ToState { get; init; }

    /// <summary>Why the change was made.</summary>
    public required string Reason { get; init; }
}
