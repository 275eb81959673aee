namespace LegalReview.Review;

/// <summary>
/// The published case most similar to a finding's provision: the precedent a lawyer reads beside the rule. A plain
/// record, so that the findings and the writers depend on no search library.
/// </summary>
/// <param name="Id">The case's id in the case bank.</param>
/// <param name="Bulletin">The bulletin or list that published it (a list whose official publication is unverified says so).</param>
/// <param name="Issuer">Who issued the offending document.</param>
/// <param name="Date">The bulletin's date (yyyy-MM-dd); empty when unknown.</param>
/// <param name="Title">The case title (or the offending document's title).</param>
/// <param name="ViolationType">The type of violation, in Chinese (e.g. 市场准入和退出, 影响生产经营成本).</param>
/// <param name="Similarity">Word overlap of the provision and the case, from 0 to 1 (cosine of their segmented word sets).</param>
public sealed record NearestCase(string Id, string Bulletin, string Issuer, string Date, string Title, string ViolationType, double Similarity)
{
    /// <summary>The case's label (a classifier label such as <c>competition</c>).</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The label most of the nearest cases carry, weighted by similarity; empty when none is near.</summary>
    public string VoteLabel { get; init; } = string.Empty;

    /// <summary>The similarity-weighted share of the nearest cases that carry <see cref="VoteLabel"/>, from 0 to 1.</summary>
    public double VoteShare { get; init; }

    /// <summary>Whether the case's text is the document's own wording (false: the reviewers' summary).</summary>
    public bool Verbatim { get; init; } = true;

    /// <summary>One line for a lawyer: 参考案例：bulletin（date）：title（issuer；violation type；相似度 0.42）.</summary>
    /// <returns>The line, without a final full stop.</returns>
    public string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"参考案例：{Bulletin}{(Date.Length > 0 ? $"（{Date}）" : string.Empty)}：{Title}（{(Issuer.Length > 0 ? Issuer + "；" : string.Empty)}{ViolationType}；相似度 {Similarity:0.00}{(Verbatim ? string.Empty : "；通报摘要")}）");
}
