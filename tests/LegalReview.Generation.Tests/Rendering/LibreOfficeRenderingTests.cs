using LegalReview.Generation.Filing;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Rendering;

/// <summary>Each kind of generated document opens in LibreOffice and converts to a non-empty PDF.</summary>
[NonParallelizable]
public sealed class LibreOfficeRenderingTests
{
    private string _dir = string.Empty;

    public static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData("opinion-letter", (Func<byte[]>)(() => SampleDocuments.OpinionLetter(SampleReview.ReviewText()))).SetName("Renders_OpinionLetter");
        yield return new TestCaseData("annotated-draft", (Func<byte[]>)SampleDocuments.AnnotatedDraft).SetName("Renders_AnnotatedDraft");
        yield return new TestCaseData("explanation-notice", (Func<byte[]>)(() => SampleDocuments.Notice(FilingNoticeKind.SupplementaryExplanation))).SetName("Renders_ExplanationNotice");
        yield return new TestCaseData("cleanup-report", (Func<byte[]>)SampleDocuments.CleanupReport).SetName("Renders_CleanupReport");
        yield return new TestCaseData("statistics", (Func<byte[]>)SampleDocuments.StatisticsSection).SetName("Renders_StatisticsSection");
    }

    [SetUp]
    public void SetUp()
    {
        LibreOffice.RequireSoffice();
        _dir = Path.Combine(Path.GetTempPath(), "lr-render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void ConvertsToPdf(string name, Func<byte[]> make)
    {
        var file = Path.Combine(_dir, name + ".docx");
        File.WriteAllBytes(file, make());
        var pdf = LibreOffice.ConvertToPdf(file);
        var head = File.ReadAllBytes(pdf).Take(5).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(new FileInfo(pdf).Length, Is.GreaterThan(1000));
            Assert.That(System.Text.Encoding.ASCII.GetString(head), Is.EqualTo("%PDF-"));
        });
    }
}
