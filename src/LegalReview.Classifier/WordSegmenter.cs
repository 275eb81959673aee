using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LegalReview.Classifier;

/// <summary>
/// Splits a text into words with SmartCn (the segmenter of the nearest-case index), so that an explanation names
/// whole words (“身份证”), not the character n-grams the model weighs (“份证”). Only texts the classifier explains
/// (those whose top label is a problem label) are segmented. Thread-safe: Lucene's analyzer keeps one token stream
/// per thread.
/// </summary>
internal static class WordSegmenter
{
    // SmartCn's dictionaries are static inside Lucene, so this analyzer shares them with the case index's.
    private static readonly Lazy<SmartChineseAnalyzer> Analyzer = new(() => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48, useDefaultStopWords: false), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// One SmartCn segmentation of a text: every token's (start, length) in the text's characters, in order, and the
    /// terms the model's word features read (<see cref="Terms"/>). An explanation needs both; one pass gives both.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The token spans, and the terms made of letters and digits.</returns>
    public static (List<(int Start, int Length)> Spans, List<string> Terms) Segment(string text)
    {
        var spans = new List<(int, int)>();
        var terms = new List<string>();
        using var stream = Analyzer.Value.GetTokenStream("text", text);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            if (end > start)
            {
                spans.Add((start, end - start));
            }

            if (term.Length > 0 && IsWord(term.Buffer.AsSpan(0, term.Length)))
            {
                terms.Add(term.ToString());
            }
        }

        stream.End();
        return (spans, terms);
    }

    /// <summary>The words of a text as (start, length) in the text's characters, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The word spans; punctuation and spaces are not words.</returns>
    public static List<(int Start, int Length)> Words(string text) => Segment(text).Spans;

    /// <summary>
    /// The words of a text as the model's word features read them: SmartCn's terms, in order, keeping only terms made
    /// of letters and digits (punctuation and spaces are not words, and no term holds the space that joins them in
    /// the training column).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms.</returns>
    public static List<string> Terms(string text) => Segment(text).Terms;

    /// <summary>The words of a text joined by spaces: the training column ML.NET's word featuriser splits on spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The joined terms.</returns>
    public static string Joined(string text) => string.Join(' ', Terms(text));

    private static bool IsWord(ReadOnlySpan<char> term)
    {
        foreach (var ch in term)
        {
            if (!char.IsLetterOrDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
