namespace LegalReview.Tracking;

/// <summary>The keys of the store settings that the annual statistics read.</summary>
public static class TrackingSettings
{
    /// <summary>The reporting body, e.g. "晋江市司法局".</summary>
    public const string Reporter = "reporter";

    /// <summary>The government above, used when no filing of the year names it, e.g. "泉州市人民政府".</summary>
    public const string UpperGovernment = "upperGovernment";

    /// <summary>The standing committee, used when no filing of the year names it, e.g. "晋江市人大常委会".</summary>
    public const string PeoplesCongress = "peoplesCongress";
}
