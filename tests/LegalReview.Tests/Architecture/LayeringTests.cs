using System.Reflection;

namespace LegalReview.Tests.Architecture;

/// <summary>
/// The layers stay true: reads the compiled assemblies' type references and fails when a dependency appears that
/// <see cref="LayerTable"/> does not allow, or when namespaces or layers form a cycle.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Every shipped assembly of ours (the command-line tool included); samples are a bureau's own code and not checked.</summary>
    private static readonly string[] AssemblyNames = ["LegalReview.Core", "LegalReview.Tracking", "LegalReview.Tracking.PostgreSql", "LegalReview.Classifier", "legalreview"];

    private static readonly Lazy<DependencyGraph> Namespaces = new(() =>
    {
        var graph = new DependencyGraph();
        foreach (var name in AssemblyNames)
        {
            TypeReferenceReader.AddNamespaceDependencies(Assembly.Load(name), graph);
        }

        return graph;
    });

    private static DependencyGraph Layers()
    {
        var layers = new DependencyGraph();
        foreach (var from in Namespaces.Value.Nodes)
        {
            foreach (var to in Namespaces.Value.DependenciesOf(from))
            {
                layers.Add(LayerTable.LayerOf(from)!, LayerTable.LayerOf(to)!, Namespaces.Value.EvidenceOf(from, to)!);
            }
        }

        return layers;
    }

    [Test]
    public void Layers_DependOnlyOnWhatTheTableAllows()
    {
        var violations = Layers().Violations(LayerTable.Allowed);

        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    [Test]
    public void Layers_HaveNoCycle()
    {
        var cycles = Layers().Cycles();

        Assert.That(cycles, Is.Empty, string.Join("\n", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Test]
    public void Namespaces_HaveNoCycle()
    {
        var cycles = Namespaces.Value.Cycles();

        Assert.That(cycles, Is.Empty, string.Join("\n", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Test]
    public void Reader_SeesKnownDependencies()
    {
        // Guards against a reader that sees nothing and so passes every check.
        var layers = Layers();

        Assert.Multiple(() =>
        {
            Assert.That(layers.DependenciesOf("Rules"), Does.Contain("Review"), "rules derive from ReviewRule");
            Assert.That(layers.DependenciesOf("Review"), Does.Contain("Documents"), "the engine reviews a NormativeDocument");
            Assert.That(layers.DependenciesOf("Review"), Does.Contain("Calendar"), "ReviewContext hands rules the calendar");
            Assert.That(layers.DependenciesOf("Tracking"), Does.Contain("Calendar"), "the workflow counts deadlines");
            Assert.That(layers.DependenciesOf("Cli"), Does.Contain("Tracking"));
            Assert.That(Namespaces.Value.DependenciesOf("LegalReview.Rules.Procedure"), Does.Contain("LegalReview.Calendar"), "seen only inside method bodies");
        });
    }

    [Test]
    public void Checker_ReportsAForbiddenEdge()
    {
        var graph = new DependencyGraph();
        graph.Add("Rules", "Review", "fine");
        graph.Add("Documents", "Rules", "Documents.X uses Rules.Y");
        graph.Add("Generation", "Rules", "Generation.Sarif uses BuiltInRules");

        var violations = graph.Violations(LayerTable.Allowed);

        Assert.That(violations, Is.EqualTo(new[] { "Documents → Rules (Documents.X uses Rules.Y)", "Generation → Rules (Generation.Sarif uses BuiltInRules)" }));
    }

    [Test]
    public void Checker_ForbidsAnyDependencyOnTheCli()
    {
        var graph = new DependencyGraph();
        graph.Add("Tracking", "Cli", "x");
        graph.Add(LayerTable.Root, "Cli", "y");

        Assert.That(graph.Violations(LayerTable.Allowed), Has.Count.EqualTo(2));
    }

    [Test]
    public void Checker_FindsACycleThroughSeveralNodes()
    {
        var graph = new DependencyGraph();
        graph.Add("Review", "Knowledge");
        graph.Add("Knowledge", "Tracking");
        graph.Add("Tracking", "Review");
        graph.Add("Rules", "Review");
        graph.Add("Documents", "Documents");

        var cycles = graph.Cycles();

        Assert.That(cycles, Has.Count.EqualTo(1));
        Assert.That(cycles[0], Is.EqualTo(new[] { "Knowledge", "Review", "Tracking" }));
    }

    [Test]
    public void Checker_AcceptsTheAllowedLayering()
    {
        var graph = new DependencyGraph();
        foreach (var (from, to) in LayerTable.Allowed)
        {
            foreach (var dependency in to)
            {
                graph.Add(from, dependency, "allowed");
            }
        }

        Assert.That(graph.Violations(LayerTable.Allowed), Is.Empty);
        Assert.That(graph.Cycles(), Is.Empty, "the table itself is acyclic");
    }

    [TestCase("LegalReview", LayerTable.Root)]
    [TestCase("LegalReview.Documents.Reading", "Documents")]
    [TestCase("LegalReview.Tracking.PostgreSql", "Tracking")]
    [TestCase("LegalReview.Cli.Batch", "Cli")]
    [TestCase("LegalReviewer", null)]
    [TestCase("System.Text", null)]
    public void LayerOf_IsTheSecondSegment(string ns, string? layer)
    {
        Assert.That(LayerTable.LayerOf(ns), Is.EqualTo(layer));
    }
}
