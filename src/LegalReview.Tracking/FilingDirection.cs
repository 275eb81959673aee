namespace LegalReview.Tracking;

/// <summary>Who files with whom (§4.1 of the rule catalogue).</summary>
public enum FilingDirection
{
    /// <summary>Outgoing: the government's document filed with the government above (报上级人民政府备案).</summary>
    ToUpperGovernment,

    /// <summary>Outgoing: filed with the people's congress standing committee (报人大常委会备案).</summary>
    ToPeoplesCongress,

    /// <summary>Incoming: a department's document filed with this government (部门报备).</summary>
    FromDepartment,

    /// <summary>Incoming: a town's or sub-district's document (镇（街道）报备).</summary>
    FromTown,
}
