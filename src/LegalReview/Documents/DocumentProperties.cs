namespace LegalReview.Documents;

/// <summary>Facts about the source file that a reviewer may need to know.</summary>
internal sealed record DocumentProperties
{
    /// <summary>The file contains unaccepted tracked changes; the text was read as if they were accepted.</summary>
    public bool HasTrackedChanges { get; init; }

    /// <summary>The file carries Word comments.</summary>
    public bool HasComments { get; init; }

    /// <summary>The package carries a VBA project (macro-enabled); nothing in it was run.</summary>
    public bool HasMacros { get; init; }

    /// <summary>The package uses Strict Open XML namespaces.</summary>
    public bool IsStrictOpenXml { get; init; }

    /// <summary>The application that saved the file (docProps/app.xml), e.g. "Microsoft Office Word" or "WPS Office".</summary>
    public string? Application { get; init; }

    /// <summary>The text encoding, for plain-text input ("utf-8", "gb18030").</summary>
    public string? Encoding { get; init; }

    /// <summary>Number of list-numbered paragraphs whose number was materialised from numbering definitions.</summary>
    public int AutoNumberedParagraphs { get; init; }

    /// <summary>External relationships (linked images, remote templates) present in the package; never fetched.</summary>
    public int ExternalRelationships { get; init; }
}
