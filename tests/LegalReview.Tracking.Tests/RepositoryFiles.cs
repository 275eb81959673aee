namespace LegalReview.Tracking.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("LegalReview.sln not found above the test folder.");
        }
    }

    public static string Seed2024 => Path.Combine(Root, "seeds", "tracking", "2024.json");
}
