using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace LegalReview.Classifier;

/// <summary>Reads and writes labelled provisions as JSONL: one object per line with <c>text</c>, <c>category</c>, <c>source</c>, <c>note</c> and, in <c>seeds/cases/</c>, <c>group</c> and <c>origin</c>.</summary>
public static class CorpusFile
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>Reads a JSONL file. Blank lines are skipped; a line without text or label is an error.</summary>
    /// <param name="path">The file.</param>
    /// <param name="labelField">The field holding the label (default <c>category</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InvalidDataException">A line is not a JSON object with a text and a label.</exception>
    public static async Task<IReadOnlyList<LabelledProvision>> ReadAsync(string path, string labelField = "category", CancellationToken cancellationToken = default)
    {
        var rows = new List<LabelledProvision>();
        var lineNumber = 0;
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            rows.Add(Parse(line, labelField, path, lineNumber));
        }

        return rows;
    }

    /// <summary>Writes rows as JSONL (UTF-8, Chinese unescaped, LF line ends).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="writer">The destination.</param>
    public static void Write(IEnumerable<LabelledProvision> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var row in rows)
        {
            var node = new JsonObject { ["text"] = row.Text, ["category"] = row.Category, ["source"] = row.Source, ["note"] = row.Note };
            writer.Write(node.ToJsonString(WriteOptions));
            writer.Write('\n');
        }
    }

    private static string StringField(JsonObject obj, string name) =>
        obj[name]?.GetValueKind() == JsonValueKind.String ? obj[name]!.GetValue<string>() : string.Empty;

    private static LabelledProvision Parse(string line, string labelField, string path, int lineNumber)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} 第 {lineNumber} 行不是有效的 JSON：{ex.Message}", ex);
        }

        if (node is not JsonObject obj
            || obj["text"]?.GetValueKind() != JsonValueKind.String
            || obj[labelField]?.GetValueKind() != JsonValueKind.String)
        {
            throw new InvalidDataException($"{path} 第 {lineNumber} 行缺少字符串字段 text 或 {labelField}。");
        }

        return new LabelledProvision(
            obj["text"]!.GetValue<string>(),
            obj[labelField]!.GetValue<string>().Trim().ToLowerInvariant(),
            obj["source"]?.GetValueKind() == JsonValueKind.String ? obj["source"]!.GetValue<string>() : string.Empty,
            obj["note"]?.GetValueKind() == JsonValueKind.String ? obj["note"]!.GetValue<string>() : string.Empty)
        {
            Group = StringField(obj, "group"),
            Origin = StringField(obj, "origin"),
            Type = StringField(obj, "type"),
            RuleSplit = StringField(obj, "rule_split"),
        };
    }
}
