using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Corpus;

/// <summary>
/// Writes N realistic drafts for benchmarks and batch tests, reproducibly from a seed: provisions are drawn from the
/// seed drafts (seeds/drafts/src), assembled into 办法/细则/规定 of 10 to 120 articles, some with chapters, item lists,
/// tables, tracked changes, Word auto-numbering, WPS origin, and some with the drafting problems reviewers meet.
/// </summary>
public sealed partial class CorpusGenerator
{
    private static readonly string[] Sectors = ["城市道路挖掘", "农贸市场", "物业服务", "建筑垃圾处置", "网络预约出租汽车", "校外培训机构", "养老服务机构", "户外广告设置", "共享单车", "人才住房保障", "农村饮水安全", "文物保护", "公共资源交易", "政府投资项目", "消防安全", "餐厨垃圾", "燃气经营", "殡葬服务", "旅游民宿", "停车场"];
    private static readonly string[] Issuers = ["晋江市人民政府", "晋江市住房和城乡建设局", "晋江市市场监督管理局", "晋江市交通运输局", "晋江市教育局", "晋江市民政局", "晋江市商务局", "晋江市城市管理局", "晋江市卫生健康局", "晋江市农业农村局"];
    private static readonly string[] Kinds = ["管理办法", "实施细则", "管理规定", "暂行办法", "实施办法"];
    private static readonly string[] Chapters = ["总则", "申请与审核", "运营管理", "监督检查", "扶持措施", "法律责任", "附则"];
    private static readonly string[] Items = ["申请书", "营业执照复印件", "场所使用证明", "安全管理制度", "从业人员名单", "技术方案", "应急预案", "承诺书"];

    private readonly List<string> _provisions;
    private readonly Random _random;

    /// <summary>Creates a generator.</summary>
    /// <param name="seedSources">The seed draft sources folder.</param>
    /// <param name="seed">The random seed; the same seed gives the same corpus.</param>
    public CorpusGenerator(string seedSources, int seed)
    {
        _random = new Random(seed);
        _provisions = Directory.GetFiles(seedSources, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Select(l => ArticleHead().Replace(l.Trim(), string.Empty))
            .Where(l => l.Length > 12 && !l.StartsWith('%') && !l.StartsWith('|') && (l.EndsWith('。') || l.EndsWith('：')) && !l.Contains("施行", StringComparison.Ordinal) && !l.Contains("印发", StringComparison.Ordinal) && !l.StartsWith('各') && !HeadingHead().IsMatch(l) && !l.Contains("{", StringComparison.Ordinal) && !l.Contains("[", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes <paramref name="count"/> drafts into a folder.</summary>
    /// <param name="count">How many.</param>
    /// <param name="folder">The destination.</param>
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> Write(int count, string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var source = DraftSource.Parse($"draft-{i:D5}", Next(i));
            paths.Add(DraftDocxWriter.WriteFile(source, folder));
        }

        return paths;
    }

    /// <summary>The text source of the next draft.</summary>
    /// <param name="index">Its index (used in its 文号).</param>
    /// <returns>The source text.</returns>
    public string Next(int index)
    {
        var sb = new StringBuilder();
        var wps = _random.NextDouble() < 0.2;
        var autoNumber = _random.NextDouble() < 0.3;
        sb.AppendLine(wps ? "%app: WPS Office" : "%app: Microsoft Office Word");
        sb.AppendLine("%runs: split");
        var issuer = Pick(Issuers);
        var sector = Pick(Sectors);
        var kind = Pick(Kinds);
        var title = $"晋江市{sector}{kind}";
        var year = 2019 + _random.Next(6);
        var issued = new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28));
        var problems = _random.NextDouble() < 0.3;
        sb.AppendLine(CultureInfo.InvariantCulture, $"{issuer}文件");
        sb.AppendLine(problems && _random.NextDouble() < 0.5 ? $"晋政规[{year}]第0{1 + index % 9}号" : $"晋政规〔{year}〕{1 + index % 40}号");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{issuer}关于印发《{title}》的通知");
        sb.AppendLine("各镇人民政府、街道办事处，市直有关单位：");
        sb.AppendLine(CultureInfo.InvariantCulture, $"现将《{title}》印发给你们，请认真贯彻执行。");
        sb.AppendLine(issuer);
        sb.AppendLine(problems && _random.NextDouble() < 0.3 ? $"{year}年{issued.Month:D2}月{issued.Day:D2}日" : $"{year}年{issued.Month}月{issued.Day}日");
        sb.AppendLine(title);
        var articles = 10 + (int)(110 * Math.Pow(_random.NextDouble(), 2)); // most drafts are 20–40 articles, a few long
        var chapters = articles >= 20 ? Math.Min(Chapters.Length, 3 + (articles / 20)) : 0;
        var number = 0;
        for (var c = 0; c < Math.Max(1, chapters); c++)
        {
            if (chapters > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(c + 1)}章 {(c == chapters - 1 ? "附则" : Chapters[Math.Min(c, Chapters.Length - 2)])}");
            }

            var inChapter = chapters > 0 ? Math.Max(2, (articles - 2) / chapters) : articles - 2;
            for (var a = 0; a < inChapter && number < articles - 2; a++)
            {
                number++;
                var text = number == 1 ? $"为了规范{sector}管理，根据有关法律、法规和规章的规定，结合本市实际，制定本办法。" : Pick(_provisions);
                sb.AppendLine(autoNumber ? $"#条 {text}" : $"第{Cn(number)}条 {text}");
                if (text.EndsWith('：'))
                {
                    var itemNumber = 0;
                    foreach (var item in Items.OrderBy(_ => _random.Next()).Take(2 + _random.Next(4)))
                    {
                        itemNumber++;
                        sb.AppendLine(autoNumber ? $"#项 {item}；" : $"（{Cn(itemNumber)}）{item}；");
                    }
                }
                else if (_random.NextDouble() < 0.15)
                {
                    sb.AppendLine(TrackedChange(Pick(_provisions)));
                }

                if (_random.NextDouble() < 0.04)
                {
                    sb.AppendLine("| 项目 | 标准 | 备注 |");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {Pick(Items)} | {10 * (1 + _random.Next(50))}元 | 按年计 |");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {Pick(Items)} | {10 * (1 + _random.Next(50))}元 | 按次计 |");
                }
            }
        }

