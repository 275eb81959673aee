using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalReview.Knowledge;

/// <summary>
/// Reference data the rules consult: facts about about 1,000 national laws and regulations, repealed and renumbered
/// laws, and an optional law library (full texts) for article-level checks. Loaded from embedded data files, each
/// stating its source and date; a host may point the data folder at its own copies.
/// </summary>
/// <remarks>Immutable and thread-safe once built; build it once and share it.</remarks>
internal sealed partial class KnowledgeBase
{
    private readonly Dictionary<string, List<LawRecord>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RepealedLaw> _repealed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedDocument> _documentsByTitle = new(StringComparer.Ordinal);

    /// <summary>Loads the knowledge base.</summary>
    /// <param name="dataFolder">A folder whose files replace the embedded ones of the same name; null for the embedded data.</param>
    /// <param name="lawLibraryPath">A law-library folder (one markdown file per law and version); null for none.</param>
    public KnowledgeBase(string? dataFolder = null, string? lawLibraryPath = null)
    {
        Laws = TsvData.Load("laws-index.tsv", dataFolder).Select(r => new LawRecord(
            r["title"], r["short_name"], r["level"], Date(r["version_date"]), Date(r["in_force_from"]), r["expired_in_source"] == "1",
            int.TryParse(r["articles"], CultureInfo.InvariantCulture, out var a) ? a : 0, r["text_file"])).ToArray();
        foreach (var law in Laws)
        {
            foreach (var key in new[] { law.Title, law.ShortName, StripPrc(law.Title) }.Distinct())
            {
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                }

                list.Add(law);
            }
        }

        Repealed = TsvData.Load("repealed-laws.tsv", dataFolder).Select(r => new RepealedLaw(
            r["names"].Split('|'), r["kind"] == "document", r["status"], Date(r["since"]), r["successor"], r["tag"] == "V")).ToArray();
        foreach (var law in Repealed)
        {
            foreach (var n in law.Names)
            {
                _repealed[n] = law;
            }
        }

        Renumbered = TsvData.Load("renumbered-articles.tsv", dataFolder).Select(r => new RenumberedArticle(
            r["law"], Date(r["revised"])!.Value, Date(r["in_force"]), int.Parse(r["old"], CultureInfo.InvariantCulture), int.Parse(r["new"], CultureInfo.InvariantCulture),
            r["subject"], r["keywords"].Split('|', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        IssuedDocuments = TsvData.Load("document-numbers.tsv", dataFolder).Select(r => new IssuedDocument(
            NormalizeDocumentNumber(r["number"]), r["titles"].Split('|', StringSplitOptions.RemoveEmptyEntries), r["tag"] != "U")).ToArray();
        foreach (var document in IssuedDocuments)
        {
            foreach (var title in document.Titles)
            {
                _documentsByTitle[StripIssuingOrgan(title)] = document;
            }
        }

        LawLibrary = lawLibraryPath is null ? null : new LawLibrary(lawLibraryPath);
    }

    /// <summary>The embedded knowledge base, loaded once.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>Every indexed law version.</summary>
    public IReadOnlyList<LawRecord> Laws { get; }

    /// <summary>Repealed and superseded laws and documents.</summary>
    public IReadOnlyList<RepealedLaw> Repealed { get; }

    /// <summary>Renumbered articles.</summary>
    public IReadOnlyList<RenumberedArticle> Renumbered { get; }

    /// <summary>State Council and central documents with their 文号.</summary>
    public IReadOnlyList<IssuedDocument> IssuedDocuments { get; }

    /// <summary>The law library, when one was configured.</summary>
    public LawLibrary? LawLibrary { get; }

    private static Lazy<KnowledgeBase> DefaultInstance { get; } = new(() => new KnowledgeBase(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Finds the versions of a law by its cited title (with or without "中华人民共和国").</summary>
    /// <param name="name">The title as cited.</param>
    /// <returns>The versions, newest first; empty when unknown.</returns>
    public IReadOnlyList<LawRecord> FindLaw(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name.Trim(), out var list) || _byName.TryGetValue(StripPrc(name.Trim()), out list)
            ? list.OrderByDescending(l => l.VersionDate).ToArray()
            : [];
    }

    /// <summary>The version of a law in force on a date: the newest version whose date is on or before it.</summary>
    /// <param name="name">The title as cited.</param>
    /// <param name="on">The date.</param>
    /// <returns>The version, or null.</returns>
    public LawRecord? LawInForce(string name, DateOnly on) =>
        FindLaw(name).FirstOrDefault(l => (l.InForceFrom ?? l.VersionDate) <= on);

    /// <summary>Whether a cited title names a repealed or superseded law or document.</summary>
    /// <param name="name">The title as cited.</param>
    /// <param name="law">The repealed law.</param>
    /// <returns>Whether it is repealed.</returns>
    public bool TryGetRepealed(string name, out RepealedLaw? law)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _repealed.TryGetValue(name.Trim(), out law) || _repealed.TryGetValue(StripPrc(name.Trim()), out law);
    }

    /// <summary>Finds a listed document by its cited title, with or without the issuing organ's name.</summary>
    /// <param name="title">The title as cited, without 书名号.</param>
    /// <param name="document">The document.</param>
    /// <returns>Whether the title is listed.</returns>
    public bool TryGetDocumentByTitle(string title, out IssuedDocument? document)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _documentsByTitle.TryGetValue(StripIssuingOrgan(title.Trim()), out document);
    }

    /// <summary>Brings a 文号 to one spelling: full-width digits folded, any year bracket written 〔〕, spaces, "第" and leading zeros removed.</summary>
    /// <param name="number">The 文号 as written.</param>
    /// <returns>The 文号 in canonical spelling.</returns>
    public static string NormalizeDocumentNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var folded = LegalReview.Documents.TextNormalizer.Normalize(number).Replace(" ", string.Empty, StringComparison.Ordinal);
        var bracketed = string.Concat(folded.Select(c => c switch
        {
            '【' or '（' or '[' or '(' => '〔',
            '】' or '）' or ']' or ')' => '〕',
            _ => c,
        }));
        return SequencePrefix().Replace(bracketed, "〕");
    }

    /// <summary>Strips the "中华人民共和国" prefix of a national law's title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The short title.</returns>
    public static string StripPrc(string title) =>
        title.StartsWith("中华人民共和国", StringComparison.Ordinal) ? title["中华人民共和国".Length..] : title;

    private static string StripIssuingOrgan(string title)
    {
        foreach (var organ in IssuingOrgans)
        {
            if (title.StartsWith(organ, StringComparison.Ordinal))
            {
                return title[organ.Length..].TrimStart();
            }
        }

        return title;
    }

    private static readonly string[] IssuingOrgans = ["中共中央办公厅 国务院办公厅", "中共中央办公厅、国务院办公厅", "中共中央办公厅国务院办公厅", "国务院办公厅", "中共中央办公厅", "国务院"];

    [GeneratedRegex(@"〕第?0*(?=\d)")]
    private static partial Regex SequencePrefix();

    private static DateOnly? Date(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
