using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegalReview.Tracking;

/// <summary>
/// Reads and writes a <see cref="TrackingSnapshot"/> in the JSON format of docs/tracking-format.md: camelCase names,
/// enum members as camelCase codes, dates as yyyy-MM-dd, timestamps as ISO 8601 in UTC, Chinese unescaped.
/// </summary>
public static class TrackingJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Writes a snapshot as JSON text.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Serialize(TrackingSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options) + "\n";

    /// <summary>Reads a snapshot from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="TrackingException">The text is not a valid snapshot; the message says where.</exception>
    public static TrackingSnapshot Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TrackingSnapshot>(json, Options) ?? throw new TrackingException("导入文件为空。");
        }
        catch (JsonException ex)
        {
            throw new TrackingException($"导入文件格式错误（{ex.Path}，第{ex.LineNumber + 1}行）：{ex.Message}", ex);
        }
    }

    /// <summary>Writes a snapshot to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>A task.</returns>
    public static async Task WriteAsync(Stream stream, TrackingSnapshot snapshot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Serialize(snapshot));
        await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
    }

    /// <summary>Reads a snapshot from a UTF-8 JSON stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The snapshot.</returns>
    public static async Task<TrackingSnapshot> ReadAsync(Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Deserialize(await reader.ReadToEndAsync(ct).ConfigureAwait(false));
    }
}
