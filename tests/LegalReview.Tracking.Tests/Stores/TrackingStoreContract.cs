using LegalReview.Calendar;
using LegalReview.Review;
using LegalReview.Tracking.Tests.Seeds;

namespace LegalReview.Tracking.Tests.Stores;

/// <summary>
/// The behaviour every <see cref="ITrackingStore"/> must show. Each store's fixture derives from this class and only
/// says how to create an empty store.
/// </summary>
public abstract class TrackingStoreContract
{
    private static readonly DateTimeOffset Now = new(2024, 9, 20, 2, 30, 0, TimeSpan.Zero);

    private ITrackingStore _store = null!;
    private TrackingWorkflow _workflow = null!;

    protected abstract Task<ITrackingStore> CreateEmptyStoreAsync();

    protected abstract Task DeleteStoreAsync(ITrackingStore store);

    [SetUp]
    public async Task CreateStore()
    {
        _store = await CreateEmptyStoreAsync();
        Assert.That(await _store.MigrateAsync(), Is.EqualTo(1));
        _workflow = new TrackingWorkflow(_store, ReviewProfile.Fujian, new DeadlineCalculator(), new FixedTimeProvider(Now));
    }

    [TearDown]
    public async Task DropStore()
    {
        if (_store is not null)
        {
            await DeleteStoreAsync(_store);
        }
    }

    [Test]
    public async Task Migrate_IsIdempotent()
    {
        Assert.That(await _store.MigrateAsync(), Is.EqualTo(1));
        Assert.That(await _store.ListProjectsAsync(), Is.Empty);
    }

    [Test]
    public async Task Project_AddGetListAndUpdate()
    {
        var added = await _workflow.AddProjectAsync(2024, "晋江市城市道路挖掘管理办法", ProjectSource.Applied, "晋江市城市管理局", new DateOnly(2024, 10, 31), "王敏", new DateOnly(2024, 2, 1));

        var read = await _store.GetProjectAsync(added.Id);
        Assert.That(read, Is.EqualTo(added));
        Assert.That(read!.Version, Is.EqualTo(1));
        Assert.That(read.Status, Is.EqualTo(ProjectStatus.UnderEvaluation));
        Assert.That(await _store.ListProjectsAsync(2024), Is.EqualTo(new[] { added }));
        Assert.That(await _store.ListProjectsAsync(2023), Is.Empty);

        var drafting = await _workflow.AdvanceProjectAsync(added.Id, ProjectStatus.Drafting, "王敏", "经审核，列入年度制定计划。", new DateOnly(2024, 3, 1));
        Assert.That(drafting.Version, Is.EqualTo(2));
        Assert.That(await _store.GetProjectAsync(added.Id), Is.EqualTo(drafting));
        Assert.That(await _store.GetProjectAsync("P-none"), Is.Null);
    }

    [Test]
    public async Task ReviewCase_AddAndConclude()
    {
        var added = await _workflow.AddReviewCaseAsync("晋江市住宅小区物业服务管理办法（送审稿）", "晋江市住房和城乡建设局", new DateOnly(2024, 5, 6), "李静");
        var concluded = await _workflow.ConcludeReviewAsync(added.Id, "原则同意，建议按审核意见修改后提请集体审议。", "opinions/R-1.docx", "李静", new DateOnly(2024, 5, 13));

        Assert.That(await _store.GetReviewCaseAsync(added.Id), Is.EqualTo(concluded));
        Assert.That(concluded.Version, Is.EqualTo(2));
        Assert.That(concluded.OpinionLetterPath, Is.EqualTo("opinions/R-1.docx"));
        Assert.That(await _store.ListReviewCasesAsync(2024), Has.Count.EqualTo(1));
        Assert.That(async () => await _workflow.ConcludeReviewAsync(added.Id, "再次", null, "李静", new DateOnly(2024, 5, 14)), Throws.TypeOf<InvalidTransitionException>());
    }

