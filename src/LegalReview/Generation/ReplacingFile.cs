namespace LegalReview.Generation;

/// <summary>
/// Writes a generated file beside its destination and moves it into place only when complete, so that a failed or
/// cancelled write leaves neither a half-written report nor its temporary file, and an existing report stays intact.
/// </summary>
internal static class ReplacingFile
{
    /// <summary>Streams <paramref name="write"/>'s output to <paramref name="path"/>, replacing the file at the end.</summary>
    /// <param name="path">The destination (overwritten).</param>
    /// <param name="write">Writes the content; it may throw, including <see cref="OperationCanceledException"/>.</param>
    /// <param name="cancellationToken">Cancels the final flush.</param>
    /// <returns>A task.</returns>
    public static async Task WriteAsync(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                write(stream);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
