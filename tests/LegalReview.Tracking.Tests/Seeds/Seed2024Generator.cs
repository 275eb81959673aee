using LegalReview.Calendar;
using LegalReview.Review;

namespace LegalReview.Tracking.Tests.Seeds;

/// <summary>
/// Builds seeds/tracking/2024.json: a year of the Jinjiang justice bureau's tracking records that reproduces the figures
/// of its 2024 report (194 received / 193 concluded; 14 + 16 filed upward; 41 received, 3 explanation notices; project
/// library 7 / 4 / 23, of which 18 issued and 2 refused). Deterministic: no clock, no randomness; every date and
/// deadline is computed with the real calendar and the Fujian profile through the same state machines the
/// application uses. Regenerate with the explicit test <see cref="Seed2024Tests.WriteSeedFile"/>.
/// </summary>
internal static class Seed2024Generator
{
    private const string Bureau = "晋江市司法局";
    private const string Government = "晋江市人民政府";
    private const string GovernmentOffice = "晋江市人民政府办公室";
    private const string UpperGovernment = "泉州市人民政府";
    private const string PeoplesCongress = "晋江市人大常委会";
    private const string FilingClerk = "陈志强";
    private const string Reviewer = "林雅婷";
    private const string PlanClerk = "黄建伟";

    private static readonly (string Unit, string Abbreviation, string[] Topics)[] Departments =
    [
        ("晋江市教育局", "晋教规", ["民办学校分类管理实施办法", "校外培训机构监督管理办法", "学前教育普惠发展若干措施", "中小学校园安全管理规定"]),
        ("晋江市财政局", "晋财规", ["政府采购内部控制管理办法", "财政专项资金管理办法", "政府投资项目预算评审管理办法", "行政事业单位国有资产处置管理规定"]),
        ("晋江市人力资源和社会保障局", "晋人社规", ["就业创业补贴资金管理办法", "高层次人才认定和支持办法", "技能人才培养补贴实施细则", "劳动保障监察工作规程"]),
        ("晋江市自然资源局", "晋自然资规", ["国有建设用地使用权出让管理办法", "农村宅基地审批管理办法", "土地储备管理办法", "临时用地管理规定"]),
        ("晋江市住房和城乡建设局", "晋建规", ["住宅小区物业服务管理办法", "建筑工地扬尘污染防治管理规定", "既有住宅加装电梯实施办法", "城镇老旧小区改造实施方案"]),
        ("晋江市交通运输局", "晋交规", ["网络预约出租汽车经营服务管理实施细则", "农村公路养护管理办法", "公共自行车系统管理办法", "道路运输车辆动态监管规定"]),
        ("晋江市农业农村局", "晋农规", ["农村集体资产管理办法", "农业产业化龙头企业认定和扶持办法", "高标准农田建设管护办法", "农村村民建房管理规定"]),
        ("晋江市商务局", "晋商规", ["促进外贸稳定增长若干措施", "电子商务产业扶持办法", "商贸流通业发展专项资金管理办法", "会展业扶持办法"]),
        ("晋江市文化体育和旅游局", "晋文旅规", ["文化产业发展专项资金管理办法", "旅游市场秩序管理规定", "公共文化设施管理办法", "体育赛事活动扶持办法"]),
        ("晋江市卫生健康局", "晋卫规", ["基层医疗卫生机构绩效考核办法", "家庭医生签约服务实施方案", "医疗卫生人才引进办法", "托育服务机构管理办法"]),
        ("晋江市市场监督管理局", "晋市监规", ["市场主体登记管理实施办法", "食品小作坊管理办法", "知识产权资助办法", "政府质量奖评选管理办法"]),
        ("晋江市城市管理局", "晋城管规", ["城市道路挖掘管理办法", "户外广告设置管理办法", "城市生活垃圾分类管理办法", "市容环境卫生责任区管理规定"]),
        ("晋江市应急管理局", "晋应急规", ["安全生产举报奖励办法", "自然灾害救助办法", "危险化学品安全管理规定", "生产经营单位安全生产主体责任规定"]),
        ("晋江市民政局", "晋民规", ["最低生活保障实施细则", "居家养老服务补贴办法", "殡葬管理办法", "社会组织管理办法"]),
        ("晋江市工业和信息化局", "晋工信规", ["促进制造业高质量发展若干措施", "企业技术改造专项资金管理办法", "中小企业公共服务体系建设实施方案", "数字经济发展扶持办法"]),
        ("晋江市科学技术局", "晋科规", ["科技计划项目管理办法", "科技创新平台建设扶持办法", "高新技术企业培育办法", "科技成果转化奖励办法"]),
        ("晋江市医疗保障局", "晋医保规", ["城乡居民基本医疗保险实施办法", "医疗保障基金监督管理办法", "长期护理保险试点实施方案", "定点医药机构协议管理办法"]),
        ("晋江市生态环境局", "晋环规", ["生态环境损害赔偿实施办法", "排污权交易管理办法", "环境违法行为举报奖励办法", "重点排污单位监督管理规定"]),
        ("晋江市水利局", "晋水规", ["河道采砂管理办法", "农村供水工程运行管理办法", "河长制工作规定", "小型水库安全运行管理办法"]),
        ("晋江市退役军人事务局", "晋退役规", ["退役军人就业创业扶持办法", "优抚对象医疗保障办法", "退役军人服务站建设管理办法", "烈士纪念设施保护管理办法"]),
    ];

