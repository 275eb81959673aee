namespace LegalReview.Generation.Opinion;

/// <summary>The overall conclusion of a legality review (审核结论).</summary>
public enum ReviewConclusion
{
    /// <summary>合法: the draft may be submitted for deliberation as it stands.</summary>
    Lawful,

    /// <summary>修改后合法: lawful once revised as the letter says.</summary>
    LawfulAfterRevision,

    /// <summary>不合法: the draft must not be issued.</summary>
    Unlawful,
}

/// <summary>Helpers for <see cref="ReviewConclusion"/>.</summary>
public static class ReviewConclusions
{
    /// <summary>The Chinese wording: 合法, 修改后合法, 不合法.</summary>
    /// <param name="conclusion">The conclusion.</param>
    /// <returns>The wording.</returns>
    public static string ToChinese(this ReviewConclusion conclusion) => conclusion switch
    {
        ReviewConclusion.Lawful => "合法",
        ReviewConclusion.LawfulAfterRevision => "修改后合法",
        ReviewConclusion.Unlawful => "不合法",
        _ => throw new ArgumentOutOfRangeException(nameof(conclusion)),
    };

    /// <summary>Parses 合法 / 修改后合法 / 不合法 (or the English names lawful, revise, unlawful).</summary>
    /// <param name="text">The text.</param>
    /// <param name="conclusion">The conclusion.</param>
    /// <returns>Whether the text names a conclusion.</returns>
    public static bool TryParse(string? text, out ReviewConclusion conclusion)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "合法" or "lawful":
                conclusion = ReviewConclusion.Lawful;
                return true;
            case "修改后合法" or "revise" or "lawfulafterrevision":
                conclusion = ReviewConclusion.LawfulAfterRevision;
                return true;
            case "不合法" or "unlawful":
                conclusion = ReviewConclusion.Unlawful;
                return true;
            default:
                conclusion = default;
                return false;
        }
    }
}
