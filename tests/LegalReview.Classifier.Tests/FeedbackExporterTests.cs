using LegalReview.Classifier;
using LegalReview.Classifier.Tests.Support;
using LegalReview.Documents.Reading;
using LegalReview.Review;

namespace LegalReview.Classifier.Tests;

[TestFixture]
public sealed class FeedbackExporterTests
{
    [Test]
    public async Task AcceptedFindings_KeepTheirCategory_RejectedOnesBecomeOk_AndRoundTripAsJsonl()
    {
        const string draft = """
            某县人民政府关于印发某县市容管理办法的通知
            第一条 在道路两侧乱堆乱放的，处以五百元罚款。
            第二条 依照《城市市容和环境卫生管理条例》第三十六条的规定处以罚款。
            """;
        var engine = new ReviewEngine([], new ReviewOptions(), classifier: new FixedClassifier("罚款", "penalty", 0.9));
        var result = engine.Review(new DocumentReader().ReadText(draft, "draft.txt"));
        var findings = result.Findings.OrderBy(f => f.Location.Offset).ToArray();
        Assert.That(findings, Has.Length.EqualTo(2));

        var rows = FeedbackExporter.Export(result, [(findings[0], true), (findings[1], false)], "审核员甲");
        Assert.That(rows.Select(r => (r.Text, r.Category)), Is.EqualTo(new[]
        {
            ("在道路两侧乱堆乱放的，处以五百元罚款。", "penalty"),
            ("依照《城市市容和环境卫生管理条例》第三十六条的规定处以罚款。", "ok"),
        }));
        Assert.That(rows[0].Source, Is.EqualTo("feedback:LR0102"));
        Assert.That(rows[1].Note, Does.Contain("审核员甲不采纳"));

        var path = Path.Combine(Path.GetTempPath(), $"feedback-{Guid.NewGuid():N}.jsonl");
        try
        {
            await FeedbackExporter.AppendAsync(path, rows);
            await FeedbackExporter.AppendAsync(path, rows.Take(1));
            var read = await CorpusFile.ReadAsync(path);
            Assert.That(read, Is.EqualTo(rows.Concat(rows.Take(1)).ToArray()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
