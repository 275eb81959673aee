namespace LegalReview.Tracking;

/// <summary>A record that an operation needs does not exist in the store.</summary>
public sealed class TrackingRecordNotFoundException : TrackingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityKind">The kind of record.</param>
    /// <param name="entityId">The identifier looked for.</param>
    public TrackingRecordNotFoundException(TrackingEntityKind entityKind, string entityId)
        : base($"未找到{TrackingNames.Chinese(entityKind)}“{entityId}”。")
    {
        EntityKind = entityKind;
        EntityId = entityId;
    }

    /// <summary>Creates the exception.</summary>
    public TrackingRecordNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TrackingRecordNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TrackingRecordNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The kind of record.</summary>
    public TrackingEntityKind EntityKind { get; }

    /// <summary>The identifier looked for.</summary>
    public string EntityId { get; } = string.Empty;
}
