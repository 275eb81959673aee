using System.Text;
using LegalReview.Calendar;
using LegalReview.Review;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Tracking.Tests.Deadlines;

/// <summary>
/// A host that registers its own holiday calendar gets the same deadlines from the rules (LR4010, through
/// <see cref="ReviewContext.Calendar"/>) as from filing tracking (<see cref="TrackingWorkflow"/>).
/// </summary>
public sealed class SharedCalendarTests
{
    // Fujian: filing within 15 days of publication. 2025-03-03 + 15 days = Tuesday 2025-03-18, a working day in the
    // embedded calendar; the host's own calendar below makes it a day off, so the period ends on 2025-03-19.
    private static readonly DateOnly Published = new(2025, 3, 3);
    private static readonly DateOnly FiledOn = new(2025, 3, 19);

    private const string HostCalendar = "# a bureau's own calendar\ndate\tholiday\tkind\tnotice\n2025-03-18\t地方假日\toff\t测试\n";

    private const string Draft = "晋江市人民政府关于印发晋江市测试管理办法的通知\n第一条 为了加强管理，制定本办法。\n第二条 本办法自公布之日起施行。\n";

    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("legalreview-calendar-");

    [TearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    [Test]
    public async Task EmbeddedCalendar_RulesAndTrackingBothEndOnTheEighteenth()
    {
        var (ruleOverdue, dueOn) = await ReviewAndTrackAsync(null);

        Assert.That(dueOn, Is.EqualTo(new DateOnly(2025, 3, 18)));
        Assert.That(ruleOverdue, Is.True, "filed on 03-19, one day after the deadline");
    }

    [Test]
    public async Task HostCalendar_ChangesTheDeadlineOfRulesAndTrackingAlike()
    {
        var calendar = HolidayCalendar.Load(new StringReader(HostCalendar));

        var (ruleOverdue, dueOn) = await ReviewAndTrackAsync(calendar);

        Assert.That(dueOn, Is.EqualTo(new DateOnly(2025, 3, 19)), "tracking: 03-18 is a day off in the host's calendar");
        Assert.That(ruleOverdue, Is.False, "LR4010 counts on the same calendar: filing on 03-19 is in time");
    }

    private async Task<(bool RuleOverdue, DateOnly DueOn)> ReviewAndTrackAsync(HolidayCalendar? calendar)
    {
        var services = new ServiceCollection();
        if (calendar is not null)
        {
            services.AddSingleton(calendar);
        }

        services.AddLegalReview(o => o.Review.Profile = "fujian");
        services.AddLegalReviewTracking(Path.Combine(_folder.FullName, "tracking.db"), ReviewProfile.Fujian);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ITrackingStore>().MigrateAsync();

        var review = provider.GetRequiredService<ILegalReviewService>();
        using var draft = new MemoryStream(Encoding.UTF8.GetBytes(Draft));
        var result = await review.ReviewAsync(draft, "draft.txt", new ReviewMetadata { PublicationDate = Published, FilingDate = FiledOn });

        var workflow = provider.GetRequiredService<TrackingWorkflow>();
        var filing = await workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2025〕1号", "晋江市测试管理办法", "晋江市人民政府", "泉州市人民政府", Published, "测试");

        Assert.That(result.RulesRun, Does.Contain("LR4010"));
        return (result.Findings.Any(f => f.RuleId == "LR4010" && f.Severity == FindingSeverity.Error), filing.DueOn);
    }
}
