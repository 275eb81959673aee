namespace LegalReview.Analysis;

/// <summary>The level of government a document comes from.</summary>
public enum IssuerLevel
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>党中央、国务院 and their general offices.</summary>
    Central,

    /// <summary>A ministry or commission of the State Council (部委、直属机构).</summary>
    Ministry,

    /// <summary>A province, autonomous region or municipality directly under the central government.</summary>
    Province,

    /// <summary>A city divided into districts (设区的市、自治州).</summary>
    City,

    /// <summary>A county, county-level city or district.</summary>
    County,

    /// <summary>A township, town or sub-district (乡镇、街道).</summary>
    Township,
}