    [Test]
    public async Task Document_AddAndRepeal()
    {
        var document = await _workflow.AddDocumentAsync(Document("D-1", "晋政规〔2024〕2号", new DateOnly(2024, 3, 1), new DateOnly(2029, 3, 31)), "王敏");
        var repealed = await _workflow.ChangeDocumentStatusAsync(document.Id, DocumentStatus.Repealed, "王敏", "晋政规〔2024〕9号废止。", new DateOnly(2024, 8, 1));

        Assert.That(await _store.GetDocumentAsync("D-1"), Is.EqualTo(repealed));
        Assert.That(repealed.Status, Is.EqualTo(DocumentStatus.Repealed));
        Assert.That(async () => await _workflow.ChangeDocumentStatusAsync("D-1", DocumentStatus.InForce, "王敏", "恢复", new DateOnly(2024, 8, 2)), Throws.TypeOf<InvalidTransitionException>());
        var trail = await _store.GetAuditTrailAsync(TrackingEntityKind.Document, "D-1");
        Assert.That(trail.Select(e => (e.FromState, e.ToState)), Is.EqualTo(new (string?, string)[] { (null, "inForce"), ("inForce", "repealed") }));
    }

    [Test]
    public async Task FilingTransitions_AreStoredWithTheirAuditTrail()
    {
        var filing = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕8号", "晋江市人民政府关于印发晋江市城市道路挖掘管理办法的通知", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 9, 20), "王敏");
        Assert.That(filing.DueOn, Is.EqualTo(new DateOnly(2024, 10, 8)));

        var steps = new (FilingStatus To, DateOnly On, string? Notice)[]
        {
            (FilingStatus.Submitted, new DateOnly(2024, 9, 27), null),
            (FilingStatus.Registered, new DateOnly(2024, 10, 9), null),
            (FilingStatus.UnderReview, new DateOnly(2024, 10, 9), null),
            (FilingStatus.ExplanationRequested, new DateOnly(2024, 10, 15), "泉司备补〔2024〕5号"),
            (FilingStatus.UnderReview, new DateOnly(2024, 10, 25), null),
            (FilingStatus.Approved, new DateOnly(2024, 11, 20), null),
        };
        foreach (var (to, on, notice) in steps)
        {
            filing = await _workflow.AdvanceFilingAsync(filing.Id, to, "王敏", $"转为{TrackingNames.Chinese(to)}", on, notice);
        }

        Assert.That(filing.Version, Is.EqualTo(7));
        Assert.That(await _store.GetFilingAsync(filing.Id), Is.EqualTo(filing));
        Assert.That(filing.NoticeNumber, Is.EqualTo("泉司备补〔2024〕5号"));
        Assert.That(filing.ReplyDueOn, Is.EqualTo(new DateOnly(2024, 10, 30)));

        var trail = await _store.GetAuditTrailAsync(TrackingEntityKind.Filing, filing.Id);
        Assert.That(trail, Has.Count.EqualTo(7));
        Assert.That(trail.Select(e => e.ToState), Is.EqualTo(new[] { "pending", "submitted", "registered", "underReview", "explanationRequested", "underReview", "approved" }));
        Assert.That(trail.Skip(1).Select(e => e.FromState), Is.EqualTo(trail.Take(6).Select(e => e.ToState)));
        Assert.That(trail[0].FromState, Is.Null);
        Assert.That(trail.All(e => e.Actor == "王敏" && e.RecordedAt == Now), Is.True);
        Assert.That(trail[4].EffectiveOn, Is.EqualTo(new DateOnly(2024, 10, 15)));
        Assert.That(trail[4].Reason, Is.EqualTo("转为需补充说明"));
    }

    [Test]
    public async Task IllegalTransition_ChangesNothing()
    {
        var filing = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToPeoplesCongress, "晋政规〔2024〕8号", "晋江市…办法", "晋江市人民政府", "晋江市人大常委会", new DateOnly(2024, 9, 20), "王敏");

        Assert.That(async () => await _workflow.AdvanceFilingAsync(filing.Id, FilingStatus.Approved, "王敏", "直接通过", new DateOnly(2024, 9, 25)), Throws.TypeOf<InvalidTransitionException>().With.Message.Contains("不能从“待报送”转为“审查通过”"));

