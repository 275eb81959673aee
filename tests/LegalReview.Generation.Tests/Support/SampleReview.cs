using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Rules;

namespace LegalReview.Generation.Tests.Support;

/// <summary>A realistic submitted draft, as plain text and as a .docx, and its review by the built-in rules.</summary>
internal static class SampleReview
{
    /// <summary>The draft text: a county 办法 with a malformed 文号, an old-style date, a numbering gap, immediate effect and a long validity.</summary>
    public static readonly string[] Lines =
    [
        "晋江市市场监督管理局文件",
        "晋市监[2024]第03号",
        "晋江市市场监督管理局关于印发《晋江市农贸市场经营管理办法》的通知",
        "各镇人民政府、街道办事处，市直有关单位：",
        "现将《晋江市农贸市场经营管理办法》印发给你们，请认真贯彻执行。",
        "晋江市市场监督管理局",
        "二〇二四年三月五日",
        "晋江市农贸市场经营管理办法",
        "第一章 总则",
        "第一条 为了规范农贸市场经营秩序，保障食用农产品质量安全，维护经营者和消费者的合法权益，根据《中华人民共和国食品安全法》等法律、法规，结合本市实际，制定本办法。",
        "第二条 本办法适用于本市行政区域内农贸市场的经营管理活动。",
        "第三条 市市场监督管理部门负责全市农贸市场的监督管理工作。",
        "第二章 经营管理",
        "第五条 市场开办者应当建立入场销售者档案，如实记录销售者名称、联系方式和经营品种。",
        "第六条 入场销售者应当向市场开办者缴纳诚信经营保证金，并在摊位显著位置公示营业执照。",
        "第七条 市场开办者应当配备食品安全管理人员，每日开展农药残留快速检测，并公示检测结果。",
        "第三章 附则",
        "第八条 本办法自印发之日起施行，有效期十年。",
    ];

    /// <summary>The draft as one string.</summary>
    public static string Text => string.Join("\n", Lines);

    /// <summary>The draft as a .docx: one paragraph per line, long lines split into three runs.</summary>
    public static byte[] Docx()
    {
        var b = new TestDocxBuilder();
        foreach (var line in Lines)
        {
            var center = line.EndsWith("文件", StringComparison.Ordinal) || line.EndsWith("办法", StringComparison.Ordinal) || line.EndsWith("通知", StringComparison.Ordinal) || line.StartsWith("晋市监", StringComparison.Ordinal);
            if (line.Length > 30)
            {
                var a = line.Length / 3;
                b.PlainParagraph(center, line[..a], line[a..(2 * a)], line[(2 * a)..]);
            }
            else
            {
                b.PlainParagraph(center, line);
            }
        }

        return b.Build();
    }

    /// <summary>Reviews the .docx form of the draft with every built-in rule.</summary>
    public static ReviewResult ReviewDocx(byte[] docx) =>
        new ReviewEngine(BuiltInRules.All, BureauOptions()).Review(new DocumentReader().Read(docx, "晋江市农贸市场经营管理办法（送审稿）.docx"));

    /// <summary>Reviews the text form of the draft with every built-in rule.</summary>
    public static ReviewResult ReviewText() =>
        new ReviewEngine(BuiltInRules.All, BureauOptions()).Review(new DocumentReader().ReadText(Text, "晋江市农贸市场经营管理办法（送审稿）.txt"));

    /// <summary>A bureau's configuration that treats procedure problems (施行日期, 有效期) as blocking errors.</summary>
    public static ReviewOptions BureauOptions() => new() { Rules = new(StringComparer.OrdinalIgnoreCase) { ["procedure"] = "error" } };
}