        var effective = issued.AddDays(problems ? 0 : 30 + _random.Next(30));
        number++;
        sb.AppendLine(autoNumber ? $"#条 本办法由{issuer[3..]}负责解释。" : $"第{Cn(number)}条 本办法由{issuer[3..]}负责解释。");
        number++;
        var validity = problems && _random.NextDouble() < 0.5 ? 10 : kind.Contains("暂行", StringComparison.Ordinal) ? 2 : 5;
        var clause = problems ? $"本办法自印发之日起施行，有效期{validity}年。" : $"本办法自{effective.Year}年{effective.Month}月{effective.Day}日起施行，有效期{validity}年。";
        sb.AppendLine(autoNumber ? $"#条 {clause}" : $"第{Cn(number)}条 {clause}");
        return sb.ToString();
    }

    /// <summary>
    /// The plain text of one long draft of <paramref name="articles"/> articles, in chapters of 100, drawn from the seed
    /// provisions (some with item lists): for measuring how the review's cost grows with the document.
    /// </summary>
    /// <param name="articles">How many articles (at least 3).</param>
    /// <returns>The text, one paragraph per line.</returns>
    public string LongText(int articles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 3);
        var sb = new StringBuilder();
        var sector = Pick(Sectors);
        var title = $"晋江市{sector}管理办法";
        sb.AppendLine(title);
        var number = 0;
        while (number < articles - 2)
        {
            if (number % 100 == 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn((number / 100) + 1)}章 {Chapters[(number / 100) % (Chapters.Length - 1)]}");
            }

            number++;
            var text = number == 1 ? $"为了规范{sector}管理，根据有关法律、法规和规章的规定，结合本市实际，制定本办法。" : Pick(_provisions);
            sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(number)}条 {text}");
            if (text.EndsWith('：'))
            {
                var itemNumber = 0;
                foreach (var item in Items.OrderBy(_ => _random.Next()).Take(2 + _random.Next(4)))
                {
                    itemNumber++;
                    sb.AppendLine(CultureInfo.InvariantCulture, $"（{Cn(itemNumber)}）{item}；");
                }
            }
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(number + 1)}条 本办法由晋江市人民政府负责解释。");
        sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(number + 2)}条 本办法自2025年1月1日起施行，有效期5年。");
        return sb.ToString();
    }

    /// <summary>
    /// The plain text of one long draft of <paramref name="articles"/> articles made by repeating the articles of one
    /// draft source in order (its item lines kept, its 解释 and 施行 articles left for the end), renumbered, in chapters
    /// of 100: a long document with the finding density of that draft.
    /// </summary>
    /// <param name="articles">How many articles (at least 3).</param>
    /// <param name="sourceText">The draft's text, one paragraph per line (a seed source or a real document).</param>
    /// <returns>The text, one paragraph per line.</returns>
    public static string LongTextFrom(int articles, string sourceText)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 3);
        ArgumentNullException.ThrowIfNull(sourceText);
        var blocks = new List<List<string>>();
        foreach (var raw in sourceText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('%') || ChapterHead().IsMatch(line))
            {
                continue;
            }

            if (NumberedArticle().Match(line) is { Success: true } m)
            {
                blocks.Add([line[m.Length..]]);
            }
            else if (blocks.Count > 0)
            {
                blocks[^1].Add(line);
            }
        }

        blocks.RemoveAll(b => b[0].Contains("施行", StringComparison.Ordinal) || b[0].Contains("负责解释", StringComparison.Ordinal));
        if (blocks.Count == 0)
        {
            throw new ArgumentException("the source has no numbered article", nameof(sourceText));
        }

        var sb = new StringBuilder();
        sb.AppendLine("晋江市商贸流通企业扶持资金管理办法");
        for (var number = 0; number < articles - 2; number++)
        {
            if (number % 100 == 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn((number / 100) + 1)}章 {Chapters[(number / 100) % (Chapters.Length - 1)]}");
            }

            var block = blocks[number % blocks.Count];
            sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(number + 1)}条 {block[0]}");
            foreach (var item in block.Skip(1))
            {
                sb.AppendLine(item);
            }
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(articles - 1)}条 本办法由晋江市人民政府负责解释。");
        sb.AppendLine(CultureInfo.InvariantCulture, $"第{Cn(articles)}条 本办法自2025年1月1日起施行，有效期5年。");
        return sb.ToString();
    }

    private string TrackedChange(string text)
    {
        var cut = Math.Max(1, text.Length / 2);
        return $"{text[..cut]}{{-原有表述-}}{{+{text[cut..]}+}}";
    }

    private T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];

    /// <summary>A positive number in Chinese numerals as articles are numbered (十一, 一百零五, 一千零二十, 一万六千).</summary>
    /// <param name="n">The number, 1 to 99,999.</param>
    /// <returns>The numerals.</returns>
    internal static string Cn(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return digits[n].ToString();
        }

        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString());
        }

        if (n < 100)
        {
            return digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString());
        }

        // Above 99 a remainder below ten is read with 零 (一百零五), and a remainder from 10 to 19 keeps its 一 (一百一十).
        (int Unit, string Name)[] units = [(10000, "万"), (1000, "千"), (100, "百")];
        foreach (var (unit, name) in units)
        {
            if (n >= unit)
            {
                var rest = n % unit;
                var head = digits[n / unit] + name;
                var tail = rest >= 10 && rest < 20 ? "一" + Cn(rest) : Cn(rest);
                return rest == 0 ? head : rest < unit / 10 ? head + "零" + tail : head + tail;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(n));
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[0-9]+\.|（[0-9]+）)")]
    private static partial Regex HeadingHead();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零0-9]+章\s")]
    private static partial Regex ChapterHead();

    [GeneratedRegex(@"^第[一二三四五六七八九十百千零0-9]+条\s*")]
    private static partial Regex NumberedArticle();

    [GeneratedRegex(@"^(?:#条 |#项 |第[一二三四五六七八九十百零]+条\s*|（[一二三四五六七八九十]+）)")]
    private static partial Regex ArticleHead();
}
