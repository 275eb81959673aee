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

    /// <summary>The words of a text as (start, length) in the text's characters, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The word spans; punctuation and spaces are not words.</returns>
    public static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        using var stream = Analyzer.Value.GetTokenStream("text", text);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            if (end > start)
            {
                words.Add((start, end - start));
            }
        }

        stream.End();
        return words;
    }
}
