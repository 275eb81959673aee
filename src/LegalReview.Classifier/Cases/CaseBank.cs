using System.Text;
using System.Text.Json;

namespace LegalReview.Classifier.Cases;

/// <summary>The case bank embedded in this package: real published problem provisions with their provenance.</summary>
public static class CaseBank
{
    /// <summary>The manifest name of the embedded case bank.</summary>
    public const string EmbeddedName = "LegalReview.Classifier.Cases.case-bank.jsonl";

    private static readonly Lazy<IReadOnlyList<PublishedCase>> Embedded = new(() =>
    {
        using var stream = typeof(CaseBank).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"程序集中没有内嵌的案例库 {EmbeddedName}。");
        return Read(stream);
    });

    /// <summary>The embedded cases, in file order.</summary>
    public static IReadOnlyList<PublishedCase> Cases => Embedded.Value;

    /// <summary>Reads a case bank in the JSONL format of <c>seeds/cases/case-bank.jsonl</c>.</summary>
    /// <param name="stream">The JSONL.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="InvalidDataException">A line lacks a text or a category.</exception>
    public static IReadOnlyList<PublishedCase> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var cases = new List<PublishedCase>();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var o = json.RootElement;
            string S(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
            var text = S("text");
            var category = S("category");
            if (text.Length == 0 || category.Length == 0)
            {
                throw new InvalidDataException("案例库中有缺少 text 或 category 的行。");
            }

            cases.Add(new PublishedCase(S("id"), text, category, S("type"), S("type_name"), S("bulletin"), S("issuer"), S("date"), S("title"), S("group"),
                !o.TryGetProperty("verbatim", out var verbatim) || verbatim.ValueKind != JsonValueKind.False));
        }

        return cases;
    }
}
