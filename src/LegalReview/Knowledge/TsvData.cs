using System.Reflection;

namespace LegalReview.Knowledge;

/// <summary>
/// Reads the embedded tab-separated data files: '#' lines state source and date, the first other line names the
/// columns. A host can replace any file with its own copy of the same shape.
/// </summary>
internal static class TsvData
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Load(string fileName, string? overrideFolder = null)
    {
        using var reader = Open(fileName, overrideFolder);
        return Parse(reader);
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(TextReader reader)
    {
        string[]? header = null;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static TextReader Open(string fileName, string? overrideFolder)
    {
        if (overrideFolder is not null)
        {
            var path = Path.Combine(overrideFolder, fileName);
            if (File.Exists(path))
            {
                return new StreamReader(path);
            }
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("LegalReview.Knowledge.Data." + fileName)
            ?? throw new InvalidOperationException($"内置数据文件 {fileName} 缺失。");
        return new StreamReader(stream);
    }
}
