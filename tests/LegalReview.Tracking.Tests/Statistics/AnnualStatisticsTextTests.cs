namespace LegalReview.Tracking.Tests.Statistics;

public sealed class AnnualStatisticsTextTests
{
    private static readonly AnnualStatistics Jinjiang2024 = new()
    {
        Year = 2024,
        Reporter = "晋江市司法局",
        ReviewsReceived = 194,
        ReviewsConcluded = 193,
        FiledWithUpperGovernment = 14,
        UpperGovernment = "泉州市人民政府",
        FiledWithPeoplesCongress = 16,
        PeoplesCongress = "晋江市人大常委会",
        FilingsReceived = 41,
        ExplanationNoticesIssued = 3,
        ProjectsAutomatic = 7,
        ProjectsKey = 4,
        ProjectsApplied = 23,
        ProjectsIssued = 18,
        ProjectsRefused = 2,
    };

    [Test]
    public void Paragraph_ReadsLikeTheReport()
    {
        Assert.That(AnnualStatisticsText.Write(Jinjiang2024), Is.EqualTo(
            "2024年，共收部门送审文件194份，审结193份；按时完成向泉州市人民政府报备规范性文件14份、向晋江市人大常委会报备规范性文件16份；" +
            "收到部门、镇（街道）报备文件41份，发出《规范性文件备案审查补充说明通知书》3份。" +
            "2024年项目库共受理自动入库7件、重点立项4件、申报立项23件，其中已完成印发18件、不予立项2件。"));
    }

    [Test]
    public void Corrections_AreMentionedOnlyWhenThereAreAny()
    {
        Assert.That(AnnualStatisticsText.Write(Jinjiang2024 with { CorrectionsRequested = 2 }), Does.Contain("3份，督促制定机关纠错2件。"));
    }

    [Test]
    public void MissingBodies_FallBackToGenericNames()
    {
        var text = AnnualStatisticsText.Write(Jinjiang2024 with { UpperGovernment = "", PeoplesCongress = "" });

        Assert.That(text, Does.Contain("向上级人民政府报备").And.Contain("向市人大常委会报备"));
    }

    [Test]
    public void Report_CarriesTheParagraphAndTheTwelveFiguresInOrder()
    {
        var report = AnnualStatisticsText.Report(Jinjiang2024);

        Assert.That(report.Year, Is.EqualTo(2024));
        Assert.That(report.Text, Is.EqualTo(AnnualStatisticsText.Write(Jinjiang2024)));
        Assert.That(report.Figures, Has.Count.EqualTo(12));
        Assert.That(report.Figures[0], Is.EqualTo(("收部门送审文件（件）", 194)));
        Assert.That(report.Figures.Select(f => f.Item), Does.Contain("报泉州市人民政府备案（件）"));
    }
}
