namespace LegalReview.Knowledge;

/// <summary>
/// The words a title may end with: the 15 法定文种 of 党政机关公文处理工作条例 第八条 and the names of normative texts
/// (办法, 规定 …). Loaded from the embedded document-kinds.tsv.
/// </summary>
internal sealed class DocumentKindCatalog
{
    private static readonly Lazy<DocumentKindCatalog> DefaultInstance = new(() => new DocumentKindCatalog(TsvData.Load("document-kinds.tsv")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly (string Word, bool Statutory)[] _byLength;

    private DocumentKindCatalog(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        // Longest first, so that "实施细则" wins over "细则" and "命令" over "令".
        _byLength = rows.Select(r => (r["word"], r["class"] == "statutory")).OrderByDescending(r => r.Item1.Length).ToArray();
        StatutoryKinds = rows.Where(r => r["class"] == "statutory").Select(r => r["word"]).ToArray();
    }

    /// <summary>The embedded catalogue.</summary>
    public static DocumentKindCatalog Default => DefaultInstance.Value;

    /// <summary>The 法定文种, in the order of 第八条.</summary>
    public IReadOnlyList<string> StatutoryKinds { get; }

    /// <summary>The 文种 or text name a title ends with.</summary>
    /// <param name="title">The title without trailing punctuation or remarks in brackets.</param>
    /// <param name="word">The word found.</param>
    /// <param name="statutory">Whether it is one of the 法定文种.</param>
    /// <returns>Whether the title ends with a known word.</returns>
    public bool TryFindEnding(string title, out string word, out bool statutory)
    {
        foreach (var (w, s) in _byLength)
        {
            if (title.EndsWith(w, StringComparison.Ordinal))
            {
                (word, statutory) = (w, s);
                return true;
            }
        }

        (word, statutory) = (string.Empty, false);
        return false;
    }
}