    private static readonly (string Unit, string Abbreviation, string Topic)[] Towns =
    [
        ("晋江市安海镇人民政府", "安政规", "农村人居环境整治考评办法"),
        ("晋江市磁灶镇人民政府", "磁政规", "村级财务管理规定"),
        ("晋江市陈埭镇人民政府", "陈政规", "集镇市容秩序管理办法"),
        ("晋江市池店镇人民政府", "池政规", "村（社区）小微权力清单运行办法"),
        ("晋江市内坑镇人民政府", "内政规", "农村集体经济组织成员资格认定办法"),
        ("晋江市英林镇人民政府", "英政规", "村庄规划建设管理办法"),
        ("晋江市青阳街道办事处", "青街规", "社区网格化服务管理办法"),
        ("晋江市西园街道办事处", "西街规", "物业小区综合治理办法"),
    ];

    private static readonly string[] ReviewSuffixes = ["（送审稿）", "（修订送审稿）", "（征求意见后修改稿）"];

    private static readonly string[] Conclusions =
    [
        "原则同意，建议按审核意见修改后提请市政府常务会议审议。",
        "经审核，未发现违反法律、法规、规章规定的内容，同意提请集体审议。",
        "部分条款缺乏上位法依据，建议删除相关限制性规定后再行提请审议。",
        "原则同意，建议补充公平竞争审查结论并进一步征求市场主体意见后印发。",
    ];

    private static readonly (string Title, bool Provisional)[] GovernmentDocuments =
    [
        ("晋江市城市道路挖掘管理办法", false),
        ("晋江市既有住宅加装电梯实施办法", false),
        ("晋江市就业创业补贴资金管理办法", false),
        ("晋江市国有建设用地使用权出让管理办法", false),
        ("晋江市农村村民建房管理规定", false),
        ("晋江市促进制造业高质量发展若干措施", true),
        ("晋江市户外广告设置管理办法", false),
        ("晋江市居家养老服务补贴办法", false),
        ("晋江市高层次人才认定和支持办法", false),
        ("晋江市政府投资项目预算评审管理办法", false),
        ("晋江市网络预约出租汽车经营服务管理实施细则", false),
        ("晋江市数字经济发展扶持办法", true),
        ("晋江市住宅小区物业服务管理办法", false),
        ("晋江市城市生活垃圾分类管理办法", false),
    ];

