namespace LegalReview.Tracking;

/// <summary>An item of the project library (规范性文件项目库).</summary>
public sealed record ProjectEntry
{
    /// <summary>The item's identifier, unique in the store.</summary>
    public required string Id { get; init; }

    /// <summary>The plan year the item belongs to.</summary>
    public required int Year { get; init; }

    /// <summary>The working title of the planned document.</summary>
    public required string Title { get; init; }

    /// <summary>How the item entered the library.</summary>
    public required ProjectSource Source { get; init; }

    /// <summary>The drafting unit (起草单位).</summary>
    public required string DraftingUnit { get; init; }

    /// <summary>The date by which the document is planned to be issued.</summary>
    public DateOnly? PlannedOn { get; init; }

    /// <summary>The date the document was actually issued (or the item refused).</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>The current stage.</summary>
    public required ProjectStatus Status { get; init; }

    /// <summary>Why the item was refused (不予立项理由); set only when <see cref="Status"/> is <see cref="ProjectStatus.Refused"/>.</summary>
    public string? RefusalReason { get; init; }

    /// <summary>The record's version for optimistic concurrency; 1 after creation, incremented by every change.</summary>
    public long Version { get; init; } = 1;
}
