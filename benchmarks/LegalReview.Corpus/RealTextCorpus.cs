using System.Globalization;
using System.Text;

namespace LegalReview.Corpus;

/// <summary>
/// Writes N drafts made from real documents (plain-text files, one paragraph per line, such as the 55 State Council
/// documents in shared/data/documents/state-council): document <c>i mod count</c>, as .docx (every second one with its
/// text split over many runs), with a numbered closing line so that no two drafts are equal.
/// </summary>
public sealed class RealTextCorpus
{
    private readonly IReadOnlyList<(string Name, string[] Lines)> _documents;

    /// <summary>Loads the real documents.</summary>
    /// <param name="sourceFolder">A folder of UTF-8 .txt documents.</param>
    public RealTextCorpus(string sourceFolder)
    {
        _documents = Directory.GetFiles(sourceFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllLines(f, Encoding.UTF8)))
            .Where(d => d.Item2.Any(l => l.Trim().Length > 0))
            .ToList();
        if (_documents.Count == 0)
        {
            throw new InvalidOperationException($"no .txt document in {sourceFolder}");
        }
    }

    /// <summary>How many distinct documents the corpus cycles through.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>Writes <paramref name="count"/> drafts into a folder.</summary>
    /// <param name="count">How many.</param>
    /// <param name="folder">The destination.</param>
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> Write(int count, string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            paths.Add(DraftDocxWriter.WriteFile(DraftSource.Parse($"real-{i:D5}", Next(i)), folder));
        }

        return paths;
    }

    /// <summary>The text source of draft <paramref name="index"/>.</summary>
    /// <param name="index">Its index.</param>
    /// <returns>The source text: directives, the document's lines, then the numbered line.</returns>
    public string Next(int index)
    {
        var (_, lines) = _documents[index % _documents.Count];
        var sb = new StringBuilder();
        sb.AppendLine("%app: Microsoft Office Word");
        sb.AppendLine(index % 2 == 0 ? "%runs: split" : "%runs: plain");
        foreach (var line in lines)
        {
            // A line that began with one of the writer's markup characters would become a directive, a table row or
            // a numbered paragraph; the real documents have none, and a source that had one is refused, not altered.
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] is '%' or '|' or '#')
            {
                throw new InvalidOperationException($"line starts with a markup character: {trimmed}");
            }

            sb.AppendLine(trimmed);
        }

        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"（测试副本第{index + 1}份）"));
        return sb.ToString();
    }
}
