namespace LegalReview.Rules.Form;

/// <summary>The core of a title for the title rules: without end punctuation and trailing remarks in brackets.</summary>
internal static class TitleText
{
    private const string EndPunctuation = "。.，,；;：:、！!？? ";

    /// <summary>
    /// Drops end punctuation (LR5008 reports it) and trailing remarks such as "（试行）" or "（征求意见稿）", which are
    /// not part of the 文种.
    /// </summary>
    /// <param name="title">The title as written.</param>
    /// <returns>The core.</returns>
    public static string Core(string title)
    {
        var t = title.Trim().TrimEnd(EndPunctuation.ToCharArray());
        while (t.EndsWith('）') || t.EndsWith(')'))
        {
            var open = Math.Max(t.LastIndexOf('（'), t.LastIndexOf('('));
            if (open <= 0)
            {
                break;
            }

            t = t[..open].TrimEnd(EndPunctuation.ToCharArray());
        }

        return t;
    }
}
