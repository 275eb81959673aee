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
        using var engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);
        var texts = Repo.Corpus.Concat(Repo.RealRows).Select(r => r.Text)
            .Concat(["", " ", "第一条 为了规范管理，制定本办法。", "Café résumé naïve", "a|b||c", "违反本办法的，处以 5000 元罚款。\n", "（四）企业承担委托生产\n1.申报条件。", "一、\r\n二、\t三、"])
            .ToArray();
        var table = new ProvisionClassifier().ClassifyDetailed(texts);
        var labels = new ProvisionClassifier().Labels;
        var worst = 0.0;
        var worstText = string.Empty;
        var disagreements = new List<string>();
        for (var i = 0; i < texts.Length; i++)
        {
            var expected = engine.Predict(new ModelInput { Text = texts[i] }).Score;
            for (var k = 0; k < expected.Length; k++)
            {
                if (Math.Abs(expected[k] - table[i].Scores[k]) > worst)
                {
                    worst = Math.Abs(expected[k] - table[i].Scores[k]);
                    worstText = texts[i];
                }
            }

            var best = Array.IndexOf(expected, expected.Max());
            if (labels[best] != table[i].Label)
            {
                disagreements.Add(texts[i]);
            }
        }

        TestContext.Out.WriteLine($"{texts.Length} texts, largest probability difference {worst:E2}, on: {worstText}");
        Assert.Multiple(() =>
        {
            Assert.That(disagreements, Is.Empty, "labels differ from ML.NET's");
            Assert.That(worst, Is.LessThan(1e-4));
        });
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
