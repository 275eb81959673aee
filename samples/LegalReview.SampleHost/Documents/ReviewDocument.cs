namespace LegalReview.SampleHost.Documents;

/// <summary>A generated file ready to download.</summary>
public sealed record ReviewDocument(string FileName, string ContentType, byte[] Content);
