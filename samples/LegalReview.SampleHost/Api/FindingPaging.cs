using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegalReview.SampleHost.Api;

/// <summary>
/// Bounds the findings of one JSON answer: a result with more than the limit keeps a page of them and gains a
/// <c>paging</c> object (total, offset, count, the totals of <c>findings</c> and <c>hints</c>, and a Chinese note on
/// fetching the rest with <c>offset</c>). The pages run through the rules' <c>findings</c> first and then the model's
/// <c>hints</c> (schema 1.2), each page keeping its items in the array they came from; a result from before 1.2 has
/// no <c>hints</c> and is paged through <c>findings</c> alone. A result within the limit is returned byte for byte.
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

        var hints = node["hints"] as JsonArray;
        var hintCount = hints?.Count ?? 0;
        var total = findings.Count + hintCount;
        var take = Math.Clamp(limit ?? max, 1, Math.Max(1, max));
        var skip = Math.Clamp(offset ?? 0, 0, total);
        if (skip == 0 && total <= take)
        {
            return json;
        }

        var keptFindings = new JsonArray([.. findings.Skip(skip).Take(take).Select(f => f?.DeepClone())]);
        node["findings"] = keptFindings;
        var count = keptFindings.Count;
        if (hints is not null)
        {
            var keptHints = new JsonArray([.. hints.Skip(Math.Max(0, skip - findings.Count)).Take(take - keptFindings.Count).Select(f => f?.DeepClone())]);
            node["hints"] = keptHints;
            count += keptHints.Count;
        }

        var of = hints is null
            ? string.Create(CultureInfo.InvariantCulture, $"审查发现共 {total} 项")
            : string.Create(CultureInfo.InvariantCulture, $"审查发现 {findings.Count} 项、模型提示 {hintCount} 项，共 {total} 项（先审查发现，后模型提示）");
        node["paging"] = new JsonObject
        {
            ["total"] = total,
            ["offset"] = skip,
            ["count"] = count,
            ["findings"] = findings.Count,
            ["hints"] = hintCount,
            ["note"] = count == 0
                ? $"{of}，offset 已超出范围。"
                : string.Create(CultureInfo.InvariantCulture, $"{of}，本次返回第 {skip + 1}–{skip + count} 项；其余请以 offset 参数分页取得（每次至多 {take} 项）。"),
        };
        return node.ToJsonString(Output);
    }
}
