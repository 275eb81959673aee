using LegalReview.Classifier;
using LegalReview.Classifier.Tests.Support;
using LegalReview.Review;

namespace LegalReview.Classifier.Tests;

[TestFixture]
public sealed class CorpusTests
{
    [Test]
    public void EveryProblemLabel_HasAtLeast150Rows_AndOkAtLeast1000()
    {
        var counts = Repo.Corpus.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Count());
        foreach (var label in ClassifierLabels.All.Where(l => l != ClassifierLabels.Ok))
        {
            Assert.That(counts.GetValueOrDefault(label), Is.GreaterThanOrEqualTo(150), label);
        }

        Assert.That(counts.GetValueOrDefault(ClassifierLabels.Ok), Is.GreaterThanOrEqualTo(1000));
    }

    [Test]
    public void EveryRow_HasAKnownLabel_AndRecordsWhetherItWasHandWrittenOrGenerated()
    {
        foreach (var row in Repo.Corpus)
        {
            Assert.That(ClassifierLabels.All, Does.Contain(row.Category), row.Text);
            Assert.That(row.Source, Does.Match("^(hand:[a-z]+-[0-9]{3}|generated:[A-Z][0-9]{2})$"), row.Text);
            Assert.That(row.Text.Trim(), Is.Not.Empty);
        }
    }

    [Test]
    public void NoTextAppearsTwice()
    {
        var duplicates = Repo.Corpus.GroupBy(r => r.Text).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void TestSplit_HoldsAboutAFifthOfTheRows_AndEveryLabel()
    {
        var share = (double)Repo.TestRows.Count / Repo.Corpus.Count;
        Assert.That(share, Is.InRange(0.15, 0.30));
        Assert.That(Repo.TestRows.Select(r => r.Category).Distinct(), Is.EquivalentTo(ClassifierLabels.All));
    }

    [Test]
    public void NoNearDuplicate_CrossesTheSplit()
    {
        // Checked independently of CorpusSplit's grouping: every training row against every test row.
        var train = Repo.TrainRows.Select(r => Grams(CorpusSplit.Skeleton(r.Text))).ToArray();
        var trainSkeletons = Repo.TrainRows.Select(r => CorpusSplit.Skeleton(r.Text)).ToHashSet(StringComparer.Ordinal);
        var crossings = new List<string>();
        foreach (var row in Repo.TestRows)
        {
            var skeleton = CorpusSplit.Skeleton(row.Text);
            if (trainSkeletons.Contains(skeleton))
            {
                crossings.Add(row.Text);
                continue;
            }

            var grams = Grams(skeleton);
            foreach (var other in train)
            {
                if (Math.Min(grams.Count, other.Count) >= 0.8 * Math.Max(grams.Count, other.Count)
                    && Jaccard(grams, other) >= CorpusSplit.JaccardThreshold)
                {
                    crossings.Add(row.Text);
                    break;
                }
            }
        }

        Assert.That(crossings, Is.Empty);
    }

    [Test]
    public void Skeleton_IgnoresDigitsPunctuationAndPlaces()
    {
        Assert.That(CorpusSplit.Skeleton("本县的经营户，每户每月缴纳卫生管理费100元。"), Is.EqualTo(CorpusSplit.Skeleton("全市的经营户每户每月缴纳卫生管理费二百元")));
        Assert.That(CorpusSplit.AreNearDuplicates(
            "物业服务企业应当按照国家规定的标准和合同约定，对住宅小区内的共用部位、共用设施设备进行日常维护和管理，并定期向业主公开维护情况。",
            "物业服务企业应当按照国家规定的标准和合同约定，对住宅小区内的共用部位、共用设施设备进行日常养护和管理，并定期向业主公开维护情况。"), Is.True);
        Assert.That(CorpusSplit.AreNearDuplicates("鼓励物业服务企业开展智慧社区建设。", "对欠缴物业费的业主暂停供水。"), Is.False);
    }

    [Test]
    public void NearDuplicates_AlwaysFallOnTheSameSide()
    {
        var rows = new[]
        {
            new LabelledProvision("进入农贸市场的经营户，每户每月缴纳卫生管理费一百元。", "fee"),
            new LabelledProvision("进入农贸市场的经营户，每户每月缴纳卫生管理费三百元。", "fee"),
            new LabelledProvision("全市农贸市场的经营户，每户每月缴纳卫生管理费50元", "fee"),
        };
        var sides = CorpusSplit.AssignTest(rows);
        Assert.That(sides.Distinct().Count(), Is.EqualTo(1));
        Assert.That(CorpusSplit.AssignTest(rows.Reverse().ToArray()), Is.EqualTo(sides), "the split does not depend on row order");
    }

    [Test]
    public void Corpus_DoesNotCopyTheEvaluationCases()
    {
        if (Repo.DevCasesPath is not { } path)
        {
            Assert.Ignore("the published cases are not on this machine");
            return;
        }

        var cases = CorpusFile.ReadAsync(path).GetAwaiter().GetResult();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var s = CorpusSplit.Skeleton(c.Text);
            for (var i = 0; i + 12 <= s.Length; i++)
            {
                runs.Add(s.Substring(i, 12));
            }
        }

        var copied = Repo.Corpus.Where(r =>
        {
            var s = CorpusSplit.Skeleton(r.Text);
            return Enumerable.Range(0, Math.Max(0, s.Length - 11)).Any(i => runs.Contains(s.Substring(i, 12)));
        }).Select(r => r.Text).ToArray();
        Assert.That(copied, Is.Empty, "no corpus row shares a 12-character run with a published case");
    }

    private static HashSet<string> Grams(string s)
    {
        if (s.Length < 5)
        {
            return [s];
        }

        return Enumerable.Range(0, s.Length - 4).Select(i => s.Substring(i, 5)).ToHashSet(StringComparer.Ordinal);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
