using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Cli.Commands;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Cli;

[NonParallelizable]
public sealed class CheckCommandOutputsTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "lr-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Check_WritesAnnotatedDraftOpinionLetterAndSarif()
    {
        var draft = Path.Combine(_dir, "送审稿.docx");
        var original = SampleReview.Docx();
        await File.WriteAllBytesAsync(draft, original);
        var annotated = Path.Combine(_dir, "批注版.docx");
        var opinion = Path.Combine(_dir, "意见书.docx");
        var sarif = Path.Combine(_dir, "result.sarif");

        var rc = await CheckCommand.Create()
            .Parse([draft, "--no-outline", "--annotate", annotated, "--opinion", opinion, "--conclusion", "不合法", "--reviewer", "晋江市司法局", "--sarif", sarif])
            .InvokeAsync();

        Assert.That(rc, Is.EqualTo(0).Or.EqualTo(1));
        Assert.That(await File.ReadAllBytesAsync(draft), Is.EqualTo(original), "the draft itself is not modified");
        using (var a = WordprocessingDocument.Open(annotated, false))
        {
            OpenXmlAssert.IsValid(a);
            Assert.That(a.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Count(), Is.GreaterThan(0));
        }

        using (var o = WordprocessingDocument.Open(opinion, false))
        {
            OpenXmlAssert.IsValid(o);
            var text = OpenXmlAssert.BodyText(o);
            Assert.That(text, Does.Contain("晋江市司法局").And.Contain("不合法"));
        }

        var log = JsonNode.Parse(await File.ReadAllTextAsync(sarif))!;
        Assert.That(log["version"]!.GetValue<string>(), Is.EqualTo("2.1.0"));
        Assert.That(log["runs"]![0]!["results"]!.AsArray(), Is.Not.Empty);
    }

    [Test]
    public async Task Annotate_OnPlainText_IsRefused()
    {
        var draft = Path.Combine(_dir, "draft.txt");
        await File.WriteAllTextAsync(draft, SampleReview.Text);
        var rc = await CheckCommand.Create().Parse([draft, "--annotate", Path.Combine(_dir, "x.docx")]).InvokeAsync();
        Assert.That(rc, Is.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(_dir, "x.docx")), Is.False);
    }
}
