using LegalReview.Classifier;
using LegalReview.Classifier.Tests.Support;
using Microsoft.ML;

namespace LegalReview.Classifier.Tests;

/// <summary>
/// The package scores provisions from a table derived from the trained ML.NET model, without ML.NET at run time. These
/// tests hold that table to the model it came from: same probabilities as ML.NET's own prediction engine on every
/// corpus row (synthetic and real), and the embedded table exactly what the committed model .zip derives to.
/// </summary>
[TestFixture]
public sealed class ScoringTableTests
{
    private static string ModelZip => Path.Combine(Repo.Root, "src", "LegalReview.Classifier", "Model", "provision-classifier.zip");

    [Test]
    public void TableScoring_GivesMlNetsProbabilities_OnEverySyntheticAndRealRow()
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(ModelZip, out _);
        using var engine = ml.Model.CreatePredictionEngine<ModelInput, GatedOutput>(model);
        var texts = Repo.Corpus.Concat(Repo.RealRows).Select(r => r.Text)
            .Concat(["", " ", "第一条 为了规范管理，制定本办法。", "Café résumé naïve", "a|b||c", "违反本办法的，处以 5000 元罚款。\n", "（四）企业承担委托生产\n1.申报条件。", "一、\r\n二、\t三、", "ＡＢＣ１２３ 全角字母", "企业 企业  企业"])
            .ToArray();

        // Without the gate every text is scored by the full model (characters and words); with it, a text the gate
        // stops gets the gate's probabilities (characters alone). Both are held to ML.NET's.
        var full = new ProvisionClassifier(new ProvisionClassifierOptions { WordGate = 0 }).ClassifyDetailed(texts);
        var gated = new ProvisionClassifier().ClassifyDetailed(texts);
        var labels = new ProvisionClassifier().Labels;
        var ok = labels.ToList().IndexOf("ok");
        var worst = 0.0;
        var worstText = string.Empty;
        var disagreements = new List<string>();
        var stopped = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var output = engine.Predict(new ModelInput { Text = texts[i], Words = WordSegmenter.Joined(texts[i]) });
            var stop = 1 - output.GateScore[ok] < ProvisionClassifierOptions.DefaultWordGate && texts[i].Length > 0;
            stopped += stop ? 1 : 0;
            foreach (var (expected, actual) in new[] { (output.Score, full[i]), (stop ? output.GateScore : output.Score, gated[i]) })
            {
                for (var k = 0; k < expected.Length; k++)
                {
                    if (Math.Abs(expected[k] - actual.Scores[k]) > worst)
                    {
                        worst = Math.Abs(expected[k] - actual.Scores[k]);
                        worstText = texts[i];
                    }
                }

                if (Verdict(expected, labels, ok) != actual.Label)
                {
                    disagreements.Add(texts[i]);
                }
            }
        }

        TestContext.Out.WriteLine($"{texts.Length} texts ({stopped} stopped by the gate), largest probability difference {worst:E2}, on: {worstText}");
        Assert.Multiple(() =>
        {
            Assert.That(disagreements, Is.Empty, "verdicts differ from ML.NET's probabilities");
            Assert.That(worst, Is.LessThan(1e-4));
            Assert.That(stopped, Is.GreaterThan(texts.Length / 2), "the gate stops most texts (most rows are ok)");
        });
    }

    /// <summary>The verdict of a probability vector: the likeliest problem label when 1 − P(ok) ≥ 0.5, else ok.</summary>
    private static string Verdict(float[] p, IReadOnlyList<string> labels, int ok)
    {
        var best = Enumerable.Range(0, p.Length).Where(k => k != ok).MaxBy(k => p[k]);
        return 1 - p[ok] >= 0.5 ? labels[best] : labels[ok];
    }

    /// <summary>ML.NET's output of a model with word features: the full model's and the gate's probabilities.</summary>
    private sealed class GatedOutput
    {
        public float[] Score { get; set; } = [];

        public float[] GateScore { get; set; } = [];
    }

    [Test]
    public void EmbeddedTable_IsWhatTheCommittedModelDerivesTo()
    {
        using var derived = new MemoryStream();
        new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = ModelZip }).WriteScoringTable(derived);
        using var embedded = typeof(ProvisionClassifier).Assembly.GetManifestResourceStream(ProvisionClassifier.EmbeddedModelName)!;
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);
        Assert.That(copy.ToArray(), Is.EqualTo(derived.ToArray()),
            "src/LegalReview.Classifier/Model/provision-classifier.table is stale: `legalreview train` writes it beside the .zip");
    }

    [Test]
    public void TableModel_LoadsFromAModelPath_AsWellAsTheZip()
    {
        var table = Path.Combine(Repo.Root, "src", "LegalReview.Classifier", "Model", "provision-classifier.table");
        string[] texts = ["对未按规定办理登记的经营者，处以一万元以下罚款。", "本办法自发布之日起施行。"];
        var fromTable = new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = table }).ClassifyDetailed(texts);
        var fromZip = new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = ModelZip }).ClassifyDetailed(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.That(fromTable[i].Label, Is.EqualTo(fromZip[i].Label));
            Assert.That(fromTable[i].Scores, Is.EqualTo(fromZip[i].Scores).Within(1e-6f));
            Assert.That(fromTable[i].KeyTerms, Is.EqualTo(fromZip[i].KeyTerms));
        }
    }

    [Test]
    public void DamagedTable_IsRefusedWithAClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lr-table-{Guid.NewGuid():N}.table");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
        try
        {
            var classifier = new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = path });
            Assert.That(() => classifier.Labels, Throws.InstanceOf<Exception>());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