        Assert.That(await _store.GetFilingAsync(filing.Id), Is.EqualTo(filing));
        Assert.That(await _store.GetAuditTrailAsync(TrackingEntityKind.Filing, filing.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StaleVersion_FailsWithAConcurrencyConflict_AndKeepsTheFirstWriter()
    {
        var filing = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕8号", "晋江市…办法", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 9, 20), "王敏");
        var first = _workflow.Filings.Apply(filing, FilingStatus.Submitted, new DateOnly(2024, 9, 23));
        var second = _workflow.Filings.Apply(filing, FilingStatus.Submitted, new DateOnly(2024, 9, 24));

        var stored = await _store.UpdateFilingAsync(first, _workflow.Event(TrackingEntityKind.Filing, filing.Id, "王敏", new DateOnly(2024, 9, 23), "pending", "submitted", "报送"));
        var ex = Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await _store.UpdateFilingAsync(second, _workflow.Event(TrackingEntityKind.Filing, filing.Id, "李静", new DateOnly(2024, 9, 24), "pending", "submitted", "报送")));

        Assert.That(ex!.ExpectedVersion, Is.EqualTo(1));
        Assert.That(ex.ActualVersion, Is.EqualTo(2));
        Assert.That(ex.Message, Does.Contain("已被他人修改"));
        Assert.That(await _store.GetFilingAsync(filing.Id), Is.EqualTo(stored));
        Assert.That((await _store.GetFilingAsync(filing.Id))!.SubmittedOn, Is.EqualTo(new DateOnly(2024, 9, 23)));
        Assert.That(await _store.GetAuditTrailAsync(TrackingEntityKind.Filing, filing.Id), Has.Count.EqualTo(2));
        Assert.That(async () => await _workflow.AdvanceFilingAsync(filing.Id, FilingStatus.Registered, "李静", "登记", new DateOnly(2024, 9, 30), expectedVersion: 1), Throws.TypeOf<ConcurrencyConflictException>());
    }

    [Test]
    public async Task ConcurrentWriters_ExactlyOneWins()
    {
        var project = await _workflow.AddProjectAsync(2024, "晋江市户外广告设置管理办法", ProjectSource.Key, "晋江市城市管理局", null, "王敏", new DateOnly(2024, 1, 5));
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await _store.UpdateProjectAsync(project with { Title = $"第{i}稿" }, _workflow.Event(TrackingEntityKind.Project, project.Id, $"经办人{i}", new DateOnly(2024, 1, 6), "drafting", "drafting", "修改名称"));
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })).ToArray();

        var outcomes = await Task.WhenAll(writers);

        Assert.That(outcomes.Count(won => won), Is.EqualTo(1));
        Assert.That((await _store.GetProjectAsync(project.Id))!.Version, Is.EqualTo(2));
        Assert.That(await _store.GetAuditTrailAsync(TrackingEntityKind.Project, project.Id), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task StaleVersion_OnEveryKindOfRecord_Fails()
    {
        var project = await _workflow.AddProjectAsync(2024, "晋江市…办法", ProjectSource.Key, "晋江市商务局", null, "王敏", new DateOnly(2024, 1, 5));
        var review = await _workflow.AddReviewCaseAsync("送审稿", "晋江市商务局", new DateOnly(2024, 1, 5), "王敏");
        var document = await _workflow.AddDocumentAsync(Document("D-9", "晋政规〔2024〕1号", new DateOnly(2024, 1, 5), null), "王敏");
        await _store.UpdateProjectAsync(project with { Title = "改名" }, _workflow.Event(TrackingEntityKind.Project, project.Id, "王敏", new DateOnly(2024, 1, 6), "drafting", "drafting", "改名"));
        await _store.UpdateReviewCaseAsync(review with { Title = "改名" }, _workflow.Event(TrackingEntityKind.ReviewCase, review.Id, "王敏", new DateOnly(2024, 1, 6), "received", "received", "改名"));
        await _store.UpdateDocumentAsync(document with { Title = "改名" }, _workflow.Event(TrackingEntityKind.Document, document.Id, "王敏", new DateOnly(2024, 1, 6), "inForce", "inForce", "改名"));

        Assert.That(async () => await _store.UpdateProjectAsync(project, _workflow.Event(TrackingEntityKind.Project, project.Id, "李静", new DateOnly(2024, 1, 7), "drafting", "drafting", "x")), Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That(async () => await _store.UpdateReviewCaseAsync(review, _workflow.Event(TrackingEntityKind.ReviewCase, review.Id, "李静", new DateOnly(2024, 1, 7), "received", "received", "x")), Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That(async () => await _store.UpdateDocumentAsync(document, _workflow.Event(TrackingEntityKind.Document, document.Id, "李静", new DateOnly(2024, 1, 7), "inForce", "inForce", "x")), Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That((await _store.GetProjectAsync(project.Id))!.Title, Is.EqualTo("改名"));
    }

    [Test]
    public async Task UpdateOfAMissingRecord_FailsWithNotFound()
    {
        var ghost = new ProjectEntry { Id = "P-ghost", Year = 2024, Title = "x", Source = ProjectSource.Key, DraftingUnit = "x", Status = ProjectStatus.Drafting };

        Assert.That(async () => await _store.UpdateProjectAsync(ghost, _workflow.Event(TrackingEntityKind.Project, "P-ghost", "王敏", new DateOnly(2024, 1, 1), "drafting", "drafting", "x")), Throws.TypeOf<TrackingRecordNotFoundException>());
    }

    [Test]
    public async Task DuplicateAdd_FailsAndKeepsTheFirst()
    {
        var document = await _workflow.AddDocumentAsync(Document("D-1", "晋政规〔2024〕2号", new DateOnly(2024, 3, 1), null), "王敏");

        Assert.That(async () => await _workflow.AddDocumentAsync(document with { Title = "另一份" }, "王敏"), Throws.TypeOf<TrackingException>().With.Message.Contains("已存在"));
        Assert.That((await _store.GetDocumentAsync("D-1"))!.Title, Is.EqualTo(document.Title));
        Assert.That(await _store.GetAuditTrailAsync(TrackingEntityKind.Document, "D-1"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AuditEventForAnotherRecord_IsRejected()
    {
        var project = await _workflow.AddProjectAsync(2024, "晋江市…办法", ProjectSource.Key, "晋江市商务局", null, "王敏", new DateOnly(2024, 1, 5));

        Assert.That(async () => await _store.UpdateProjectAsync(project, _workflow.Event(TrackingEntityKind.Project, "P-other", "王敏", new DateOnly(2024, 1, 6), "drafting", "drafting", "x")), Throws.ArgumentException);
    }

    [Test]
    public async Task OverdueAndDueSoon_FollowTheRunningDeadline()
    {
        var late = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕5号", "甲", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 8, 30), "王敏");
        var soon = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕6号", "乙", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 9, 20), "王敏");
        var done = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕7号", "丙", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 9, 3), "王敏");
        await _workflow.AdvanceFilingAsync(done.Id, FilingStatus.Submitted, "王敏", "报送", new DateOnly(2024, 9, 10));
        var incoming = await _workflow.ReceiveFilingAsync(FilingDirection.FromDepartment, "晋教规〔2024〕1号", "丁", "晋江市教育局", "晋江市人民政府", new DateOnly(2024, 8, 20), new DateOnly(2024, 8, 26), "王敏");
        await _workflow.AdvanceFilingAsync(incoming.Id, FilingStatus.Registered, "王敏", "登记", new DateOnly(2024, 8, 27));
        await _workflow.AdvanceFilingAsync(incoming.Id, FilingStatus.UnderReview, "王敏", "审查", new DateOnly(2024, 8, 27));
        await _workflow.AdvanceFilingAsync(incoming.Id, FilingStatus.ExplanationRequested, "王敏", "请说明", new DateOnly(2024, 9, 2), "晋司备补〔2024〕1号");

        var asOf = new DateOnly(2024, 9, 30);
        var overdue = await _store.ListOverdueFilingsAsync(asOf);
        var dueSoon = await _store.ListFilingsDueSoonAsync(asOf, 10);

        Assert.That(late.DueOn, Is.EqualTo(new DateOnly(2024, 9, 14)), "day 15 is the 调休 working Saturday");
        Assert.That(overdue.Select(f => f.Id), Is.EqualTo(new[] { late.Id, incoming.Id }));
        Assert.That(dueSoon.Select(f => f.Id), Is.EqualTo(new[] { soon.Id }));
        Assert.That((await _store.ListOverdueFilingsAsync(new DateOnly(2024, 9, 18))).Select(f => f.Id), Is.EqualTo(new[] { late.Id }), "the reply is due on 09-18 itself: 09-17 is the last day of the Mid-Autumn holiday");
    }

    [Test]
    public async Task ExpiringDocuments_AreThoseInForceEndingWithinSixMonths()
    {
        await _workflow.AddDocumentAsync(Document("D-1", "晋政规〔2020〕1号", new DateOnly(2020, 3, 1), new DateOnly(2025, 3, 31)), "王敏");
        await _workflow.AddDocumentAsync(Document("D-2", "晋政规〔2020〕2号", new DateOnly(2020, 5, 1), new DateOnly(2025, 8, 31)), "王敏");
        await _workflow.AddDocumentAsync(Document("D-3", "晋政规〔2019〕2号", new DateOnly(2019, 5, 1), new DateOnly(2024, 10, 31)), "王敏");
        await _workflow.AddDocumentAsync(Document("D-4", "晋政规〔2021〕2号", new DateOnly(2021, 5, 1), null), "王敏");
        await _workflow.AddDocumentAsync(Document("D-5", "晋政规〔2020〕5号", new DateOnly(2020, 5, 1), new DateOnly(2025, 1, 31)) with { Status = DocumentStatus.Repealed }, "王敏");

        var expiring = await _store.ListDocumentsExpiringAsync(new DateOnly(2024, 12, 31), ReviewProfile.Fujian.ExpiryReminderMonths);

        Assert.That(expiring.Select(d => d.Id), Is.EqualTo(new[] { "D-3", "D-1" }));
    }

    [Test]
    public async Task Settings_AreStoredAndOverwritten()
    {
        await _store.SetSettingAsync(TrackingSettings.Reporter, "晋江市司法局");
        await _store.SetSettingAsync(TrackingSettings.Reporter, "晋江市司法局（备案审查科）");

        Assert.That(await _store.GetSettingsAsync(), Is.EqualTo(new Dictionary<string, string> { [TrackingSettings.Reporter] = "晋江市司法局（备案审查科）" }));
    }

    [Test]
    public async Task AnnualStatistics_CountTheYearOnly()
    {
        await _store.SetSettingAsync(TrackingSettings.Reporter, "晋江市司法局");
        var received = await _workflow.AddReviewCaseAsync("甲", "晋江市教育局", new DateOnly(2024, 12, 30), "王敏");
        await _workflow.AddReviewCaseAsync("乙", "晋江市教育局", new DateOnly(2023, 12, 29), "王敏");
        await _workflow.ConcludeReviewAsync(received.Id, "同意", null, "王敏", new DateOnly(2025, 1, 3));
        var filing = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToUpperGovernment, "晋政规〔2024〕5号", "甲", "晋江市人民政府", "泉州市人民政府", new DateOnly(2024, 12, 20), "王敏");
        await _workflow.AdvanceFilingAsync(filing.Id, FilingStatus.Submitted, "王敏", "报送", new DateOnly(2024, 12, 27));
        var late = await _workflow.AddOutgoingFilingAsync(FilingDirection.ToPeoplesCongress, "晋政规〔2024〕5号", "甲", "晋江市人民政府", "晋江市人大常委会", new DateOnly(2024, 12, 20), "王敏");
        await _workflow.AdvanceFilingAsync(late.Id, FilingStatus.Submitted, "王敏", "报送", new DateOnly(2025, 1, 2));
        var project = await _workflow.AddProjectAsync(2024, "丙", ProjectSource.Applied, "晋江市教育局", null, "王敏", new DateOnly(2024, 1, 3));
        await _workflow.AdvanceProjectAsync(project.Id, ProjectStatus.Refused, "王敏", "不予立项", new DateOnly(2024, 2, 1), "可与现行文件合并");

        var statistics = await _store.GetAnnualStatisticsAsync(2024);

        Assert.That(statistics.Year, Is.EqualTo(2024));
        Assert.That(statistics.Reporter, Is.EqualTo("晋江市司法局"));
        Assert.That(statistics.ReviewsReceived, Is.EqualTo(1));
        Assert.That(statistics.ReviewsConcluded, Is.EqualTo(0));
        Assert.That(statistics.FiledWithUpperGovernment, Is.EqualTo(1));
        Assert.That(statistics.UpperGovernment, Is.EqualTo("泉州市人民政府"));
        Assert.That(statistics.FiledWithPeoplesCongress, Is.EqualTo(0));
        Assert.That(statistics.ProjectsApplied, Is.EqualTo(1));
        Assert.That(statistics.ProjectsRefused, Is.EqualTo(1));
        Assert.That(statistics.ProjectsIssued, Is.EqualTo(0));
        Assert.That((await _store.GetAnnualStatisticsAsync(2025)).FiledWithPeoplesCongress, Is.EqualTo(1));
    }

    [Test]
    public async Task ExportThenImport_RoundTripsEveryRecordAndEvent()
    {
        var snapshot = Seed2024Generator.Generate();
        await _store.ImportAsync(snapshot);

        var exported = await _store.ExportAsync();

        AssertSameSnapshot(exported, snapshot);
        Assert.That(TrackingJson.Serialize(exported), Is.EqualTo(TrackingJson.Serialize(snapshot)));
        AssertSameSnapshot(TrackingJson.Deserialize(TrackingJson.Serialize(exported)), snapshot);
    }

    [Test]
    public async Task ImportOfExistingRecords_ImportsNothing()
    {
        var snapshot = Seed2024Generator.Generate();
        await _workflow.AddDocumentAsync(snapshot.Documents[3], "王敏");

        Assert.That(async () => await _store.ImportAsync(snapshot), Throws.TypeOf<TrackingException>().With.Message.Contains("编号重复"));

        Assert.That(await _store.ListProjectsAsync(), Is.Empty);
        Assert.That(await _store.ListDocumentsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Seed2024_ReproducesTheAnnualReportFigures()
    {
        var snapshot = TrackingJson.Deserialize(await File.ReadAllTextAsync(RepositoryFiles.Seed2024));
        await _store.ImportAsync(snapshot);

        var statistics = await _store.GetAnnualStatisticsAsync(2024);
        var paragraph = AnnualStatisticsText.Write(statistics);

        Assert.That(paragraph, Does.StartWith("2024年，共收部门送审文件194份，审结193份；"));
        Assert.That(paragraph, Does.Contain("按时完成向泉州市人民政府报备规范性文件14份、向晋江市人大常委会报备规范性文件16份；"));
        Assert.That(paragraph, Does.Contain("收到部门、镇（街道）报备文件41份，发出《规范性文件备案审查补充说明通知书》3份。"));
        Assert.That(paragraph, Does.Contain("2024年项目库共受理自动入库7件、重点立项4件、申报立项23件，其中已完成印发18件、不予立项2件。"));
        Assert.That(statistics.CorrectionsRequested, Is.EqualTo(0));
        Assert.That(statistics.Reporter, Is.EqualTo("晋江市司法局"));
    }

    private static IssuedDocument Document(string id, string number, DateOnly published, DateOnly? validUntil) => new()
    {
        Id = id,
        DocumentNumber = number,
        Title = $"晋江市人民政府关于印发{number}的通知",
        Issuer = "晋江市人民政府",
        PublishedOn = published,
        EffectiveOn = published.AddDays(30),
        ValidUntil = validUntil,
        Status = DocumentStatus.InForce,
    };

    private static void AssertSameSnapshot(TrackingSnapshot actual, TrackingSnapshot expected)
    {
        Assert.That(actual.FormatVersion, Is.EqualTo(expected.FormatVersion));
        Assert.That(actual.Settings, Is.EquivalentTo(expected.Settings));
        Assert.That(actual.Projects, Is.EqualTo(expected.Projects));
        Assert.That(actual.ReviewCases, Is.EqualTo(expected.ReviewCases));
        Assert.That(actual.Documents, Is.EqualTo(expected.Documents));
        Assert.That(actual.Filings, Is.EqualTo(expected.Filings));
        Assert.That(actual.AuditEvents, Is.EqualTo(expected.AuditEvents));
    }
}
