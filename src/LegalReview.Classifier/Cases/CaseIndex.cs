using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LegalReview.Review;

namespace LegalReview.Classifier.Cases;

/// <summary>
/// An in-memory BM25 index (Lucene.NET) over the case bank, words segmented by SmartCn. Ranks by BM25; reports as
/// similarity the cosine of the provision's and the case's word sets, which reads the same for short and long texts;
/// and lets the nearest cases vote on a label. Thread-safe once built.
/// </summary>
public sealed class CaseIndex : IDisposable
{
    /// <summary>How many nearest cases vote.</summary>
    public const int VoteCount = 3;

    /// <summary>
    /// The longest query, in characters: segmentation is the cost of a look-up, and a long provision's opening states
    /// its subject; it also keeps SmartCn's words within what a Boolean query takes.
    /// </summary>
    private const int MaxQueryLength = 300;

    private const string Field = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly HashSet<string>[] _words;
    private readonly int[] _caseOfDoc;

    /// <summary>Builds the index.</summary>
    /// <param name="cases">The cases.</param>
    public CaseIndex(IReadOnlyList<PublishedCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        Cases = cases;
        _analyzer = new SmartChineseAnalyzer(Version);
        _directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        _words = new HashSet<string>[cases.Count];
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < cases.Count; i++)
            {
                _words[i] = Words(cases[i].Text);
                writer.AddDocument(new Document { new TextField(Field, cases[i].Text, Lucene.Net.Documents.Field.Store.NO), new StoredField("n", i) });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _caseOfDoc = new int[_reader.MaxDoc];
        for (var d = 0; d < _reader.MaxDoc; d++)
        {
            _caseOfDoc[d] = _reader.Document(d).GetField("n").GetInt32Value() ?? -1;
        }
    }

    /// <summary>The indexed cases.</summary>
    public IReadOnlyList<PublishedCase> Cases { get; }

    /// <summary>The nearest cases of a text, best first.</summary>
    /// <param name="text">A provision.</param>
    /// <param name="count">How many.</param>
    /// <param name="excludeGroup">A source whose cases are skipped (leave-source-out evaluation); none when null.</param>
    /// <returns>Each case with its BM25 score and its word-set cosine similarity to the text.</returns>
    public IReadOnlyList<CaseHit> Search(string text, int count, string? excludeGroup = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (query, words) = Query(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        if (query is null)
        {
            return [];
        }

        var top = _searcher.Search(query, excludeGroup is null ? count : count + 64);
        var hits = new List<CaseHit>(count);
        foreach (var hit in top.ScoreDocs)
        {
            var n = _caseOfDoc[hit.Doc];
            if (n < 0 || (excludeGroup is not null && Cases[n].Group == excludeGroup))
            {
                continue;
            }

            hits.Add(new CaseHit(Cases[n], hit.Score, Cosine(words, _words[n])));
            if (hits.Count == count)
            {
                break;
            }
        }

        return hits;
    }

    /// <summary>The nearest case of a text as a finding carries it, with the vote of the <see cref="VoteCount"/> nearest.</summary>
    /// <param name="text">A provision.</param>
    /// <param name="excludeGroup">A source whose cases are skipped; none when null.</param>
    /// <returns>The nearest case, or null when no case shares a word with the text.</returns>
    public NearestCase? Nearest(string text, string? excludeGroup = null)
    {
        var hits = Search(text, VoteCount, excludeGroup);
        if (hits.Count == 0)
        {
            return null;
        }

        // The vote: each of the nearest cases weighs its similarity; the share of the heaviest label is the signal.
        var total = hits.Sum(h => h.Similarity);
        var vote = hits.GroupBy(h => h.Case.Category, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Weight: g.Sum(h => h.Similarity)))
            .OrderByDescending(v => v.Weight).ThenBy(v => v.Label, StringComparer.Ordinal).First();
        var best = hits[0];
        var c = best.Case;
        return new NearestCase(c.Id, c.Bulletin, c.Issuer, c.Date, c.Title, c.TypeName, best.Similarity)
        {
            Category = c.Category,
            VoteLabel = vote.Label,
            // Scaled by the best similarity, so that three far cases agreeing do not count as a near precedent.
            VoteShare = total <= 0 ? 0 : vote.Weight / total * Math.Min(1, best.Similarity / SimilarityScale),
            Verbatim = c.Verbatim,
        };
    }

    /// <summary>The word-set cosine from which a nearest case counts as fully near in the vote.</summary>
    public const double SimilarityScale = 0.3;

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = _analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    /// <summary>
    /// The BM25 query of a text: one clause per distinct word, boosted by how often the word occurs. Under BM25 (whose
    /// coordination factor and query norm are 1) this scores exactly as a Boolean query with one clause per occurrence,
    /// while the text is segmented once and no token states are cached, which halves what a look-up allocates.
    /// </summary>
    private (Query? Query, HashSet<string> Words) Query(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        using (var stream = _analyzer.GetTokenStream(Field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var word = term.ToString();
                if (counts.TryGetValue(word, out var n))
                {
                    counts[word] = n + 1;
                }
                else
                {
                    counts[word] = 1;
                    order.Add(word);
                }
            }

            stream.End();
        }

        var words = new HashSet<string>(order, StringComparer.Ordinal);
        switch (order.Count)
        {
            case 0:
                return (null, words);
            case 1:
                return (Clause(order[0], counts[order[0]]), words);
        }

        var query = new BooleanQuery();
        foreach (var word in order)
        {
            query.Add(Clause(word, counts[word]), Occur.SHOULD);
        }

        return (query, words);
    }

    private static TermQuery Clause(string word, int count) => new(new Term(Field, word)) { Boost = count };

    private static double Cosine(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return common / Math.Sqrt((double)a.Count * b.Count);
    }
}

/// <summary>One case found for a text.</summary>
/// <param name="Case">The case.</param>
/// <param name="Score">Its BM25 score.</param>
/// <param name="Similarity">The cosine of the text's and the case's word sets.</param>
public sealed record CaseHit(PublishedCase Case, float Score, double Similarity);
