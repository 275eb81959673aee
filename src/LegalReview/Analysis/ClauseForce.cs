namespace LegalReview.Analysis;

/// <summary>What a sentence of a provision does.</summary>
public enum ClauseForce
{
    /// <summary>States a fact, a goal or a policy line; binds no one in particular.</summary>
    Statement,

    /// <summary>Imposes a duty (应当、必须、须).</summary>
    Obligation,

    /// <summary>Forbids (不得、严禁、禁止), or undoes (取消、清理、纠正).</summary>
    Prohibition,

    /// <summary>Permits (可以、有权).</summary>
    Permission,

    /// <summary>Grants a benefit or relieves a burden (奖励、补贴、减半收取、免收).</summary>
    Benefit,

    /// <summary>Defines a term (是指、所称).</summary>
    Definition,

    /// <summary>Regulates how something is done (申请、受理、告知、之日起).</summary>
    Procedure,

    /// <summary>Points to another text (依照《…》、按照国家有关规定).</summary>
    Reference,
}
