namespace LegalReview.Benchmarks;

/// <summary>Finds the seed drafts from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class SeedFiles
{
    public static string DraftsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var drafts = Path.Combine(dir.FullName, "seeds", "drafts");
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")) && Directory.Exists(drafts))
            {
                return drafts;
            }
        }

        throw new DirectoryNotFoundException("seeds/drafts not found above " + AppContext.BaseDirectory);
    }

    public static (string Name, byte[] Bytes)[] LoadDocx() =>
        Directory.GetFiles(DraftsFolder(), "*.docx").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
}
