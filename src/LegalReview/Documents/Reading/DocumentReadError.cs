namespace LegalReview.Documents.Reading;

/// <summary>Why a file could not be read. Stable values: hosts and batch reports group failures by them.</summary>
public enum DocumentReadError
{
    /// <summary>The file is empty (0 bytes).</summary>
    EmptyFile,

    /// <summary>The file is larger than <see cref="DocumentReaderOptions.MaxFileBytes"/>.</summary>
    FileTooLarge,

    /// <summary>The file is neither a zip package nor text: random or unknown binary content.</summary>
    UnsupportedFormat,

    /// <summary>A legacy binary Word document (.doc, OLE compound file), possibly renamed .docx.</summary>
    LegacyWordDocument,

    /// <summary>A password-protected (encrypted) Office file.</summary>
    Encrypted,

    /// <summary>The file claims to be .docx but is not a zip package.</summary>
    NotAPackage,

    /// <summary>The zip package or one of its XML parts is damaged or truncated.</summary>
    CorruptPackage,

    /// <summary>The package has no main document part (not a word-processing document).</summary>
    MissingMainDocument,

    /// <summary>A part would inflate beyond the configured size or compression ratio (zip bomb).</summary>
    DecompressionLimitExceeded,

    /// <summary>The package has more parts than allowed.</summary>
    TooManyParts,

    /// <summary>An XML part declares a DTD, which is prohibited.</summary>
    DtdProhibited,

    /// <summary>An XML part nests elements deeper than allowed.</summary>
    NestingTooDeep,

    /// <summary>The document has more paragraphs or table cells than allowed.</summary>
    TooManyElements,

    /// <summary>The document has no body text.</summary>
    NoBodyText,

    /// <summary>The file could not be read from storage.</summary>
    IoError,

    /// <summary>A PDF without a text layer (a scan): it needs OCR before it can be reviewed.</summary>
    NeedsOcr,
}
