using System.Globalization;
using LegalReview.Calendar;
using LegalReview.Review;

namespace LegalReview.Tracking.Tests.Reliability;

/// <summary>
/// A large, deterministic tracking snapshot: thousands of records in every state the workflows reach, with optional
/// fields both set and empty, and one audit event per version. Filings are moved by the real state machine so their
/// trails are valid paths.
/// </summary>
internal static class LargeSnapshotGenerator
{
    private static readonly string[] Units = ["晋江市教育局", "晋江市财政局", "晋江市自然资源局", "安海镇人民政府", "陈埭镇人民政府", "西园街道办事处"];
    private static readonly string[] Topics = ["民办学校分类管理实施办法", "财政专项资金管理办法", "农村宅基地审批管理办法", "“三旧”改造实施意见", "城市道路挖掘管理办法（试行）", "促进外贸稳定增长若干措施"];

    /// <summary>Builds the snapshot.</summary>
    /// <param name="filings">Number of filings; projects, review cases and documents are a quarter of it each.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The snapshot, each list in the order the store exports it.</returns>
    public static TrackingSnapshot Generate(int filings, int seed)
    {
        var random = new Random(seed);
        var machine = new FilingStateMachine(TrackingWorkflow.PeriodsOf(ReviewProfile.Fujian), new DeadlineCalculator());
        var events = new List<AuditEvent>();
        var eventNumber = 0;
        var recordedAt = new DateTimeOffset(2024, 1, 2, 1, 0, 0, TimeSpan.Zero);

        AuditEvent Event(TrackingEntityKind kind, string id, DateOnly on, string? from, string to, string reason)
        {
            eventNumber++;
            var e = new AuditEvent
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"E-{eventNumber:D6}"),
                EntityKind = kind,
                EntityId = id,
                Actor = eventNumber % 3 == 0 ? "陈志强" : "林雅婷",
                RecordedAt = recordedAt.AddSeconds(eventNumber * 37),
                EffectiveOn = on,
                FromState = from,
                ToState = to,
                Reason = eventNumber % 7 == 0 ? string.Empty : $"{reason}（第{eventNumber}条记录，含引号\"与反斜杠\\）",
            };
            events.Add(e);
            return e;
        }

        var filingList = new List<Filing>();
        for (var i = 0; i < filings; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"F-{i:D6}");
            var published = new DateOnly(2024, 1, 2).AddDays(random.Next(0, 330));
            var unit = Units[random.Next(Units.Length)];
            var title = $"{unit}关于印发{Topics[random.Next(Topics.Length)]}的通知";
            var number = string.Create(CultureInfo.InvariantCulture, $"晋规〔2024〕{i + 1}号");
            Filing filing;
            if (i % 2 == 0)
            {
                filing = machine.CreateOutgoing(id, i % 4 == 0 ? FilingDirection.ToUpperGovernment : FilingDirection.ToPeoplesCongress, number, title, "晋江市人民政府", i % 4 == 0 ? "泉州市人民政府" : "晋江市人大常委会", published);
            }
            else
            {
                filing = machine.Receive(id, i % 3 == 0 ? FilingDirection.FromTown : FilingDirection.FromDepartment, number, title, unit, "晋江市人民政府", published, published.AddDays(random.Next(0, 40)));
            }

            Event(TrackingEntityKind.Filing, id, filing.StatusChangedOn!.Value, null, TrackingNames.Code(filing.Status), "登记");
            var steps = random.Next(0, 7);
            var on = filing.StatusChangedOn!.Value;
            for (var s = 0; s < steps; s++)
            {
                var next = FilingStateMachine.NextStates(filing.Status);
                if (next.Count == 0)
                {
                    break;
                }

                var to = next[random.Next(next.Count)];
                on = on.AddDays(random.Next(0, 20));
                var changed = machine.Apply(filing, to, on, string.Create(CultureInfo.InvariantCulture, $"晋司备函〔2024〕{i}-{s}号"));
                Event(TrackingEntityKind.Filing, id, on, TrackingNames.Code(filing.Status), TrackingNames.Code(to), $"转为{TrackingNames.Chinese(to)}");
                filing = changed with { Version = filing.Version + 1 };
            }

            filingList.Add(filing);
        }

        var projects = new List<ProjectEntry>();
        var reviews = new List<ReviewCase>();
        var documents = new List<IssuedDocument>();
        for (var i = 0; i < filings / 4; i++)
        {
            var source = (ProjectSource)(i % 3);
            var project = new ProjectEntry
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"P-{i:D6}"),
                Year = 2023 + (i % 3),
                Title = Topics[i % Topics.Length],
                Source = source,
                DraftingUnit = Units[i % Units.Length],
                PlannedOn = i % 5 == 0 ? null : new DateOnly(2024, 1 + (i % 12), 1 + (i % 28)),
                Status = ProjectStateMachine.InitialStatus(source),
            };
            Event(TrackingEntityKind.Project, project.Id, new DateOnly(2024, 1, 5), null, TrackingNames.Code(project.Status), TrackingNames.Chinese(source));
            projects.Add(project);

            var received = new DateOnly(2024, 1, 2).AddDays(i % 360);
            var concluded = i % 4 != 0;
            var review = new ReviewCase
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"R-{i:D6}"),
                Title = $"{Topics[(i + 1) % Topics.Length]}（送审稿）",
                SubmittingUnit = Units[(i + 2) % Units.Length],
                ReceivedOn = received,
                ConcludedOn = concluded ? received.AddDays(7) : null,
                Conclusion = concluded ? "原则同意，建议按审核意见修改后提请集体审议。" : null,
                OpinionLetterPath = concluded && i % 2 == 0 ? $"opinions/R-{i}.docx" : null,
                Version = concluded ? 2 : 1,
            };
            Event(TrackingEntityKind.ReviewCase, review.Id, received, null, ReviewCaseStates.Received, "收到送审稿");
            if (concluded)
            {
                Event(TrackingEntityKind.ReviewCase, review.Id, received.AddDays(7), ReviewCaseStates.Received, ReviewCaseStates.Concluded, review.Conclusion!);
            }

            reviews.Add(review);

            var published = new DateOnly(2019, 1, 1).AddDays(i * 3 % 2000);
            var repealed = i % 6 == 0;
            var document = new IssuedDocument
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"D-{i:D6}"),
                DocumentNumber = string.Create(CultureInfo.InvariantCulture, $"晋政规〔{published.Year}〕{i + 1}号"),
                Title = $"晋江市人民政府关于印发{Topics[i % Topics.Length]}的通知",
                Issuer = "晋江市人民政府",
                PublishedOn = published,
                EffectiveOn = i % 7 == 0 ? null : published.AddDays(30),
                ValidUntil = i % 5 == 0 ? null : published.AddYears(5),
                Status = repealed ? DocumentStatus.Repealed : DocumentStatus.InForce,
                Version = repealed ? 2 : 1,
            };
            Event(TrackingEntityKind.Document, document.Id, published, null, TrackingNames.Code(DocumentStatus.InForce), "公布");
            if (repealed)
            {
                Event(TrackingEntityKind.Document, document.Id, published.AddYears(1), TrackingNames.Code(DocumentStatus.InForce), TrackingNames.Code(DocumentStatus.Repealed), "废止");
            }

            documents.Add(document);
        }

        return new TrackingSnapshot
        {
            Settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                [TrackingSettings.Reporter] = "晋江市司法局",
                [TrackingSettings.UpperGovernment] = "泉州市人民政府",
                [TrackingSettings.PeoplesCongress] = "晋江市人大常委会",
            },
            Projects = [.. projects.OrderBy(p => p.Year).ThenBy(p => p.Id, StringComparer.Ordinal)],
            ReviewCases = [.. reviews.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id, StringComparer.Ordinal)],
            Documents = [.. documents.OrderBy(d => d.PublishedOn).ThenBy(d => d.Id, StringComparer.Ordinal)],
            Filings = [.. filingList.OrderBy(f => f.PublishedOn).ThenBy(f => f.Id, StringComparer.Ordinal)],
            AuditEvents = events,
        };
    }
}
