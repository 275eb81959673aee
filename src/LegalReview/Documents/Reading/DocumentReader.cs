using LegalReview.Documents.Structure;

namespace LegalReview.Documents.Reading;

/// <summary>
/// Reads a draft into a <see cref="NormativeDocument"/>, choosing the format from the content (not the file name):
/// .docx packages, plain text, and clear <see cref="DocumentReadException"/>s for everything else (legacy .doc,
/// encrypted files, corrupt packages, zip bombs, empty files, files over the size limit).
/// </summary>
/// <remarks>Thread-safe; one instance can serve a whole batch.</remarks>
public sealed class DocumentReader
{
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> EmptyZipSignature => [0x50, 0x4B, 0x05, 0x06];

    /// <summary>Creates a reader with the given limits.</summary>
    /// <param name="options">The limits; null for the defaults.</param>
    public DocumentReader(DocumentReaderOptions? options = null)
    {
        Options = options ?? DocumentReaderOptions.Default;
    }

    /// <summary>The limits in force.</summary>
    public DocumentReaderOptions Options { get; }

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read; the exception names the file and the cause.</exception>
    public async Task<NormativeDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(name, DocumentReadError.IoError, "文件不存在");
            }

            CheckSize(name, info.Length);
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(name, DocumentReadError.IoError, ex.Message, ex);
        }

        return Read(bytes, name, Path.GetExtension(path), cancellationToken);
    }

    /// <summary>Reads a document from a stream.</summary>
    /// <param name="stream">The content; read to its end, not disposed.</param>
    /// <param name="name">The file name to report (its extension helps tell a damaged .docx from text).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The content cannot be read.</exception>
    public async Task<NormativeDocument> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        if (stream.CanSeek)
        {
            CheckSize(name, stream.Length - stream.Position);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        try
        {
            while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, n);
                CheckSize(name, buffer.Length);
            }
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(name, DocumentReadError.IoError, ex.Message, ex);
        }

        return Read(buffer.ToArray(), name, Path.GetExtension(name), cancellationToken);
    }

    /// <summary>Reads a document held in memory.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="name">The file name to report.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The content cannot be read.</exception>
    public NormativeDocument Read(byte[] content, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        return Read(content, name, Path.GetExtension(name), cancellationToken);
    }

    /// <summary>Builds a document from text already in memory (one paragraph per line).</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The name to report.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The text is empty.</exception>
    public NormativeDocument ReadText(string text, string name = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.All(l => l.Trim().Length == 0))
        {
            throw new DocumentReadException(name, DocumentReadError.NoBodyText);
        }

        var raw = lines.Select((l, i) => new RawParagraph(l, SourcePartKind.Body, i)).ToList();
        return DocumentStructureParser.Build(name, SourceFormat.PlainText, raw, new DocumentProperties(), []);
    }

    private NormativeDocument Read(byte[] bytes, string name, string extension, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(name, DocumentReadError.EmptyFile);
        }

        CheckSize(name, bytes.Length);
        var head = bytes.AsSpan();
        if (head.StartsWith(OleSignature))
        {
            throw new DocumentReadException(name, ClassifyOle(bytes));
        }

        if (head.StartsWith(ZipSignature) || head.StartsWith(EmptyZipSignature))
        {
            using var ms = new MemoryStream(bytes, writable: false);
            return DocxReader.Read(ms, name, Options, cancellationToken);
        }

        var ext = extension.ToLowerInvariant();
        if (ext is ".docx" or ".docm" or ".dotx" or ".dotm" or ".wps")
        {
            throw new DocumentReadException(name, head.StartsWith("{\\rtf"u8) ? DocumentReadError.UnsupportedFormat : DocumentReadError.NotAPackage,
                head.StartsWith("{\\rtf"u8) ? "内容是 RTF 格式" : null);
        }

        if (head.StartsWith("%PDF"u8))
        {
            return PdfTextReader.Read(bytes, name, Options, cancellationToken);
        }

        return PlainTextReader.Read(bytes, name, Options);
    }

    private void CheckSize(string name, long length)
    {
        if (length > Options.MaxFileBytes)
        {
            throw new DocumentReadException(name, DocumentReadError.FileTooLarge, $"{length:N0} 字节，上限 {Options.MaxFileBytes:N0} 字节");
        }
    }

    /// <summary>Tells an encrypted OOXML package from a legacy .doc by the stream names in the OLE directory.</summary>
    private static DocumentReadError ClassifyOle(byte[] bytes)
    {
        static bool HasName(byte[] b, string s)
        {
            var pattern = System.Text.Encoding.Unicode.GetBytes(s);
            return b.AsSpan().IndexOf(pattern) >= 0;
        }

        if (HasName(bytes, "EncryptedPackage") || HasName(bytes, "EncryptionInfo"))
        {
            return DocumentReadError.Encrypted;
        }

        return HasName(bytes, "WordDocument") ? DocumentReadError.LegacyWordDocument : DocumentReadError.UnsupportedFormat;
    }
}
