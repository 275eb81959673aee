namespace LegalReview.Analyzers.Tests.Support;

/// <summary>Locates files of this repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LegalReview.sln not found above " + TestContext.CurrentContext.TestDirectory);
    });

    /// <summary>The folder that holds LegalReview.sln.</summary>
    internal static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    /// <param name="parts">Path segments.</param>
    /// <returns>The full path.</returns>
    internal static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
