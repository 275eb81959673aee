namespace LegalReview.Tracking;

/// <summary>An update was based on a stale version of the record: someone else changed it first.</summary>
public sealed class ConcurrencyConflictException : TrackingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityKind">The kind of record.</param>
    /// <param name="entityId">The record's identifier.</param>
    /// <param name="expectedVersion">The version the update was based on.</param>
    /// <param name="actualVersion">The version in the store.</param>
    public ConcurrencyConflictException(TrackingEntityKind entityKind, string entityId, long expectedVersion, long actualVersion)
        : base($"{TrackingNames.Chinese(entityKind)}“{entityId}”已被他人修改（当前版本 {actualVersion}，本次修改基于版本 {expectedVersion}），本次修改未保存。请重新读取后再修改。")
    {
        EntityKind = entityKind;
        EntityId = entityId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Creates the exception.</summary>
    public ConcurrencyConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The kind of record.</summary>
    public TrackingEntityKind EntityKind { get; }

    /// <summary>The record's identifier.</summary>
    public string EntityId { get; } = string.Empty;

    /// <summary>The version the update was based on.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version in the store.</summary>
    public long ActualVersion { get; }
}
