using System.Globalization;
using LegalReview.Documents;

namespace LegalReview.Review;

/// <summary>
/// The classifier stage of <see cref="ReviewEngine"/>: classifies every text unit in one call, reports the problem
/// labels above their thresholds, and folds a classifier verdict into a rule finding on the same provision and
/// category, so the lawyer reads the rule's explanation once, with the higher confidence.
/// </summary>
internal static class ClassifierStage
{
    /// <returns>Each classified unit with its prediction (what the nearest-case stage looks up).</returns>
    public static IReadOnlyList<(Provision Unit, ClassifierPrediction Prediction)> Run(IProvisionClassifier classifier, NormativeDocument document, IReadOnlyList<Provision> units, ReviewOptions options, List<Finding> findings, CancellationToken cancellationToken)
    {
        var candidates = units.Where(u => !string.IsNullOrWhiteSpace(u.Text)).ToArray();
        if (candidates.Length == 0)
        {
            return [];
        }

        var predictions = CancellableBatches.Run(candidates.Select(u => u.Text).ToArray(), classifier.Classify, cancellationToken);

        // The rules' findings by offset, once: each labelled unit looks up only the findings inside it.
        var ruleFindings = OffsetIndex.Of(findings, f => f.Location.Offset, f => f.Source == FindingSource.Rule);
        for (var i = 0; i < candidates.Length; i++)
        {
            var prediction = predictions[i];
            if (!ClassifierLabels.TryGetCategory(prediction.Label, out var category)
                || prediction.Probability < options.Classifier.ThresholdFor(prediction.Label))
            {
                continue;
            }

            var ruleId = ClassifierLabels.RuleIdOf(category);
            var severity = SeverityOf(ruleId, options);
            if (severity is null)
            {
                continue;
            }

            var unit = candidates[i];
            var merged = false;
            foreach (var j in ruleFindings.Within(unit.TextOffset, unit.TextOffset + unit.Text.Length))
            {
                var f = findings[j];
                if (f.Category == category)
                {
                    findings[j] = f with { Confidence = Math.Max(f.Confidence, prediction.Probability) };
                    merged = true;
                }
            }

            if (!merged)
            {
                findings.Add(CreateFinding(document, unit, category, ruleId, severity.Value, prediction));
            }
        }

        return candidates.Select((u, i) => (u, predictions[i])).ToArray();
    }

    private static Finding CreateFinding(NormativeDocument document, Provision unit, RuleCategory category, string ruleId, FindingSeverity severity, ClassifierPrediction prediction)
    {
        var terms = prediction.KeyTerms.Count == 0 ? "。" : "，主要依据词语：" + string.Concat(prediction.KeyTerms.Select(t => $"“{t}”")) + "。";
        return Hint(
            document,
            unit,
            category,
            ruleId,
            severity,
            string.Create(CultureInfo.InvariantCulture, $"分类器判断{UnitWord(unit.Kind)}可能{ClassifierLabels.ProblemOf(category)}（置信度 {prediction.Probability:0.00}）{terms}"),
            "请核对本条款是否有法律、法规或者规章的明确依据：有依据的，写明所依据的具体条款；没有依据的，予以删除或者修改。本提示由统计模型作出，须由审核人员判断。",
            prediction.Probability,
            FindingSource.Classifier);
    }

    /// <summary>A model's hint on a whole text unit (the classifier's, or the nearest cases' vote).</summary>
    internal static Finding Hint(NormativeDocument document, Provision unit, RuleCategory category, string ruleId, FindingSeverity severity, string message, string suggestion, double confidence, FindingSource source)
    {
        var label = document.LabelAt(unit.TextOffset);
        return new Finding
        {
            RuleId = ruleId,
            Title = ClassifierLabels.TitleOf(category),
            Category = category,
            Severity = severity,
            Location = new FindingLocation(label, document.ProvisionAt(unit.TextOffset)?.PathLabel ?? label, unit.TextOffset, unit.Text.Length, unit.Span.ParagraphIndex),
            Quote = unit.Text,
            Message = message,
            LegalBasis = ClassifierLabels.LegalBasesOf(category),
            Suggestion = suggestion,
            Confidence = confidence,
            Source = source,
        };
    }

    /// <summary>A classifier id may be switched off or re-levelled in <see cref="ReviewOptions.Rules"/> like a rule id; it is an info-level hint otherwise.</summary>
    internal static FindingSeverity? SeverityOf(string ruleId, ReviewOptions options)
    {
        if (!options.Rules.TryGetValue(ruleId, out var setting))
        {
            // Hints, not findings: the classifier stays at info until its measured precision on real compliant
            // provisions reaches 0.8 (issue 16; on the 55 State Council documents every one of its hints was false).
            return FindingSeverity.Info;
        }

        return setting.Trim().ToLowerInvariant() switch
        {
            "off" or "false" or "disable" or "disabled" => null,
            "error" => FindingSeverity.Error,
            "info" => FindingSeverity.Info,
            _ => FindingSeverity.Warning,
        };
    }

    private static string UnitWord(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Clause => "本款",
        ProvisionKind.Item => "本项",
        ProvisionKind.SubItem => "本目",
        ProvisionKind.Paragraph => "本段",
        _ => "本标题下的内容",
    };
}
