using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Integration;

/// <summary>
/// Builds a copy of the custom-rule sample into which the usual mistakes of a rule author have been written, the way
/// a bureau developer's build would run, and checks that the analyzers stop it with the matching LRA diagnostics.
/// </summary>
[TestFixture]
[Category("Integration")]
public sealed class CustomRuleSampleBuildTests
{
    private const string SampleName = "LegalReview.Samples.CustomRule";
    private const string RuleFile = "Rules/LR9001JinjiangNormativeSeries.cs";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    [Test]
    public async Task FaultyCopyOfTheSample_IsStoppedByTheAnalyzers()
    {
        var work = Directory.CreateTempSubdirectory("lra-sample-");
        try
        {
            var project = PrepareFaultyCopy(work.FullName);

            var (exitCode, output) = await BuildAsync(project);

            Assert.That(exitCode, Is.Not.Zero, "the faulty rule must not build:\n" + output);
            var ruleFile = Path.Combine(Path.GetDirectoryName(project)!, "Rules", "LR9001JinjiangNormativeSeries.cs");
            foreach (var id in new[] { RuleIdentifiers.RuleNotSealed, RuleIdentifiers.LegalBasisMissing, RuleIdentifiers.RegexConstructedPerCall, RuleIdentifiers.BlockingCallInRule })
            {
                Assert.That(output, Does.Match($@"{Regex.Escape(ruleFile)}\(\d+,\d+\): (error|warning) {id}:"), $"{id} missing from the build output:\n{output}");
            }

            Assert.That(output, Does.Not.Match(@"error CS\d{4}"), "the injected faults must compile; only the analyzers may object:\n" + output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string PrepareFaultyCopy(string root)
    {
        var source = RepositoryPaths.Combine("samples", SampleName);
        var target = Path.Combine(root, SampleName);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        // The copy lives outside the repository: it takes the repository's build settings and points at its projects.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), $"""<Project><Import Project="{RepositoryPaths.Combine("Directory.Build.props")}" /></Project>""");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), $"""<Project><Import Project="{RepositoryPaths.Combine("Directory.Packages.props")}" /></Project>""");
        var project = Path.Combine(target, SampleName + ".csproj");
        var srcFolder = RepositoryPaths.Combine("src") + Path.DirectorySeparatorChar;
        Rewrite(project, (@"..\..\src\", srcFolder.Replace('/', '\\')));

        Rewrite(
            Path.Combine(target, RuleFile),
            ("using LegalReview.Review;", "using System.Text.RegularExpressions;\nusing LegalReview.Review;"),
            ("public sealed class LR9001JinjiangNormativeSeries", "public class LR9001JinjiangNormativeSeries"),
            ("[LegalBasis(\"《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）\", Verified = false)]\n", string.Empty),
            ("        var doc = context.Document;\n", "        var doc = context.Document;\n        var seriesPattern = new Regex(\"^晋政(?:办)?规$\");\n        Thread.Sleep(10);\n"),
            ("expected.Contains(number.AgencyCode, StringComparer.Ordinal)", "seriesPattern.IsMatch(number.AgencyCode)"));
        return project;
    }

    private static void Rewrite(string path, params (string From, string To)[] replacements)
    {
        var text = File.ReadAllText(path);
        foreach (var (from, to) in replacements)
        {
            Assert.That(text, Does.Contain(from), $"{Path.GetFileName(path)} no longer contains the text the fault is written over: {from}");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(path, text);
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(string project)
    {
        // bin/<Configuration>/net10.0: build the copy against the library and analyzers this test run already built.
        var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", project, "-c", configuration, "-p:BuildProjectReferences=false", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(BuildTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build of the sample copy took longer than {BuildTimeout}.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
