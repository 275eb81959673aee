namespace LegalReview.Testing;

/// <summary>
/// A fresh folder with a unique name under the system's temporary folder, owned by one test or fixture and deleted
/// with everything in it when disposed. Tests never share a temporary folder, never rely on one an earlier test or
/// run created, and leave nothing behind. Linked into each test project from tests/Shared.
/// </summary>
internal sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    /// <param name="prefix">The start of the folder's name, to tell whose it is when a run is inspected.</param>
    public TempDirectory(string prefix = "lr-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    /// <param name="parts">The relative path's parts.</param>
    /// <returns>The full path (nothing is created).</returns>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Deletes the folder and its contents; a folder already gone is fine.</summary>
    public void Dispose()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // A file may still be held for a moment by a process or connection pool the test just closed.
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
