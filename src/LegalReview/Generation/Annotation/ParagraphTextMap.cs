using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Generation.Annotation;

/// <summary>
/// The text of one <c>w:p</c> exactly as <c>DocxReader</c> builds it (w:t in runs and insertions, tabs, breaks as
/// '\n', non-breaking hyphens; deleted and moved-from text, field codes, property subtrees, markup-compatibility
/// fallbacks and nested text-box paragraphs skipped), with each character mapped back to the element holding it.
/// </summary>
internal sealed class ParagraphTextMap
{
    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // Must stay in step with DocxReader.SkippedElements.
    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "del", "moveFrom", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange",
        "numberingChange", "instrText", "delText", "delInstrText", "sdtPr", "sectPr", "rPr", "tblPr", "trPr", "tcPr", "tblGrid",
        "pPr",
    };

    private readonly List<CharSource> _map = [];

    private ParagraphTextMap(Paragraph paragraph)
    {
        Owner = paragraph;
        var sb = new StringBuilder();
        Walk(paragraph, sb);
        Text = sb.ToString();
    }

    /// <summary>The paragraph.</summary>
    public Paragraph Owner { get; }

    /// <summary>The paragraph text.</summary>
    public string Text { get; }

    /// <summary>Where a character came from: a w:t and the index inside it, or a single-character element (tab, break).</summary>
    /// <param name="Element">The w:t, or the tab/break/hyphen element.</param>
    /// <param name="Index">The index inside the w:t (0 for other elements).</param>
    public readonly record struct CharSource(OpenXmlElement Element, int Index);

    /// <summary>Builds the map of a paragraph.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>The map.</returns>
    public static ParagraphTextMap Build(Paragraph paragraph) => new(paragraph);

    /// <summary>The source of the character at an offset.</summary>
    /// <param name="offset">The offset in <see cref="Text"/>.</param>
    /// <returns>The source.</returns>
    public CharSource At(int offset) => _map[offset];

    /// <summary>
    /// The <c>w:p</c> elements of a body in the order the reader numbers them (<c>DocumentParagraph.SourceIndex</c>).
    /// </summary>
    /// <param name="body">The body.</param>
    /// <returns>The paragraphs.</returns>
    public static List<Paragraph> SourceParagraphs(Body body)
    {
        var list = new List<Paragraph>();
        Collect(body, list);
        return list;

        static void Collect(OpenXmlElement e, List<Paragraph> list)
        {
            foreach (var child in e.ChildElements)
            {
                if (IsSkippedSubtree(child))
                {
                    continue;
                }

                if (child is Paragraph p)
                {
                    list.Add(p);
                }

                Collect(child, list);
            }
        }
    }

    private static bool IsSkippedSubtree(OpenXmlElement e) =>
        (e.NamespaceUri == MarkupCompatibility && e.LocalName == "Fallback")
        || (e.NamespaceUri == WordMain && SkippedElements.Contains(e.LocalName));

    private void Walk(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            if (child is Paragraph)
            {
                continue;
            }

            if (child.NamespaceUri == MarkupCompatibility && child.LocalName == "Fallback")
            {
                continue;
            }

            if (child.NamespaceUri == WordMain && SkippedElements.Contains(child.LocalName))
            {
                continue;
            }

            switch (child)
            {
                case Text t:
                    for (var i = 0; i < t.Text.Length; i++)
                    {
                        sb.Append(t.Text[i]);
                        _map.Add(new CharSource(t, i));
                    }

                    continue;
                case TabChar:
                    Single(child, '\t', sb);
                    continue;
                case Break or CarriageReturn:
                    Single(child, '\n', sb);
                    continue;
                case NoBreakHyphen:
                    Single(child, '-', sb);
                    continue;
            }

            Walk(child, sb);
        }
    }

    private void Single(OpenXmlElement e, char c, StringBuilder sb)
    {
        sb.Append(c);
        _map.Add(new CharSource(e, 0));
    }
}
