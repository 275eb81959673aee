using System.IO.Compression;
using System.Xml.Linq;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Packaging;

/// <summary>
/// Packs the LegalReview package and uses it the way an integrator does: a throwaway console project, outside the
/// repository, that knows the library only through a PackageReference. One pack, one restore, one run.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageConsumptionTests
{
    // A host and a bureau rule, written against the public API only: the package must be enough for both.
    private const string ConsumerProgram = """
        using LegalReview;
        using LegalReview.Review;
        using Microsoft.Extensions.DependencyInjection;

        var services = new ServiceCollection();
        services.AddLegalReview(o => o.Review.Profile = "fujian");
        services.AddReviewRule<TitleNamesIssuer>();
        using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<ILegalReviewService>().ReviewFileAsync(args[0]);
        Console.WriteLine("TITLE " + result.Document.Title);
        Console.WriteLine("PROFILE " + result.Profile.Name);
        foreach (var id in result.ActiveFindings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine("RULE " + id);
        }

        [ReviewRule("LR9201", RuleCategory.Form, FindingSeverity.Info, "标题载明发文机关")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class TitleNamesIssuer : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                if (context.Document.TitleSpan is { } title && context.Document.Issuers.Any(i => context.Document.Title.StartsWith(i, StringComparison.Ordinal)))
                {
                    context.Report(title, "标题载明了发文机关。");
                }
            }
        }
        """;

    [Test]
    public async Task PackedLibrary_ReviewsASeedDraftInAConsumerProject()
    {
        var work = Path.Combine(Path.GetTempPath(), "lr-pack-" + Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(work, "feed");
        var consumer = Path.Combine(work, "consumer");
        Directory.CreateDirectory(consumer);
        try
        {
            var (packCode, packOut, packErr) = await ProcessRunner.RunAsync(
                "dotnet",
                ["pack", Path.Combine(RepoPaths.Root, "src", "LegalReview", "LegalReview.csproj"), "-c", "Release", "-o", feed],
                RepoPaths.Root,
                TimeSpan.FromMinutes(12));
            Assert.That(packCode, Is.Zero, packOut + packErr);

            var version = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
            var nupkg = Path.Combine(feed, $"LegalReview.{version}.nupkg");
            Assert.That(File.Exists(nupkg), Is.True, string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName)));
            Assert.That(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), Is.True, "symbols package");
            AssertPackageContents(nupkg);

            // Tracking is its own package over the library: the library neither ships it nor needs SQLite.
            var (trackingCode, trackingOut, trackingErr) = await ProcessRunner.RunAsync(
                "dotnet",
                ["pack", Path.Combine(RepoPaths.Root, "src", "LegalReview.Tracking", "LegalReview.Tracking.csproj"), "-c", "Release", "-o", feed],
                RepoPaths.Root,
                TimeSpan.FromMinutes(12));
            Assert.That(trackingCode, Is.Zero, trackingOut + trackingErr);
            AssertTrackingPackage(Path.Combine(feed, $"LegalReview.Tracking.{version}.nupkg"));

            await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="LegalReview" Version="{version}" />
                    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerProgram);

            // The package comes from the fresh feed only (source mapping), into a private packages folder, so that a
            // LegalReview of the same version cached by an earlier run or published elsewhere can never stand in for it.
            await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" />
                  </config>
                  <packageSources>
                    <add key="legalreview-local" value="{feed}" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="legalreview-local">
                      <package pattern="LegalReview" />
                    </packageSource>
                    <packageSource key="nuget.org">
                      <package pattern="*" />
                    </packageSource>
                  </packageSourceMapping>
                </configuration>
                """);

            var (restoreCode, restoreOut, restoreErr) = await ProcessRunner.RunAsync("dotnet", ["restore"], consumer, TimeSpan.FromMinutes(8));
            Assert.That(restoreCode, Is.Zero, restoreOut + restoreErr);

            var draft = Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx");
            var (runCode, runOut, runErr) = await ProcessRunner.RunAsync("dotnet", ["run", "--no-restore", "--", draft], consumer, TimeSpan.FromMinutes(8));
            Assert.That(runCode, Is.Zero, runOut + runErr);
            Assert.That(runOut, Does.Contain("TITLE 晋江市商务局关于印发《晋江市商贸流通企业扶持资金管理实施细则》的通知"));
            Assert.That(runOut, Does.Contain("PROFILE fujian"));
            Assert.That(runOut, Does.Contain("RULE LR5001").And.Contain("RULE LR4007").And.Contain("RULE LR4008"));
            Assert.That(runOut, Does.Contain("RULE LR9201"), "the consumer's own rule ran");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void AssertPackageContents(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("lib/net10.0/LegalReview.Core.dll").And.Contain("lib/net10.0/LegalReview.Core.xml"));
        Assert.That(entries, Does.Contain("analyzers/dotnet/cs/LegalReview.Analyzers.dll").And.Contain("analyzers/dotnet/cs/LegalReview.Analyzers.CodeFixes.dll"));
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(entries, Has.None.Contains("Tracking"), "tracking ships in its own package");

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.That(Value("id"), Is.EqualTo("LegalReview"));
        Assert.That(Value("license"), Is.EqualTo("MIT"));
        Assert.That(Value("readme"), Is.EqualTo("README.md"));
        Assert.That(Value("tags"), Does.Contain("合法性审核"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.That(repository.Attribute("type")?.Value, Is.EqualTo("git"));
        // Both addresses come from LegalReviewRepositoryUrl (or the repository URL from the git remote): never a
        // placeholder, and never one without the other.
        if (Value("projectUrl") is { } projectUrl)
        {
            Assert.That(repository.Attribute("url")?.Value, Is.EqualTo(projectUrl));
        }
    }

    private static void AssertTrackingPackage(string nupkg)
    {
        Assert.That(File.Exists(nupkg), Is.True, nupkg);
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("lib/net10.0/LegalReview.Tracking.dll").And.Contain("lib/net10.0/LegalReview.Tracking.xml"));
        Assert.That(entries, Has.None.Contains("LegalReview.Core.dll"), "the library comes from its own package");

        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value).ToList();
        Assert.That(dependencies, Does.Contain("LegalReview").And.Contain("Microsoft.Data.Sqlite"));
    }
}
