namespace LegalReview.Tests.Support;

/// <summary>Locates the repository (the folder holding LegalReview.sln) and the shared folder beside it.</summary>
internal static class RepoPaths
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

        throw new InvalidOperationException("LegalReview.sln not found above the test directory");
    });

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Drafts => Path.Combine(Root, "seeds", "drafts");

    /// <summary>The shared folder (../shared), or null when this checkout has none.</summary>
    public static string? Shared
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }
}
