using LegalReview.Generation.Reports;
using LegalReview.Review;

namespace LegalReview.Generation.Tests.Support;

/// <summary>
/// A batch generated one document at a time, each document's findings made only as they are enumerated, that
/// records how it is consumed: how many times it was enumerated, and the most documents handed out at once whose
/// findings had not yet been read through (one for a writer that streams; the whole batch for one that lists it).
/// </summary>
internal sealed class LazyBatch(int documents, int findingsPerDocument, int unreadableEvery = 0) : IEnumerable<BatchDocument>
{
    private static readonly string[] RuleIds = ["LR6003", "LR2010", "LR9001", "LR1001", "LR4001", "LR2004", "LR5001", "LR9000"];

    private int _pending;

    /// <summary>How many times the batch was enumerated.</summary>
    public int Enumerations { get; private set; }

    /// <summary>Documents handed out.</summary>
    public int Yielded { get; private set; }

    /// <summary>The most reviewed documents handed out at once whose findings had not been read through.</summary>
    public int MaxPending { get; private set; }

    /// <summary>Findings made.</summary>
    public int FindingsMade { get; private set; }

    /// <summary>Called with each document's index as it is handed out.</summary>
    public Action<int>? OnYield { get; init; }

    /// <summary>The file name of document <paramref name="d"/>.</summary>
    public static string FileOf(int d) => $"drafts/第{d:D5}号办法（送审稿）.docx";

    /// <summary>The finding <paramref name="i"/> of document <paramref name="d"/>.</summary>
    public static Finding FindingOf(int d, int i)
    {
        var k = (d * 31) + i;
        return new Finding
        {
            RuleId = RuleIds[k % RuleIds.Length],
            Title = "违法设定保证金",
            Category = (RuleCategory)(k % 11),
            Severity = (FindingSeverity)(k % 3),
            Location = new FindingLocation($"第{i + 1}条", $"第一章 第{i + 1}条", i * 40, 12, i),
            Quote = $"经营者应当缴纳{k}元履约保证金",
            Message = "规范性文件不得违法要求经营者缴纳或者变相缴纳保证金",
            LegalBasis = ["《优化营商环境条例》第二十五条"],
            Suggestion = "删除缴纳保证金的要求",
            Suppression = k % 9 == 4 ? new Suppression("林律师", "经核实系依上位法设定", "external") : null,
        };
    }

    public IEnumerator<BatchDocument> GetEnumerator()
    {
        Enumerations++;
        for (var d = 0; d < documents; d++)
        {
            Yielded++;
            OnYield?.Invoke(d);
            if (unreadableEvery > 0 && d % unreadableEvery == unreadableEvery - 1)
            {
                yield return new BatchDocument(FileOf(d), null, "文件已损坏，无法解析");
                continue;
            }

            _pending++;
            MaxPending = Math.Max(MaxPending, _pending);
            yield return BatchDocument.Recorded(FileOf(d), $"第{d}号办法", d % 2 == 0 ? $"晋市监〔2024〕{d}号" : null, new LazyFindings(this, d, findingsPerDocument));
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A document's findings, made as they are enumerated; read through, the document is no longer pending.</summary>
    private sealed class LazyFindings(LazyBatch batch, int document, int count) : IReadOnlyList<Finding>
    {
        private bool _consumed;

        public int Count => count;

        public Finding this[int index] => FindingOf(document, index);

        public IEnumerator<Finding> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                batch.FindingsMade++;
                yield return FindingOf(document, i);
            }

            if (!_consumed)
            {
                _consumed = true;
                batch._pending--;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
