namespace LegalReview.SampleHost.Data;

/// <summary>A user operation refused for a reason the user can act on; the message is shown as is.</summary>
public sealed class UserStoreException(string message) : Exception(message);
