using LegalReview.Corpus;
using LegalReview.Documents;
using LegalReview.Documents.Reading;
using LegalReview.Tests.Support;

namespace LegalReview.Tests.Documents;

/// <summary>
/// <see cref="NormativeDocument.ProvisionAt"/> answers from an index; at every offset of real and generated documents
/// its answer must be the one the plain definition gives: of the provisions whose span contains the offset, the
/// shortest, and of equally short ones the last in document order.
/// </summary>
public sealed class ProvisionAtTests
{
    public static IEnumerable<TestCaseData> Documents()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Drafts).Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(file).SetArgDisplayNames(Path.GetFileName(file));
        }

        if (RepoPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "data", "documents", "state-council")))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(shared, "data", "documents", "state-council"), "*.txt").Order(StringComparer.Ordinal))
            {
                yield return new TestCaseData(file).SetArgDisplayNames("state-council/" + Path.GetFileName(file));
            }
        }
    }

    [TestCaseSource(nameof(Documents))]
    public async Task ProvisionAt_AtEveryOffset_IsTheInnermostContainingProvision(string file)
    {
        var doc = await new DocumentReader().ReadFileAsync(file);
        AssertSameAsScan(doc);
    }

    [Test]
    public void ProvisionAt_OnALongGeneratedDraft_IsTheInnermostContainingProvision()
    {
        var text = new CorpusGenerator(Path.Combine(RepoPaths.Drafts, "src"), 3).LongText(250);
        var doc = new DocumentReader().ReadText(text, "long.txt");
        Assert.That(doc.AllProvisions, Has.Count.GreaterThan(250));
        AssertSameAsScan(doc);
    }

    [Test]
    public void ProvisionAt_OutsideTheProvisionTree_IsNull()
    {
        var doc = new DocumentReader().ReadText("某市停车场管理办法\n第一条 为了规范停车场管理，制定本办法。\n第二条 本办法自2025年1月1日起施行。", "t.txt");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(doc.ProvisionAt(0), Is.Null, "title");
            Assert.That(doc.ProvisionAt(doc.Text.IndexOf("为了", StringComparison.Ordinal))?.Label, Is.EqualTo("第一条"));
            Assert.That(doc.ProvisionAt(doc.Text.IndexOf("本办法自", StringComparison.Ordinal))?.Label, Is.EqualTo("第二条"));
        }
    }

    private static void AssertSameAsScan(NormativeDocument doc)
    {
        for (var offset = 0; offset <= doc.Text.Length; offset++)
        {
            Provision? expected = null;
            foreach (var p in doc.AllProvisions)
            {
                if (p.FullSpan.Contains(offset) && (expected is null || p.FullSpan.Length <= expected.FullSpan.Length))
                {
                    expected = p;
                }
            }

            var actual = doc.ProvisionAt(offset);
            if (!ReferenceEquals(actual, expected))
            {
                Assert.Fail($"offset {offset}: expected {expected?.PathLabel ?? "none"}, got {actual?.PathLabel ?? "none"}");
            }
        }
    }
}
