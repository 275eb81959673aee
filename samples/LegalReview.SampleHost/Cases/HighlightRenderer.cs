using System.Text;
using System.Text.Encodings.Web;
using LegalReview.Documents;
using LegalReview.Review;
using Microsoft.AspNetCore.Html;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// Renders one paragraph of the document with <c>&lt;mark&gt;</c> around the words each finding points at. Finding
/// offsets are into <see cref="NormativeDocument.Text"/>; overlapping findings split the text at every boundary so
/// each piece is marked once and links to all findings covering it. Words that only the model's hints (classifier,
/// nearest cases) point at are marked <c>hint</c>, not by severity, so that they do not look like a rule's finding.
/// </summary>
public static class HighlightRenderer
{
    /// <summary>Encodes markup characters only, leaving Chinese text readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Render(DocumentParagraph paragraph, IReadOnlyList<Finding> findings)
    {
        var e = Encoder;
        var start = paragraph.Offset;
        var end = start + paragraph.Text.Length;
        var covering = findings
            .Where(f => f.Location.Length > 0 && f.Location.Offset < end && f.Location.Offset + f.Location.Length > start)
            .ToList();
        if (covering.Count == 0)
        {
            return new HtmlString(e.Encode(paragraph.Text));
        }

        var cuts = new SortedSet<int> { start, end };
        foreach (var f in covering)
        {
            cuts.Add(Math.Max(start, f.Location.Offset));
            cuts.Add(Math.Min(end, f.Location.Offset + f.Location.Length));
        }

        var sb = new StringBuilder();
        var points = cuts.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            var text = e.Encode(paragraph.Text[(a - start)..(b - start)]);
            var here = covering.Where(f => f.Location.Offset <= a && f.Location.Offset + f.Location.Length >= b).ToList();
            if (here.Count == 0)
            {
                sb.Append(text);
                continue;
            }

            // A rule's finding colours the words by its severity; words only a model's hint points at are marked as a hint.
            var active = here.Where(f => !f.IsSuppressed).ToList();
            var activeRules = active.Where(f => f.Source == FindingSource.Rule).ToList();
            var css = activeRules.Count > 0 ? activeRules.Max(f => f.Severity).ToString().ToLowerInvariant()
                : active.Count > 0 ? "hint"
                : "suppressed";
            // Each finding's words begin at one anchor, which its card links back to.
            foreach (var f in here.Where(f => f.Location.Offset == a))
            {
                sb.Append("<a class=\"anchor\" id=\"m-").Append(e.Encode(FindingKeys.Of(f))).Append("\"></a>");
            }

            var keys = string.Join(' ', here.Select(FindingKeys.Of));
            var title = string.Join("；", here.Select(f => $"{f.RuleId} {f.Title}"));
            sb.Append("<mark class=\"").Append(css).Append("\" data-findings=\"").Append(e.Encode(keys))
              .Append("\" title=\"").Append(e.Encode(title)).Append("\"><a href=\"#f-").Append(e.Encode(FindingKeys.Of(here[0])))
              .Append("\">").Append(text).Append("</a>");
            if (here.Count > 1)
            {
                // Words covered by several findings list all of them, not just the first.
                sb.Append("<sup class=\"refs\">");
                foreach (var f in here)
                {
                    sb.Append("<a href=\"#f-").Append(e.Encode(FindingKeys.Of(f))).Append("\">").Append(e.Encode(f.RuleId)).Append("</a>");
                }

                sb.Append("</sup>");
            }

            sb.Append("</mark>");
        }

        return new HtmlString(sb.ToString());
    }
}
