namespace LegalReview.Tracking;

/// <summary>The base of the errors the tracking store and workflow raise; the message is Chinese and fit for users.</summary>
public class TrackingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrackingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TrackingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TrackingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
