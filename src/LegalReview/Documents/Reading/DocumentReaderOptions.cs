namespace LegalReview.Documents.Reading;

/// <summary>
/// Limits that keep a hostile or broken file from exhausting memory or time. The defaults suit review drafts; a host
/// that reviews unusually large documents raises them.
/// </summary>
public sealed class DocumentReaderOptions
{
    /// <summary>The largest file accepted, in bytes. Default 50 MiB.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The largest uncompressed size of any one package part, in bytes. Default 64 MiB.</summary>
    public long MaxPartBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest total uncompressed size of the package, in bytes. Default 256 MiB.</summary>
    public long MaxTotalUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The largest compression ratio accepted for a part larger than 1 MiB. Default 100.</summary>
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>The largest number of parts (zip entries). Default 2,000.</summary>
    public int MaxParts { get; set; } = 2000;

    /// <summary>The largest number of paragraphs. Default 200,000.</summary>
    public int MaxParagraphs { get; set; } = 200_000;

    /// <summary>The largest number of table cells. Default 200,000.</summary>
    public int MaxTableCells { get; set; } = 200_000;

    /// <summary>The deepest XML element nesting accepted. Default 128.</summary>
    public int MaxXmlDepth { get; set; } = 128;

    /// <summary>The default options.</summary>
    public static DocumentReaderOptions Default { get; } = new();
}
