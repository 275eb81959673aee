namespace LegalReview.Tracking;

/// <summary>A change of state that the workflow does not allow (e.g. 待报送 straight to 审查通过).</summary>
public sealed class InvalidTransitionException : TrackingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityKind">The kind of record.</param>
    /// <param name="entityId">The record's identifier.</param>
    /// <param name="fromState">The current state's code.</param>
    /// <param name="toState">The requested state's code.</param>
    /// <param name="message">The Chinese explanation.</param>
    public InvalidTransitionException(TrackingEntityKind entityKind, string entityId, string fromState, string toState, string message)
        : base(message)
    {
        EntityKind = entityKind;
        EntityId = entityId;
        FromState = fromState;
        ToState = toState;
    }

    /// <summary>Creates the exception.</summary>
    public InvalidTransitionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidTransitionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The kind of record.</summary>
    public TrackingEntityKind EntityKind { get; }

    /// <summary>The record's identifier.</summary>
    public string EntityId { get; } = string.Empty;

    /// <summary>The current state's code.</summary>
    public string FromState { get; } = string.Empty;

    /// <summary>The requested state's code.</summary>
    public string ToState { get; } = string.Empty;
}
