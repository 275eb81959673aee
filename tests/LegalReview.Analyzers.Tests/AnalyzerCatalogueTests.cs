using System.Collections.Immutable;
using System.Reflection;
using LegalReview.Analyzers.CodeFixes;
using LegalReview.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LegalReview.Analyzers.Tests;

/// <summary>
/// Reflects over every analyzer and code fix so that a new one cannot ship without its help link, documentation page,
/// index row and release-tracking entry.
/// </summary>
[TestFixture]
public sealed class AnalyzerCatalogueTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(RuleIdentifiers).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = Analyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .ToImmutableArray();

    private static IEnumerable<TestCaseData> EveryDescriptor() =>
        Descriptors.Select(d => new TestCaseData(d).SetArgDisplayNames(d.Id));

    [Test]
    public void EveryAnalyzer_IsSealedAndExportedForCSharp()
    {
        Assert.That(Analyzers, Is.Not.Empty);
        foreach (var analyzer in Analyzers)
        {
            var type = analyzer.GetType();
            Assert.That(type.IsSealed, Is.True, type.Name);
            Assert.That(type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages, Does.Contain(LanguageNames.CSharp), type.Name);
        }
    }

    [Test]
    public void EveryCatalogueId_IsReportedByExactlyOneDescriptor()
    {
        var catalogue = typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.That(catalogue, Is.Unique);
        Assert.That(Descriptors.Select(d => d.Id), Is.EquivalentTo(catalogue));
    }

    [TestCaseSource(nameof(EveryDescriptor))]
    public void Descriptor_HasHelpLinkToItsDocumentationPage_WhenTheBuildKnowsTheRepository(DiagnosticDescriptor descriptor)
    {
        Assert.That(descriptor.Id, Does.Match("^LRA[0-9]{4}$"));
        Assert.That(descriptor.HelpLinkUri, Is.EqualTo(RuleDescriptors.GetHelpUri(RepositoryInfo.Url, descriptor.Id)));
        Assert.That(descriptor.HelpLinkUri, RepositoryInfo.Url.Length == 0
            ? Is.Empty
            : Is.EqualTo($"{RepositoryInfo.Url}/blob/main/docs/analyzers/{descriptor.Id}.md"));
        Assert.That(descriptor.IsEnabledByDefault, Is.True);
        Assert.That(descriptor.Category, Does.StartWith("LegalReview."));
        Assert.That(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.Not.Empty);
        Assert.That(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.Not.Empty);
    }

    [Test]
    public void HelpLink_IsEmptyWithoutRepositoryUrl_AndPointsIntoTheRepositoryWithOne()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RuleDescriptors.GetHelpUri(string.Empty, "LRA0001"), Is.Empty);
            Assert.That(RuleDescriptors.GetHelpUri("https://github.com/jinjiang-sfj/legalreview", "LRA0001"), Is.EqualTo("https://github.com/jinjiang-sfj/legalreview/blob/main/docs/analyzers/LRA0001.md"));
            Assert.That(RuleDescriptors.GetHelpUri("https://gitee.com/jinjiang-sfj/legalreview/", "LRA0015"), Is.EqualTo("https://gitee.com/jinjiang-sfj/legalreview/blob/main/docs/analyzers/LRA0015.md"));
        });
    }

    [TestCaseSource(nameof(EveryDescriptor))]
    public void Descriptor_HasDocumentationPageWithEveryHeading(DiagnosticDescriptor descriptor)
    {
        var page = RepositoryPaths.Combine("docs", "analyzers", descriptor.Id + ".md");
        Assert.That(File.Exists(page), Is.True, page);

        var text = File.ReadAllText(page);
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(text, Does.StartWith($"# {descriptor.Id}：{title}\n"));
        foreach (var heading in new[] { "## 原因", "## 规则说明", "## 如何修复", "## 示例", "## 如何抑制", "违规写法", "修正后", $"#pragma warning disable {descriptor.Id}" })
        {
            Assert.That(text, Does.Contain(heading), $"{descriptor.Id}: {heading}");
        }
    }

    [TestCaseSource(nameof(EveryDescriptor))]
    public void Descriptor_IsListedInTheIndexAndReleaseTracking(DiagnosticDescriptor descriptor)
    {
        var index = File.ReadAllText(RepositoryPaths.Combine("docs", "analyzers", "README.md"));
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(index, Does.Contain($"| [{descriptor.Id}]({descriptor.Id}.md) | {title} | `{descriptor.Category}` |"));

        var unshipped = File.ReadAllText(RepositoryPaths.Combine("src", "LegalReview.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.That(unshipped, Does.Contain($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |"));
    }

    [Test]
    public void EveryCodeFix_FixesADiagnosticOfTheseAnalyzersAndSupportsFixAll()
    {
        var fixes = typeof(AddRuleMetadataCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToArray();

        Assert.That(fixes, Has.Length.EqualTo(3));
        foreach (var fix in fixes)
        {
            Assert.That(fix.GetType().IsSealed, Is.True, fix.GetType().Name);
            Assert.That(fix.FixableDiagnosticIds, Is.SubsetOf(Descriptors.Select(d => d.Id)), fix.GetType().Name);
            Assert.That(fix.GetFixAllProvider(), Is.Not.Null, fix.GetType().Name);
        }
    }
}
