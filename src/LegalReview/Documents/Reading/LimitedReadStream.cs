namespace LegalReview.Documents.Reading;

/// <summary>
/// A read-only stream that fails with <see cref="DocumentReadError.DecompressionLimitExceeded"/> once more than a set
/// number of bytes has been read: the declared sizes in a zip directory can lie, the inflated bytes cannot.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string fileName) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > limit)
        {
            throw new DocumentReadException(fileName, DocumentReadError.DecompressionLimitExceeded, $"部件解压后超过 {limit:N0} 字节");
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
