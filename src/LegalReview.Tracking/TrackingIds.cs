namespace LegalReview.Tracking;

/// <summary>Short random identifiers for new records, e.g. "F-3f9a1c07b2e4" (12 hex digits); the store's unique keys catch the rare clash.</summary>
internal static class TrackingIds
{
    /// <summary>A new identifier with a prefix naming the kind of record.</summary>
    /// <param name="prefix">"F" for filings, "P" for projects, "R" for review cases, "D" for documents, "E" for events.</param>
    /// <returns>The identifier.</returns>
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