    private static readonly string[] GovernmentPublication =
    [
        "2024-01-22", "2024-02-26", "2024-03-15", "2024-04-12", "2024-05-20", "2024-06-14", "2024-07-05",
        "2024-07-26", "2024-08-16", "2024-09-06", "2024-09-20", "2024-10-18", "2024-11-08", "2024-11-29",
    ];

    public static TrackingSnapshot Generate()
    {
        var calculator = new DeadlineCalculator();
        var builder = new Builder(calculator, new FilingStateMachine(TrackingWorkflow.PeriodsOf(ReviewProfile.Fujian), calculator));
        AddReviewCases(builder);
        AddDocumentsAndOutgoingFilings(builder);
        AddIncomingFilings(builder);
        AddProjects(builder);
        return builder.Build();
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void AddReviewCases(Builder b)
    {
        var concluded = 0;
        for (var i = 0; i < 194; i++)
        {
            var (unit, _, topics) = Departments[i % Departments.Length];
            var round = i / Departments.Length;
            var title = $"晋江市{topics[round % topics.Length]}{ReviewSuffixes[round / topics.Length % ReviewSuffixes.Length]}";
            var received = i < 193 ? b.WorkingDayOnOrAfter(new DateOnly(2024, 1, 3).AddDays(i * 343 / 193)) : new DateOnly(2024, 12, 27);
            var id = $"R-2024-{i + 1:000}";
            var reviewCase = new ReviewCase { Id = id, Title = title, SubmittingUnit = unit, ReceivedOn = received };
            b.Event(TrackingEntityKind.ReviewCase, id, Reviewer, received, null, ReviewCaseStates.Received, "收到送审稿。");
            if (i < 193)
            {
                concluded++;
                var on = b.WorkingDays(received, 5 + (i % 8));
                var conclusion = Conclusions[i % Conclusions.Length];
                reviewCase = reviewCase with
                {
                    ConcludedOn = on,
                    Conclusion = conclusion,
                    OpinionLetterPath = $"opinions/2024/晋司审〔2024〕{concluded}号.docx",
                    Version = 2,
                };
                b.Event(TrackingEntityKind.ReviewCase, id, Reviewer, on, ReviewCaseStates.Received, ReviewCaseStates.Concluded, conclusion);
            }

            b.ReviewCases.Add(reviewCase);
        }
    }

    private static void AddDocumentsAndOutgoingFilings(Builder b)
    {
        var regulations = 0;
        var officeRegulations = 0;
        for (var i = 0; i < GovernmentDocuments.Length; i++)
        {
            var (topic, provisional) = GovernmentDocuments[i];
            var byOffice = i is 2 or 5 or 7 or 10 or 12;
            var number = byOffice ? $"晋政办规〔2024〕{++officeRegulations}号" : $"晋政规〔2024〕{++regulations}号";
            var issuer = byOffice ? GovernmentOffice : Government;
            var title = $"{issuer}关于印发{(provisional ? topic.Replace("若干措施", "若干措施（试行）", StringComparison.Ordinal).Replace("扶持办法", "扶持办法（试行）", StringComparison.Ordinal) : topic)}的通知";
            var document = AddDocument(b, $"D-2024-{i + 1:00}", number, title, issuer, D(GovernmentPublication[i]), provisional ? 2 : 5);
            AddOutgoing(b, document, FilingDirection.ToUpperGovernment, UpperGovernment, i);
            AddOutgoing(b, document, FilingDirection.ToPeoplesCongress, PeoplesCongress, i + 1);
        }

        // Documents a department issued with the government's consent are also filed with the standing committee.
        var market = AddDocument(b, "D-2024-15", "晋市监规〔2024〕1号", "晋江市市场监督管理局关于印发晋江市食品小作坊管理办法的通知", "晋江市市场监督管理局", D("2024-04-25"), 5);
        AddOutgoing(b, market, FilingDirection.ToPeoplesCongress, PeoplesCongress, 2);
        var labour = AddDocument(b, "D-2024-16", "晋人社规〔2024〕2号", "晋江市人力资源和社会保障局 晋江市财政局关于印发晋江市技能人才培养补贴实施细则的通知", "晋江市人力资源和社会保障局", D("2024-08-28"), 5);
        AddOutgoing(b, labour, FilingDirection.ToPeoplesCongress, PeoplesCongress, 3);

        // Earlier documents: the 清理 reminders and the status changes of the year.
        AddDocument(b, "D-2020-02", "晋政规〔2020〕2号", "晋江市人民政府关于印发晋江市城市公共停车场管理办法的通知", Government, D("2020-03-31"), 5);
        AddDocument(b, "D-2020-05", "晋政办规〔2020〕5号", "晋江市人民政府办公室关于印发晋江市工业用地提质增效实施办法的通知", GovernmentOffice, D("2020-05-15"), 5);
        var expired = AddDocument(b, "D-2019-06", "晋政规〔2019〕6号", "晋江市人民政府关于印发晋江市农村集体资产管理办法的通知", Government, D("2019-10-31"), 5);
        b.Documents[^1] = expired with { Status = DocumentStatus.Expired, Version = 2 };
        b.Event(TrackingEntityKind.Document, expired.Id, FilingClerk, expired.ValidUntil!.Value.AddDays(1), "inForce", "expired", "有效期届满，自动失效。");
        var amended = AddDocument(b, "D-2021-03", "晋政规〔2021〕3号", "晋江市人民政府关于印发晋江市城市生活垃圾分类管理办法的通知", Government, D("2021-06-18"), 5);
        b.Documents[^1] = amended with { Status = DocumentStatus.Amended, Version = 2 };
        b.Event(TrackingEntityKind.Document, amended.Id, FilingClerk, D("2024-11-29"), "inForce", "amended", "已由晋政规〔2024〕9号修订。");
    }

    private static IssuedDocument AddDocument(Builder b, string id, string number, string title, string issuer, DateOnly published, int validYears)
    {
        var effective = published.AddDays(30);
        var document = new IssuedDocument
        {
            Id = id,
            DocumentNumber = number,
            Title = title,
            Issuer = issuer,
            PublishedOn = published,
            EffectiveOn = effective,
            ValidUntil = effective.AddYears(validYears).AddDays(-1),
            Status = DocumentStatus.InForce,
        };
        b.Documents.Add(document);
        b.Event(TrackingEntityKind.Document, id, FilingClerk, published, null, "inForce", $"{number}公布，自{TrackingNames.Iso(effective)}起施行，有效期{validYears}年。");
        return document;
    }

    private static void AddOutgoing(Builder b, IssuedDocument document, FilingDirection direction, string recipient, int variant)
    {
        var id = $"F-2024-{b.Filings.Count + 1:000}";
        var filing = b.Machine.CreateOutgoing(id, direction, document.DocumentNumber, document.Title, document.Issuer, recipient, document.PublishedOn);
        b.Event(TrackingEntityKind.Filing, id, FilingClerk, document.PublishedOn, null, "pending", $"文件公布，应于{TrackingNames.Iso(filing.DueOn)}前报送备案（公布之日起15日内）。");
        var submitted = b.WorkingDays(document.PublishedOn, 3 + (variant % 5));
        if (submitted > filing.DueOn)
        {
            throw new InvalidOperationException($"{id} would be filed late.");
        }

        filing = b.Move(filing, FilingStatus.Submitted, submitted, FilingClerk, $"按时向{recipient}报送备案材料。");
        var registered = b.WorkingDays(submitted, 2 + (variant % 3));
        filing = b.Move(filing, FilingStatus.Registered, registered, FilingClerk, "备案机关予以备案登记。");
        filing = b.Move(filing, FilingStatus.UnderReview, registered, FilingClerk, "进入审查。");
        var approved = b.WorkingDays(registered, 15 + (variant % 6));
        if (approved.Year == 2024)
        {
            filing = b.Move(filing, FilingStatus.Approved, approved, FilingClerk, "备案机关审查无异议。");
        }

        b.Filings.Add(filing);
    }

    private static void AddIncomingFilings(Builder b)
    {
        var perAbbreviation = new Dictionary<string, int>(StringComparer.Ordinal);
        var notices = 0;
        for (var i = 0; i < 41; i++)
        {
            var fromTown = i % 5 == 4 && i / 5 < Towns.Length;
            string unit, abbreviation, topic;
            if (fromTown)
            {
                (unit, abbreviation, topic) = Towns[i / 5];
                topic = unit.Replace("晋江市", string.Empty, StringComparison.Ordinal).Replace("人民政府", string.Empty, StringComparison.Ordinal).Replace("办事处", string.Empty, StringComparison.Ordinal) + topic;
            }
            else
            {
                var department = Departments[(i * 7) % Departments.Length];
                (unit, abbreviation) = (department.Unit, department.Abbreviation);
                topic = "晋江市" + department.Topics[(i / Departments.Length + 1) % department.Topics.Length];
            }

            // The two department documents filed upward above already took number 1 (and 2) of their series.
            var start = abbreviation switch { "晋市监规" => 1, "晋人社规" => 2, _ => 0 };
            var n = perAbbreviation[abbreviation] = perAbbreviation.GetValueOrDefault(abbreviation, start) + 1;
            var number = $"{abbreviation}〔2024〕{n}号";
            var published = b.WorkingDayOnOrAfter(new DateOnly(2024, 1, 10).AddDays(i * 330 / 41));
            var received = i == 17 ? b.WorkingDays(published, 14) : b.WorkingDays(published, 2 + (i % 7));
            var id = $"F-2024-{b.Filings.Count + 1:000}";
            var direction = fromTown ? FilingDirection.FromTown : FilingDirection.FromDepartment;
            var filing = b.Machine.Receive(id, direction, number, $"{unit}关于印发{topic}的通知", unit, Government, published, received);
            b.Event(TrackingEntityKind.Filing, id, FilingClerk, received, null, "submitted", received > filing.DueOn ? $"收到报备材料；已超过报备期限（{TrackingNames.Iso(filing.DueOn)}），予以提醒。" : "收到报备材料。");

            var on = b.WorkingDays(received, 1 + (i % 3));
            if (i == 25)
            {
                filing = b.Move(filing, FilingStatus.NotRegistered, on, FilingClerk, "该文件为内部工作制度，不涉及公民、法人和其他组织权利义务，不属于行政规范性文件，不予备案登记。");
                b.Filings.Add(filing);
                continue;
            }

            if (i == 12)
            {
                filing = b.Move(filing, FilingStatus.Deferred, on, FilingClerk, "报备材料缺少合法性审核意见和起草说明，暂缓备案登记，请于15日内补正。");
                on = b.WorkingDays(on, 5);
                filing = b.Move(filing, FilingStatus.Submitted, on, FilingClerk, "报备单位补正材料。");
                on = b.WorkingDays(on, 1);
            }

            filing = b.Move(filing, FilingStatus.Registered, on, FilingClerk, "报备材料齐全，予以备案登记。");
            filing = b.Move(filing, FilingStatus.UnderReview, on, FilingClerk, "进入审查。");
            if (i is 6 or 19 or 31)
            {
                on = b.WorkingDays(on, 5);
                var notice = $"晋司备补〔2024〕{++notices}号";
                filing = b.Move(filing, FilingStatus.ExplanationRequested, on, FilingClerk, "部分条款的制定依据不明确，请报备单位书面说明。", notice);
                on = b.WorkingDays(on, 6);
                filing = b.Move(filing, FilingStatus.UnderReview, on, FilingClerk, "报备单位按期提交书面说明。");
            }

            on = b.WorkingDays(on, 10 + (i % 9));
            if (on.Year == 2024)
            {
                filing = b.Move(filing, FilingStatus.Approved, on, FilingClerk, "经审查，未发现违反法律、法规、规章的内容，审查通过。");
            }

            b.Filings.Add(filing);
        }
    }

    private static void AddProjects(Builder b)
    {
        // (source, how far it got: number of stages passed after entry, refusal reason)
        var plan = new List<(ProjectSource Source, int Stages, string? Refusal)>();
        plan.AddRange(Enumerable.Range(0, 7).Select(i => (ProjectSource.Automatic, i < 4 ? 99 : i - 3, (string?)null)));
        plan.AddRange(Enumerable.Range(0, 4).Select(i => (ProjectSource.Key, i < 2 ? 99 : 5 - i, (string?)null)));
        plan.AddRange(Enumerable.Range(0, 23).Select(i => i switch
        {
            < 18 => (ProjectSource.Applied, 99, (string?)null),
            18 => (ProjectSource.Applied, -1, "上位法已有明确规定，无需另行制定规范性文件。"),
            19 => (ProjectSource.Applied, -1, "拟规范事项与现行有效的晋政规〔2022〕4号重复，建议并入该文件修订。"),
            20 => (ProjectSource.Applied, 0, (string?)null),
            21 => (ProjectSource.Applied, 2, (string?)null),
            _ => (ProjectSource.Applied, 3, (string?)null),
        }));

        for (var i = 0; i < plan.Count; i++)
        {
            var (source, stages, refusal) = plan[i];
            var department = Departments[(i * 3 + 1) % Departments.Length];
            var title = "晋江市" + department.Topics[(i / Departments.Length + 2) % department.Topics.Length];
            var entered = b.WorkingDayOnOrAfter(new DateOnly(2024, 1, 8).AddDays(i * 4));
            var id = $"P-2024-{i + 1:000}";
            var entry = new ProjectEntry
            {
                Id = id,
                Year = 2024,
                Title = title,
                Source = source,
                DraftingUnit = department.Unit,
                PlannedOn = new DateOnly(2024, 12, 31),
                Status = ProjectStateMachine.InitialStatus(source),
            };
            b.Event(TrackingEntityKind.Project, id, PlanClerk, entered, null, TrackingNames.Code(entry.Status), source switch
            {
                ProjectSource.Automatic => "上位法要求制定配套文件，自动入库。",
                ProjectSource.Key => "列入市政府年度重点立项项目。",
                _ => $"{department.Unit}申报立项。",
            });

            var on = entered;
            if (source == ProjectSource.Applied)
            {
                if (stages == 0)
                {
                    b.Projects.Add(entry);
                    continue;
                }

                on = b.WorkingDays(on, 10);
                if (refusal is not null)
                {
                    b.Projects.Add(b.Move(entry, ProjectStatus.Refused, on, PlanClerk, "经审核，不予立项。", refusal));
                    continue;
                }

                entry = b.Move(entry, ProjectStatus.Drafting, on, PlanClerk, "经审核，同意立项，列入年度制定计划。");
            }

            var path = new List<(ProjectStatus To, int Days, string Reason)>
            {
                (ProjectStatus.SolicitingComments, 20, "起草完成，公开征求意见（不少于30日）。"),
            };
            if (i % 2 == 0)
            {
                path.Add((ProjectStatus.FairCompetitionReview, 23, "征求意见结束，涉及经营主体经济活动，开展公平竞争审查。"));
            }

            path.Add((ProjectStatus.LegalityReview, i % 2 == 0 ? 8 : 23, "送司法局合法性审核。"));
            path.Add((ProjectStatus.CollectiveDeliberation, 8, "经合法性审核，提请市政府常务会议审议。"));
            path.Add((ProjectStatus.Issued, 6, "经集体审议通过，签发印发。"));
            var limit = Math.Min(stages, path.Count);
            for (var s = 0; s < limit; s++)
            {
                on = b.WorkingDays(on, path[s].Days);
                entry = b.Move(entry, path[s].To, on, PlanClerk, path[s].Reason);
            }

            if (entry.Status == ProjectStatus.Issued && on.Year != 2024)
            {
                throw new InvalidOperationException($"{id} would be issued in {on.Year}.");
            }

            b.Projects.Add(entry);
        }
    }

    private sealed class Builder(DeadlineCalculator calculator, FilingStateMachine machine)
    {
        private readonly List<(TrackingEntityKind Kind, string Id, string Actor, DateOnly On, string? From, string To, string Reason)> _events = [];

        public FilingStateMachine Machine => machine;

        public List<ReviewCase> ReviewCases { get; } = [];

        public List<IssuedDocument> Documents { get; } = [];

        public List<Filing> Filings { get; } = [];

        public List<ProjectEntry> Projects { get; } = [];

        public DateOnly WorkingDays(DateOnly start, int days) => calculator.AddWorkingDays(start, days).DueOn;

        public DateOnly WorkingDayOnOrAfter(DateOnly date)
        {
            while (!calculator.Calendar.IsWorkingDay(date))
            {
                date = date.AddDays(1);
            }

            return date;
        }

        public void Event(TrackingEntityKind kind, string id, string actor, DateOnly on, string? from, string to, string reason) =>
            _events.Add((kind, id, actor, on, from, to, reason));

        public Filing Move(Filing filing, FilingStatus to, DateOnly on, string actor, string reason, string? notice = null)
        {
            var changed = machine.Apply(filing, to, on, notice) with { Version = filing.Version + 1 };
            Event(TrackingEntityKind.Filing, filing.Id, actor, on, TrackingNames.Code(filing.Status), TrackingNames.Code(to), reason);
            return changed;
        }

        public ProjectEntry Move(ProjectEntry entry, ProjectStatus to, DateOnly on, string actor, string reason, string? refusal = null)
        {
            var changed = ProjectStateMachine.Apply(entry, to, on, refusal) with { Version = entry.Version + 1 };
            Event(TrackingEntityKind.Project, entry.Id, actor, on, TrackingNames.Code(entry.Status), TrackingNames.Code(to), reason);
            return changed;
        }

        public TrackingSnapshot Build()
        {
            // Events in the order they happened; on one day, in the order they were generated. Each is recorded at
            // 09:00 China time of its day plus one minute per earlier event that day.
            var ordered = _events.Select((e, index) => (e, index)).OrderBy(x => x.e.On).ThenBy(x => x.index).Select(x => x.e).ToList();
            var events = new List<AuditEvent>(ordered.Count);
            var perDay = new Dictionary<DateOnly, int>();
            foreach (var e in ordered)
            {
                var minute = perDay[e.On] = perDay.GetValueOrDefault(e.On, -1) + 1;
                events.Add(new AuditEvent
                {
                    Id = $"E-2024-{events.Count + 1:00000}",
                    EntityKind = e.Kind,
                    EntityId = e.Id,
                    Actor = e.Actor,
                    RecordedAt = new DateTimeOffset(e.On.Year, e.On.Month, e.On.Day, 1, 0, 0, TimeSpan.Zero).AddMinutes(minute),
                    EffectiveOn = e.On,
                    FromState = e.From,
                    ToState = e.To,
                    Reason = e.Reason,
                });
            }

            return new TrackingSnapshot
            {
                Settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    [TrackingSettings.PeoplesCongress] = PeoplesCongress,
                    [TrackingSettings.Reporter] = Bureau,
                    [TrackingSettings.UpperGovernment] = UpperGovernment,
                },
                Projects = [.. Projects.OrderBy(p => p.Year).ThenBy(p => p.Id, StringComparer.Ordinal)],
                ReviewCases = [.. ReviewCases.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id, StringComparer.Ordinal)],
                Documents = [.. Documents.OrderBy(d => d.PublishedOn).ThenBy(d => d.Id, StringComparer.Ordinal)],
                Filings = [.. Filings.OrderBy(f => f.PublishedOn).ThenBy(f => f.Id, StringComparer.Ordinal)],
                AuditEvents = events,
            };
        }
    }
}
