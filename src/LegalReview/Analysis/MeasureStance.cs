namespace LegalReview.Analysis;

/// <summary>How a sentence relates to a measure it names (a fee, a penalty, a permit, a coercive measure …).</summary>
public enum MeasureStance
{
    /// <summary>The document itself creates or imposes the measure: the case content rules report.</summary>
    Created,

    /// <summary>The document forbids the measure, or the measure is an item of a list the lead-in forbids ("不得……下列……：").</summary>
    Prohibited,

    /// <summary>
    /// The measure is only named: inside a 《》 title or quotation marks, in a checklist ("是否违法设立收费"), as
    /// something to be recorded, reported or reviewed, or as the base of a calculation ("按罚没金额的5%给予奖励").
    /// </summary>
    Mentioned,

    /// <summary>The document grants a benefit or relieves the burden ("减半收取", "免收", rewards).</summary>
    Granted,

    /// <summary>The clause applies an upper law ("依法吊销", "法律、法规另有规定的除外"): the measure exists already.</summary>
    Restated,
}
