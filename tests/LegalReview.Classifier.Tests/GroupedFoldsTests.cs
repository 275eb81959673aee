using LegalReview.Classifier.Tests.Support;

namespace LegalReview.Classifier.Tests;

[TestFixture]
public sealed class GroupedFoldsTests
{
    private static IReadOnlyList<LabelledProvision> RealCorpus() =>
        new[] { "published-cases.jsonl", "zhejiang-review-findings.jsonl", "bulletin-case-summaries.jsonl", "state-council-provisions.jsonl" }
            .SelectMany(f => CorpusFile.ReadAsync(Path.Combine(Repo.Root, "seeds", "cases", f)).GetAwaiter().GetResult()).ToArray();

    [Test]
    public void NoSourceIsOnBothSidesOfASplit()
    {
        var rows = RealCorpus();
        var folds = GroupedFolds.Assign(rows, 5);
        var foldsPerSource = rows.Select((r, i) => (r.GroupKey, Fold: folds[i])).GroupBy(x => x.GroupKey).Select(g => g.Select(x => x.Fold).Distinct().Count());
        Assert.That(foldsPerSource, Is.All.EqualTo(1));
        Assert.That(folds.Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public void TheAssignmentDoesNotDependOnRowOrder()
    {
        var rows = RealCorpus();
        var folds = GroupedFolds.Assign(rows, 5);
        var reversed = rows.Reverse().ToArray();
        var foldsReversed = GroupedFolds.Assign(reversed, 5);
        var byText = rows.Select((r, i) => (r.Text + "\u0001" + r.GroupKey, folds[i])).Distinct().ToDictionary(x => x.Item1, x => x.Item2);
        for (var i = 0; i < reversed.Length; i++)
        {
            Assert.That(foldsReversed[i], Is.EqualTo(byText[reversed[i].Text + "\u0001" + reversed[i].GroupKey]));
        }
    }

    [Test]
    public void FoldsAreBalanced_LargestFoldAtMostTwiceTheSmallest()
    {
        var folds = GroupedFolds.Assign(RealCorpus(), 5);
        var sizes = folds.GroupBy(f => f).Select(g => g.Count()).ToArray();
        Assert.That(sizes.Max(), Is.LessThanOrEqualTo(2 * sizes.Min()));
    }

    [Test]
    public void TheRealCorpusKeepsItsProvenance()
    {
        var rows = RealCorpus();
        Assert.That(rows.Where(r => r.Origin == "zhejiang-review-findings").Select(r => r.GroupKey).Distinct().Count(), Is.EqualTo(2), "the two Zhejiang lists are two sources");
        Assert.That(rows.Where(r => r.Origin == "state-council-documents").Select(r => r.Category).Distinct(), Is.EqualTo(new[] { "ok" }));
        Assert.That(rows.Where(r => r.Origin == "state-council-documents").Select(r => r.GroupKey).Distinct().Count(), Is.EqualTo(55));
        Assert.That(rows.Where(r => r.Category == "competition").Select(r => r.Type), Is.All.AnyOf("entry", "flow", "cost", "conduct"));
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "seeds", "cases", "zhejiang-review-findings.jsonl"));
        Assert.That(lines, Is.All.Contains("\"officially_published\": \"unknown\""));
        lines = File.ReadAllLines(Path.Combine(Repo.Root, "seeds", "cases", "bulletin-case-summaries.jsonl"));
        Assert.That(lines, Is.All.Contains("\"verbatim\": false"));
    }

    [Test]
    public void CorpusFile_ReadsGroupOriginAndType()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"text\":\"甲\",\"category\":\"competition\",\"group\":\"bulletin:一\",\"origin\":\"o\",\"type\":\"cost\",\"source\":\"s\"}\n{\"text\":\"乙\",\"category\":\"ok\",\"source\":\"s2\"}\n");
            var rows = CorpusFile.ReadAsync(path).GetAwaiter().GetResult();
            Assert.That(rows[0].GroupKey, Is.EqualTo("bulletin:一"));
            Assert.That(rows[0].Origin, Is.EqualTo("o"));
            Assert.That(rows[0].Type, Is.EqualTo("cost"));
            Assert.That(rows[1].GroupKey, Is.EqualTo("s2"), "without a group, the source stands in");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
