using LegalReview.Generation.Filing;
using LegalReview.Generation.Tests.Support;

namespace LegalReview.Generation.Tests.Rendering;

/// <summary>
/// Writes one sample of each generated document kind to the directory named by LR_SAMPLE_OUT, for
/// docs/images/render.sh to turn into page images. Explicit: it runs only when selected by name.
/// </summary>
[Explicit("writes sample documents for docs/images/render.sh")]
public sealed class SampleOutput
{
    [Test]
    public void WriteSamples()
    {
        var dir = Environment.GetEnvironmentVariable("LR_SAMPLE_OUT");
        if (string.IsNullOrEmpty(dir))
        {
            Assert.Ignore("set LR_SAMPLE_OUT to the output directory");
        }

        Directory.CreateDirectory(dir!);
        var files = new Dictionary<string, byte[]>
        {
            ["opinion-letter.docx"] = SampleDocuments.OpinionLetter(SampleReview.ReviewText()),
            ["annotated-draft.docx"] = SampleDocuments.AnnotatedDraft(),
            ["explanation-notice.docx"] = SampleDocuments.Notice(FilingNoticeKind.SupplementaryExplanation),
            ["correction-notice.docx"] = SampleDocuments.Notice(FilingNoticeKind.Correction),
            ["cleanup-report.docx"] = SampleDocuments.CleanupReport(),
            ["statistics.docx"] = SampleDocuments.StatisticsSection(),
        };
        foreach (var (name, bytes) in files)
        {
            OpenXmlAssert.IsValidDocx(bytes);
            File.WriteAllBytes(Path.Combine(dir!, name), bytes);
        }

        Assert.That(Directory.GetFiles(dir!, "*.docx"), Has.Length.GreaterThanOrEqualTo(files.Count));
    }
}
