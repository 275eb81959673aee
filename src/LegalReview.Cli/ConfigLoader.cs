using Microsoft.Extensions.Configuration;

namespace LegalReview.Cli;

/// <summary>
/// Finds and binds <c>legalreview.json</c>: the file given with <c>--config</c>, else one next to the input,
/// else one in the current directory. Same shape as the <c>LegalReview</c> section of a host's appsettings.json.
/// </summary>
internal static class ConfigLoader
{
    public const string FileName = "legalreview.json";

    public static (LegalReviewOptions Options, string? Path) Load(string? explicitPath, string? inputPath)
    {
        var path = explicitPath;
        if (path is null)
        {
            var candidates = new List<string>();
            if (inputPath is not null)
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(inputPath));
                if (dir is not null)
                {
                    candidates.Add(Path.Combine(dir, FileName));
                }
            }

            candidates.Add(Path.Combine(Directory.GetCurrentDirectory(), FileName));
            path = candidates.FirstOrDefault(File.Exists);
        }
        else if (!File.Exists(path))
        {
            throw new FileNotFoundException($"找不到配置文件“{path}”。", path);
        }

        var options = new LegalReviewOptions();
        if (path is not null)
        {
            var config = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path), optional: false, reloadOnChange: false).Build();
            var section = config.GetSection(LegalReviewOptions.SectionName);
            (section.Exists() ? section : (IConfiguration)config).Bind(options);
        }

        return (options, path);
    }
}
