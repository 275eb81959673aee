using System.Diagnostics;
using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Calendar;
using LegalReview.Documents;
using LegalReview.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Review;

/// <summary>
/// Runs the enabled rules over a document and returns its findings: severities set by configuration, content findings
/// downgraded when their clause cites a specific authorising article, suppressions applied (kept, marked), and a stable
/// order. Stateless between calls and safe to use from many threads.
/// </summary>
internal sealed partial class ReviewEngine
{
    private static readonly HashSet<RuleCategory> ContentCategories =
    [
        RuleCategory.License, RuleCategory.Penalty, RuleCategory.Coercion, RuleCategory.Fee,
        RuleCategory.Rights, RuleCategory.Power, RuleCategory.Competition,
    ];

    private readonly (ReviewRule Rule, FindingSeverity Severity)[] _enabled;
    private readonly ReviewOptions _options;
    private readonly ILogger _logger;
    private readonly IProvisionClassifier? _classifier;

    /// <summary>Creates an engine.</summary>
    /// <param name="rules">The rules available (built-in and custom).</param>
    /// <param name="options">The configuration.</param>
    /// <param name="knowledge">The knowledge base; the embedded one when null.</param>
    /// <param name="logger">Diagnostics.</param>
    /// <param name="classifier">The provision classifier, run after the rules when <see cref="ReviewOptions.Classifier"/> enables it; none when null.</param>
    /// <param name="calendar">The working-day calendar handed to the rules; the embedded one when null.</param>
    /// <exception cref="ArgumentException">Two rules share an id, or the configuration names an unknown rule, category, profile or setting.</exception>
    public ReviewEngine(IEnumerable<ReviewRule> rules, ReviewOptions? options = null, KnowledgeBase? knowledge = null, ILogger<ReviewEngine>? logger = null, IProvisionClassifier? classifier = null, DeadlineCalculator? calendar = null)
    {
        Calendar = calendar ?? DeadlineCalculator.Default;
        _classifier = classifier;
        ArgumentNullException.ThrowIfNull(rules);
        _options = options ?? new ReviewOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Rules = rules.ToArray();
        var duplicate = Rules.GroupBy(r => r.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"规则编号 {duplicate.Key} 重复：{string.Join("、", duplicate.Select(r => r.GetType().FullName))}。", nameof(rules));
        }

