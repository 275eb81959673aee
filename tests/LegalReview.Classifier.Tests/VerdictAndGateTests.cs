using System.IO.Compression;
using System.Text;

namespace LegalReview.Classifier.Tests;

/// <summary>
/// The classifier's verdict and its word gate, on hand-made scoring tables whose probabilities are known: the verdict
/// is a problem when the problem labels together outweigh ok, named by the likeliest problem label; a text the gate
/// (characters alone) finds clearly ok is not segmented and stays ok; tables of format 1 (before word features) load.
/// </summary>
[TestFixture]
public sealed class VerdictAndGateTests
{
    [Test]
    public void Verdict_IsAProblem_WhenTheProblemLabelsTogetherOutweighOk_EvenIfOkIsTheMostProbableLabel()
    {
        // P(competition) 0.31, P(ok) 0.40, P(rights) 0.29: ok is the most probable label, yet a problem is more likely
        // than not (0.60), and competition is its likeliest kind.
        var table = Table(version: 2, labels: ["competition", "ok", "rights"], ngrams: ["甲"], words: [],
            biases: [MathF.Log(0.31f), MathF.Log(0.40f), MathF.Log(0.29f)], weights: [0, 0, 0], gate: null);
        var p = Classify(table, "乙乙乙", wordGate: 0);
        Assert.Multiple(() =>
        {
            Assert.That(p.Label, Is.EqualTo("competition"));
            Assert.That(p.Probability, Is.EqualTo(0.60).Within(1e-4));
            Assert.That(p.Scores[1], Is.EqualTo(0.40f).Within(1e-4f), "the scores stay the labels' own probabilities");
        });
    }

    [Test]
    public void Verdict_IsOk_WhenOkHoldsAtLeastHalf()
    {
        var table = Table(version: 2, labels: ["competition", "ok", "rights"], ngrams: ["甲"], words: [],
            biases: [MathF.Log(0.45f), MathF.Log(0.51f), MathF.Log(0.04f)], weights: [0, 0, 0], gate: null);
        var p = Classify(table, "乙", wordGate: 0);
        Assert.That((p.Label, Math.Round(p.Probability, 2)), Is.EqualTo(("ok", 0.51)));
    }

    [Test]
    public void Gate_StopsAClearlyOkText_BeforeItsWordsAreRead_AndLetsAnUncertainOneThrough()
    {
        // The full model: neutral biases, a strong competition weight on the word “本地”. The gate (characters alone):
        // ok unless the text holds the character “外”.
        string[] labels = ["competition", "ok"];
        string[] ngrams = ["本", "外"];
        string[] words = ["本地"];
        float[] weights = [0, 0, 0, 0, 8, -8]; // [feature × labels + label]: 本, 外, then the word 本地
        var gate = (Biases: new[] { -4f, 4f }, Weights: new float[] { 0, 0, 12, -12 });
        var table = Table(version: 2, labels, ngrams, words, biases: [0, 0], weights, gate);

        // Without the gate the word decides; with it, a text the gate finds clearly ok is never segmented.
        Assert.That(Classify(table, "本地企业", wordGate: 0).Label, Is.EqualTo("competition"));
        var stopped = Classify(table, "本地企业", wordGate: 0.2);
        Assert.That(stopped.Label, Is.EqualTo("ok"));
        Assert.That(stopped.Scores[1], Is.GreaterThan(0.99f), "a stopped text carries the gate's probabilities");

        // “外” lifts the gate's problem mass over 0.2: the words are read and the full model decides.
        Assert.That(Classify(table, "本地外地企业", wordGate: 0.2).Label, Is.EqualTo("competition"));
    }

    [Test]
    public void TableOfFormat1_WithoutWords_StillLoadsAndScores()
    {
        var table = Table(version: 1, labels: ["competition", "ok"], ngrams: ["本"], words: [],
            biases: [0, 0], weights: [5, -5], gate: null);
        Assert.That(Classify(table, "本", wordGate: 0.2).Label, Is.EqualTo("competition"));
        Assert.That(Classify(table, "外", wordGate: 0.2).Label, Is.EqualTo("competition"), "0.5 / 0.5: a problem is not less likely than ok");
    }

    private static ClassificationDetail Classify(byte[] table, string text, double wordGate)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lr-verdict-{Guid.NewGuid():N}.table");
        File.WriteAllBytes(path, table);
        try
        {
            var classifier = new ProvisionClassifier(new ProvisionClassifierOptions { ModelPath = path, WordGate = wordGate, MaxKeyTerms = 0 });
            return classifier.ClassifyDetailed([text])[0];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A scoring table in the layout <c>LoadedModel.ReadTable</c> reads.</summary>
    private static byte[] Table(int version, string[] labels, string[] ngrams, string[] words, float[] biases, float[] weights, (float[] Biases, float[] Weights)? gate)
    {
        using var memory = new MemoryStream();
        using (var brotli = new BrotliStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(0x4D43524Cu);
            w.Write(version);
            w.Write(labels.Length);
            foreach (var l in labels)
            {
                w.Write(l);
            }

            w.Write(ngrams.Length);
            foreach (var n in ngrams)
            {
                w.Write(n);
            }

            if (version >= 2)
            {
                w.Write(words.Length);
                foreach (var word in words)
                {
                    w.Write(word);
                }
            }

            foreach (var b in biases)
            {
                w.Write(b);
            }

            foreach (var x in weights)
            {
                w.Write(x);
            }

            if (version >= 2)
            {
                w.Write(gate is not null);
                if (gate is { } g)
                {
                    foreach (var b in g.Biases)
                    {
                        w.Write(b);
                    }

                    foreach (var x in g.Weights)
                    {
                        w.Write(x);
                    }
                }
            }
        }

        return memory.ToArray();
    }
}
