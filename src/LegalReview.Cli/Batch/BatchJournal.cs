using System.Text;
using System.Text.Json;

namespace LegalReview.Cli.Batch;

/// <summary>
/// The findings file of a batch (JSON Lines, one document per line), written line by line and flushed, so that a
/// killed run leaves at most one partial last line; <c>--resume</c> drops that line and skips every content hash
/// already recorded.
/// </summary>
internal sealed class BatchJournal : IDisposable
{
    public const string FileName = "findings.jsonl";

    private readonly FileStream _stream;
    private readonly object _gate = new();

    private BatchJournal(FileStream stream, HashSet<string> done)
    {
        _stream = stream;
        Done = done;
    }

    /// <summary>Content hashes of documents already recorded (reviewed or failed).</summary>
    public HashSet<string> Done { get; }

    public static BatchJournal Open(string folder, bool resume)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (!resume || !File.Exists(path))
        {
            return new BatchJournal(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read), done);
        }

        // Keep every complete line; a line cut by a kill has no newline and is dropped.
        var bytes = File.ReadAllBytes(path);
        var lastNewline = Array.LastIndexOf(bytes, (byte)'\n');
        var keep = lastNewline + 1;
        foreach (var line in Encoding.UTF8.GetString(bytes, 0, keep).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("sha256", out var h) && h.GetString() is { } hash)
                {
                    done.Add(hash);
                }
            }
            catch (JsonException)
            {
                // A damaged line is not counted as done; its document is reviewed again.
            }
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        stream.SetLength(keep);
        stream.Seek(keep, SeekOrigin.Begin);
        return new BatchJournal(stream, done);
    }

    /// <summary>Appends one complete line and flushes it.</summary>
    public void Append(byte[] utf8Line)
    {
        lock (_gate)
        {
            _stream.Write(utf8Line);
            _stream.WriteByte((byte)'\n');
            _stream.Flush();
        }
    }

    public void Dispose()
    {
        _stream.Flush(true);
        _stream.Dispose();
    }
}
