using LegalReview.Documents;

namespace LegalReview.Review;

/// <summary>
/// Base of every review rule. A rule is a small sealed, stateless class: its metadata is declared with
/// <see cref="ReviewRuleAttribute"/> and <see cref="LegalBasisAttribute"/>, and one instance may review many documents
/// at once on many threads. Derive from <see cref="DocumentRule"/> or <see cref="ProvisionRule"/>, and register the
/// rule with <see cref="ServiceCollectionExtensions.AddReviewRule{TRule}(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>.
/// </summary>
/// <example>
/// <code>
/// services.AddLegalReview(builder.Configuration);
/// services.AddReviewRule&lt;LR9001JinjiangNormativeSeries&gt;();
/// </code>
/// </example>
public abstract class ReviewRule
{
    /// <summary>The rule's metadata.</summary>
    public RuleDescriptor Descriptor => RuleDescriptor.For(GetType());
}

/// <summary>A rule that looks at the document as a whole (its header, dates, structure).</summary>
/// <example>
/// <code>
/// [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "市政府规范性文件未使用规范性文件编号系列")]
/// [LegalBasis("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）", Verified = false)]
/// public sealed class LR9001JinjiangNormativeSeries : DocumentRule
/// {
///     public override void Analyze(ReviewContext context)
///     {
///         if (context.Document.DocumentNumber is { AgencyCode: "晋政文" } number &amp;&amp; context.Document.DocumentNumberSpan is { } span)
///         {
///             context.Report(span, $"行政规范性文件使用了普通公文文号“{number.Raw}”。", "改用“晋政规”编号系列。");
///         }
///     }
/// }
/// </code>
/// </example>
public abstract class DocumentRule : ReviewRule
{
    /// <summary>Reviews a document and reports findings through the context.</summary>
    /// <param name="context">The document, profile, metadata, configuration and the report sink.</param>
    public abstract void Analyze(ReviewContext context);
}

/// <summary>
/// A rule that looks at one provision at a time: each 款, 项, 目, heading and paragraph of every part, with its own
/// text. The engine calls it once per provision.
/// </summary>
/// <example>
/// <code>
/// [ReviewRule("LR9101", RuleCategory.Rights, FindingSeverity.Info, "要求提交可共享获取的证照复印件")]
/// [LegalBasis("《优化营商环境条例》第三十七条")]
/// public sealed partial class LR9101SharedCertificateCopies : ProvisionRule
/// {
///     public override void Analyze(Provision provision, ReviewContext context)
///     {
///         for (var m = CertificateCopy().Match(context.Normalized(provision)); m.Success; m = m.NextMatch())
///         {
///             context.Report(provision, m, $"条款要求提交“{m.Value}”，该证照可以通过共享获取。");
///         }
///     }
///
///     [GeneratedRegex("(?:营业执照|身份证)(?:副本)?复印件")]
///     private static partial Regex CertificateCopy();
/// }
/// </code>
/// </example>
public abstract class ProvisionRule : ReviewRule
{
    /// <summary>Reviews one provision.</summary>
    /// <param name="provision">The provision (its <see cref="Provision.Text"/> and <see cref="Provision.TextOffset"/>).</param>
    /// <param name="context">The document, profile, metadata, configuration and the report sink.</param>
    public abstract void Analyze(Provision provision, ReviewContext context);
}
