using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegalReview.SampleHost.Api;

/// <summary>
/// Bounds the findings of one JSON answer: a result with more than the limit keeps a page of its findings and gains a
/// <c>paging</c> object (total, offset, count and a Chinese note on fetching the rest with <c>offset</c>). A result
/// within the limit is returned byte for byte as it is.
/// </summary>
public static class FindingPaging
{
    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Slice(string json, int? offset, int? limit, int max)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        if (node["findings"] is not JsonArray findings)
        {
            return json;
        }

        var total = findings.Count;
        var take = Math.Clamp(limit ?? max, 1, Math.Max(1, max));
        var skip = Math.Clamp(offset ?? 0, 0, total);
        if (skip == 0 && total <= take)
        {
            return json;
        }

        var kept = new JsonArray([.. findings.Skip(skip).Take(take).Select(f => f?.DeepClone())]);
        node["findings"] = kept;
        node["paging"] = new JsonObject
        {
            ["total"] = total,
            ["offset"] = skip,
            ["count"] = kept.Count,
            ["note"] = kept.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"审查发现共 {total} 项，offset 已超出范围。")
                : string.Create(CultureInfo.InvariantCulture, $"审查发现共 {total} 项，本次返回第 {skip + 1}–{skip + kept.Count} 项；其余请以 offset 参数分页取得（每次至多 {take} 项）。"),
        };
        return node.ToJsonString(Output);
    }
}
