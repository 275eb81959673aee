using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LegalReview.Documents;

namespace LegalReview.Classifier;

/// <summary>
/// The fixed split of a corpus into training and test rows. Rows are grouped so that near-duplicates always fall on
/// the same side: two rows are near-duplicates when their skeletons (normalised text without digits, Chinese
/// numerals, punctuation and place words) are equal, or when the character 5-gram Jaccard similarity of their
/// skeletons is at least <see cref="JaccardThreshold"/>. A group goes to the test side when the first byte of the
/// SHA-256 of its smallest skeleton is below 256 × <see cref="TestShare"/>, so the split does not depend on row
/// order, on the file a row sits in, or on the machine.
/// </summary>
public static partial class CorpusSplit
{
    /// <summary>The Jaccard similarity of character 5-grams from which two rows are near-duplicates.</summary>
    public const double JaccardThreshold = 0.8;

    /// <summary>The share of groups that go to the test side.</summary>
    public const double TestShare = 0.2;

    /// <summary>Splits rows into training and test sides.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>For each row, in order, whether it belongs to the test side.</returns>
    public static bool[] AssignTest(IReadOnlyList<LabelledProvision> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var skeletons = rows.Select(r => Skeleton(r.Text)).ToArray();
        var grams = skeletons.Select(Grams).ToArray();
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        var bySkeleton = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (bySkeleton.TryGetValue(skeletons[i], out var first))
            {
                Union(parent, i, first);
            }
            else
            {
                bySkeleton[skeletons[i]] = i;
            }
        }

        // Comparing sorted gram sets pair by pair is quadratic, but on a few thousand rows it takes a second or two;
        // the size filter skips pairs whose Jaccard cannot reach the threshold.
        var order = Enumerable.Range(0, rows.Count).OrderBy(i => grams[i].Length).ToArray();
        for (var a = 0; a < order.Length; a++)
        {
            var i = order[a];
            for (var b = a + 1; b < order.Length; b++)
            {
                var j = order[b];
                if (grams[i].Length < JaccardThreshold * grams[j].Length)
                {
                    break;
                }

                if (Find(parent, i) != Find(parent, j) && Jaccard(grams[i], grams[j]) >= JaccardThreshold)
                {
                    Union(parent, i, j);
                }
            }
        }

        var groupKey = new Dictionary<int, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var root = Find(parent, i);
            if (!groupKey.TryGetValue(root, out var key) || string.CompareOrdinal(skeletons[i], key) < 0)
            {
                groupKey[root] = skeletons[i];
            }
        }

        var testGroups = groupKey.ToDictionary(kv => kv.Key, kv => IsTestKey(kv.Value));
        return Enumerable.Range(0, rows.Count).Select(i => testGroups[Find(parent, i)]).ToArray();
    }

    /// <summary>Whether two texts are near-duplicates in the sense of this split.</summary>
    /// <param name="a">A text.</param>
    /// <param name="b">Another text.</param>
    /// <returns>True when their skeletons are equal or their 5-gram Jaccard similarity reaches the threshold.</returns>
    public static bool AreNearDuplicates(string a, string b)
    {
        var sa = Skeleton(a);
        var sb = Skeleton(b);
        return sa == sb || Jaccard(Grams(sa), Grams(sb)) >= JaccardThreshold;
    }

    /// <summary>
    /// The text reduced to what distinguishes its wording: full-width folded, without whitespace, punctuation, symbols,
    /// digits, Chinese numerals and place words (本县, 全市, XX县境内 …).
    /// </summary>
    /// <param name="text">A provision text.</param>
    /// <returns>The skeleton.</returns>
    public static string Skeleton(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = PlaceWords().Replace(TextNormalizer.Normalize(text), string.Empty);
        var sb = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsDigit(c) || "零〇一二三四五六七八九十百千万亿两".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The character 5-gram Jaccard similarity of two skeletons.</summary>
    /// <param name="a">A skeleton.</param>
    /// <param name="b">Another skeleton.</param>
    /// <returns>From 0 to 1.</returns>
    public static double Jaccard(string a, string b) => Jaccard(Grams(a), Grams(b));

    private static bool IsTestKey(string skeleton) => SHA256.HashData(Encoding.UTF8.GetBytes(skeleton))[0] < 256 * TestShare;

    private static int[] Grams(string skeleton)
    {
        if (skeleton.Length < 5)
        {
            return [StableHash(skeleton)];
        }

        var set = new HashSet<int>();
        for (var i = 0; i + 5 <= skeleton.Length; i++)
        {
            set.Add(StableHash(skeleton.AsSpan(i, 5)));
        }

        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    private static int StableHash(ReadOnlySpan<char> s)
    {
        // FNV-1a: string.GetHashCode is randomised per process, and the split must not depend on the process.
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)h;
    }

    private static double Jaccard(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = a.Length + b.Length - common;
        return union == 0 ? 1 : (double)common / union;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    [GeneratedRegex(@"(?:本|全|我)(?:县|市|区|镇|乡|街道)(?:行政区域内|辖区内?|境内|范围内)?|县域内?|城区|[\u4e00-\u9fff]{2}(?:县|市)(?=人民政府|境内|辖区|以外|内|的|特定)")]
    private static partial Regex PlaceWords();
}
