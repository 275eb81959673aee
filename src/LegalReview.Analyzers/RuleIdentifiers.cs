namespace LegalReview.Analyzers;

/// <summary>
/// The catalogue of analyzer ids. An id is never reused once shipped; a retired analyzer leaves a gap.
/// Each id has a page <c>docs/analyzers/{id}.md</c>.
/// </summary>
public static class RuleIdentifiers
{
    /// <summary>A rule class lacks <c>[ReviewRule]</c>.</summary>
    public const string RuleMetadataMissing = "LRA0001";

    /// <summary>A rule id is not "LR" followed by four digits.</summary>
    public const string RuleIdMalformed = "LRA0002";

    /// <summary>Two rules in one compilation share an id.</summary>
    public const string RuleIdDuplicated = "LRA0003";

    /// <summary>A rule reuses the id of a built-in rule.</summary>
    public const string RuleIdCollidesWithBuiltIn = "LRA0004";

    /// <summary>A rule class lacks <c>[LegalBasis]</c>.</summary>
    public const string LegalBasisMissing = "LRA0005";

    /// <summary>A <c>[LegalBasis]</c> citation is not a recognisable citation.</summary>
    public const string LegalBasisMalformed = "LRA0006";

    /// <summary>A rule's title is empty.</summary>
    public const string RuleTitleEmpty = "LRA0007";

    /// <summary>A finding is reported with an empty message.</summary>
    public const string FindingMessageEmpty = "LRA0008";

    /// <summary>A rule id's thousands digit does not match the rule's category.</summary>
    public const string RuleIdOutsideCategoryRange = "LRA0009";

    /// <summary>A rule class holds mutable state.</summary>
    public const string RuleStateMutable = "LRA0010";

    /// <summary>A rule builds a <c>Regex</c> each time it runs.</summary>
    public const string RegexConstructedPerCall = "LRA0011";

    /// <summary>A rule performs blocking I/O, network access or waits.</summary>
    public const string BlockingCallInRule = "LRA0012";

    /// <summary>A finding is reported without a location.</summary>
    public const string FindingWithoutLocation = "LRA0013";

    /// <summary>A rule swallows every exception.</summary>
    public const string ExceptionSwallowed = "LRA0014";

    /// <summary>A rule class is not sealed.</summary>
    public const string RuleNotSealed = "LRA0015";
}