        Profile = ResolveProfile(_options);
        Knowledge = knowledge ?? (_options.LawLibraryPath is { } lib ? new KnowledgeBase(null, lib) : KnowledgeBase.Default);
        _enabled = ResolveSeverities(Rules, _options, classifier is not null);
    }

    /// <summary>Every rule known to the engine, enabled or not.</summary>
    public IReadOnlyList<ReviewRule> Rules { get; }

    /// <summary>The profile in force (after overrides).</summary>
    public ReviewProfile Profile { get; }

    /// <summary>The provision classifier, when one was given.</summary>
    public IProvisionClassifier? Classifier => _classifier;

    /// <summary>The knowledge base.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The working-day calendar the rules count deadlines on.</summary>
    public DeadlineCalculator Calendar { get; }

    /// <summary>The rules that will run, with their severities.</summary>
    public IEnumerable<(RuleDescriptor Rule, FindingSeverity Severity)> EnabledRules => _enabled.Select(e => (e.Rule.Descriptor, e.Severity));

    /// <summary>Reviews a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="metadata">Procedure facts, if the caller has them.</param>
    /// <param name="cancellationToken">Cancels the review.</param>
    /// <returns>The result.</returns>
    public ReviewResult Review(NormativeDocument document, ReviewMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var watch = Stopwatch.StartNew();
        var findings = new List<Finding>();
        // A metadata record that only sets the review date carries no procedure facts: rules on metadata then stay silent
        // as they do without metadata, instead of reporting every fact as missing.
        var facts = metadata is not null && metadata != new ReviewMetadata { ReviewDate = metadata.ReviewDate } ? metadata : null;
        var today = metadata?.ReviewDate ?? DateOnly.FromDateTime(DateTime.Today);
        var analysis = new DocumentAnalysis(document);
        var textUnits = document.AllProvisions.Where(p => p.Kind is not (ProvisionKind.Article or ProvisionKind.Chapter or ProvisionKind.Section)).ToArray();
        var failures = new List<RuleFailure>();
        foreach (var (rule, severity) in _enabled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!AppliesTo(rule.Descriptor, analysis.Profile))
            {
                continue;
            }

            var context = new ReviewContext(document, Profile, facts, Knowledge, _options, rule.Descriptor, severity, findings, cancellationToken) { Today = today, Calendar = Calendar, Analysis = analysis };
            Provision? current = null;
            try
            {
                switch (rule)
                {
                    case DocumentRule d:
                        d.Analyze(context);
                        break;
                    case ProvisionRule p:
                        foreach (var unit in textUnits)
                        {
                            if (unit.Text.Length > 0)
                            {
                                current = unit;
                                p.Analyze(unit, context);
                            }
                        }

                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One faulty rule must not cost the lawyer the other findings, nor may it pass unseen: the review goes
                // on without the rule, and the failure is recorded in the result (every output reports it) and logged.
                failures.Add(RuleFailure.From(rule.Descriptor.Id, current is null ? null : current.PathLabel.Length > 0 ? current.PathLabel : current.Label, ex));
                LogRuleFailed(_logger, ex, rule.Descriptor.Id, document.SourceName);
            }
        }

        if (_classifier is not null && _options.Classifier.Enabled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var predictions = ClassifierStage.Run(_classifier, document, textUnits, _options, findings, cancellationToken);
                if (_classifier is INearestCaseFinder finder && _options.Classifier.NearestCases)
                {
                    NearestCaseStage.Run(finder, document, textUnits, predictions, _options, findings, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // As with a faulty rule: the rules' findings are worth more than an aborted review, and the failure is reported.
                failures.Add(RuleFailure.From(RuleFailure.ClassifierId, null, ex));
                LogRuleFailed(_logger, ex, RuleFailure.ClassifierId, document.SourceName);
            }
        }

        var processed = MergePerDefect(document, findings).Select(f => Downgrade(document, f)).Select(f => ApplySuppression(document, f))
            .Distinct()
            .OrderBy(f => f.Location.Offset).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Location.Length).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
        watch.Stop();
        LogReviewed(_logger, document.SourceName, processed.Length, watch.Elapsed.TotalMilliseconds);
        return new ReviewResult(document, processed, Profile, _enabled.Select(e => e.Rule.Descriptor.Id).ToArray(), watch.Elapsed, failures.Count > 0 ? failures.ToArray() : [])
        {
            Rules = _enabled.Select(e => e.Rule.Descriptor).ToArray(),
        };
    }

    // One finding per defect: what one rule says about overlapping words becomes one finding over their union, its
    // messages listed once each (a 文号 with three defects is one finding listing three). Classifier hints are left
    // as they are.
    private static List<Finding> MergePerDefect(NormativeDocument document, List<Finding> findings)
    {
        var merged = new List<Finding>(findings.Count);
        // Findings come in order of offset, so an earlier finding of the same rule overlaps this one exactly when it
        // ends after this one starts; the rule's finding that ends last is the only one to compare (linear, not a scan
        // of every earlier finding).
        var reaching = new Dictionary<string, int>(StringComparer.Ordinal);
        static int End(Finding x) => x.Location.Offset + Math.Max(1, x.Location.Length);
        foreach (var f in findings.OrderBy(f => f.Location.Offset).ThenByDescending(f => f.Location.Length))
        {
            var at = f.Source == FindingSource.Rule && reaching.TryGetValue(f.RuleId, out var last) && f.Location.Offset < End(merged[last]) ? last : -1;
            if (at < 0)
            {
                merged.Add(f);
                if (f.Source == FindingSource.Rule && (!reaching.TryGetValue(f.RuleId, out var widest) || End(f) > End(merged[widest])))
                {
                    reaching[f.RuleId] = merged.Count - 1;
                }

                continue;
            }

            var m = merged[at];
            var start = Math.Min(m.Location.Offset, f.Location.Offset);
            var end = Math.Max(m.Location.Offset + m.Location.Length, f.Location.Offset + f.Location.Length);
            merged[at] = m with
            {
                Severity = f.Severity > m.Severity ? f.Severity : m.Severity,
                Location = m.Location with { Offset = start, Length = end - start },
                Quote = document.Text.Substring(start, end - start),
                Message = m.Message.Contains(f.Message, StringComparison.Ordinal) ? m.Message : $"{m.Message}另：{f.Message}",
                Suggestion = m.Suggestion.Contains(f.Suggestion, StringComparison.Ordinal) ? m.Suggestion : $"{m.Suggestion}{f.Suggestion}",
                Confidence = Math.Max(m.Confidence, f.Confidence),
            };
        }

        return merged;
    }

    // A text outside legality review (work rules, minutes, replies, a regulation issued by 令) is not held to what a
    // normative document may contain; LR4007 gives it one note instead.
    private static bool AppliesTo(RuleDescriptor rule, DocumentProfile profile) =>
        profile.Scope != ReviewScope.OutOfScope || !ContentCategories.Contains(rule.Category);

    private Finding Downgrade(NormativeDocument document, Finding f)
    {
        if (!_options.DowngradeWhenBasisCited || !ContentCategories.Contains(f.Category) || f.Source != FindingSource.Rule)
        {
            return f;
        }

        // The clause (and, for an item, its lead-in) must cite a specific article of a named law.
        for (var p = document.ProvisionAt(f.Location.Offset); p is not null && p.Kind != ProvisionKind.Chapter; p = p.Parent)
        {
            var m = SpecificBasis().Match(document.NormalizedText, p.TextOffset, p.Text.Length);
            if (m.Success)
            {
                return f with
                {
                    Severity = FindingSeverity.Info,
                    Confidence = Math.Min(f.Confidence, 0.4),
                    Note = $"本条款引用了具体的上位法条款（{document.Text.Substring(m.Index, m.Length)}），可能是对上位法的重述；请核对上位法是否已作规定。",
                };
            }

            if (p.Kind == ProvisionKind.Article)
            {
                break;
            }
        }

        return f;
    }

    private Finding ApplySuppression(NormativeDocument document, Finding f)
    {
        // Inline: a Word comment on the provision, "LegalReview 豁免 LR2004：理由", by its author.
        if (document.Comments.Count > 0)
        {
            var scope = document.ProvisionAt(f.Location.Offset) is { } p ? (p.Article ?? p).FullSpan : document.SpanAt(f.Location.Offset, f.Location.Length);
            foreach (var c in document.Comments)
            {
                if (c.ParagraphIndex < 0 || (!scope.Contains(document.Paragraphs[c.ParagraphIndex].Offset) && c.ParagraphIndex != f.Location.ParagraphIndex))
                {
                    continue;
                }

                var m = InlineSuppression().Match(c.Text);
                if (m.Success && string.Equals(m.Groups["id"].Value, f.RuleId, StringComparison.OrdinalIgnoreCase) && m.Groups["reason"].Value.Trim().Length > 0)
                {
                    return f with { Suppression = new Suppression(c.Author.Length > 0 ? c.Author : "（批注未署名）", m.Groups["reason"].Value.Trim(), "inline") };
                }
            }
        }

        foreach (var s in _options.Suppressions)
        {
            if (string.Equals(s.RuleId, f.RuleId, StringComparison.OrdinalIgnoreCase)
                && (s.Location.Length == 0 || s.Location == f.Location.Label)
                && (string.IsNullOrEmpty(s.Quote) || f.Quote.Contains(s.Quote, StringComparison.Ordinal)))
            {
                return f with { Suppression = new Suppression(s.By, s.Reason, "config") };
            }
        }

        return f;
    }

    private static ReviewProfile ResolveProfile(ReviewOptions options)
    {
        var profile = ReviewProfile.Find(options.Profile)
            ?? throw new ArgumentException($"未知的审查配置（profile）“{options.Profile}”，可选：{string.Join("、", ReviewProfile.BuiltIn.Select(p => p.Name))}。", nameof(options));
        return options.ProfileOverrides.ApplyTo(profile);
    }

    private static (ReviewRule, FindingSeverity)[] ResolveSeverities(IReadOnlyList<ReviewRule> rules, ReviewOptions options, bool withClassifier)
    {
        var ids = rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (withClassifier)
        {
            ids.UnionWith(ClassifierLabels.RuleIds);
        }

        foreach (var (key, value) in options.Rules)
        {
            if (!ids.Contains(key) && !RuleCategories.TryParse(key, out _))
            {
                throw new ArgumentException($"配置中的规则“{key}”不存在：既不是已知的规则编号，也不是规则类别。", nameof(options));
            }

            if (ParseSetting(value) is null)
            {
                throw new ArgumentException($"规则“{key}”的设置“{value}”无效，可选：off、on、error、warning、info。", nameof(options));
            }
        }

        foreach (var s in options.Suppressions)
        {
            if (!ids.Contains(s.RuleId))
            {
                throw new ArgumentException($"豁免记录中的规则编号“{s.RuleId}”不存在。", nameof(options));
            }

            if (string.IsNullOrWhiteSpace(s.By) || string.IsNullOrWhiteSpace(s.Reason))
            {
                throw new ArgumentException($"规则 {s.RuleId} 的豁免记录必须写明决定人（by）和理由（reason）。", nameof(options));
            }
        }

        var result = new List<(ReviewRule, FindingSeverity)>();
        foreach (var rule in rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal))
        {
            var d = rule.Descriptor;
            var setting = options.Rules.TryGetValue(d.Id, out var byId) ? byId
                : options.Rules.TryGetValue(d.Category.ToName(), out var byCat) ? byCat
                : "on";
            var parsed = ParseSetting(setting)!.Value;
            if (!parsed.Enabled)
            {
                continue;
            }

            result.Add((rule, parsed.Severity ?? d.DefaultSeverity));
        }

        return result.ToArray();
    }

    internal static (bool Enabled, FindingSeverity? Severity)? ParseSetting(string value) => value.Trim().ToLowerInvariant() switch
    {
        "off" or "false" or "disable" or "disabled" => (false, null),
        "on" or "true" or "enable" or "enabled" => (true, null),
        "error" => (true, FindingSeverity.Error),
        "warning" => (true, FindingSeverity.Warning),
        "info" => (true, FindingSeverity.Info),
        _ => null,
    };

    [GeneratedRegex(@"(?:LegalReview|审查)?\s*(?:豁免|忽略|suppress)\s*[：:]?\s*(?<id>LR[0-9]{4})\s*[：:，,]?\s*(?<reason>.*)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InlineSuppression();

    [GeneratedRegex(@"《[^《》]{2,60}》(?:（[^（）]{1,30}）)?第[一二三四五六七八九十百千零〇0-9]+条")]
    private static partial Regex SpecificBasis();

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Rule {RuleId} failed on {Document}; the review continued without it")]
    private static partial void LogRuleFailed(ILogger logger, Exception exception, string ruleId, string document);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Reviewed {Document}: {Count} findings in {Milliseconds:F1} ms")]
    private static partial void LogReviewed(ILogger logger, string document, int count, double milliseconds);
}
