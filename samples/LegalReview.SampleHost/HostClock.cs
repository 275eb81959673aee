namespace LegalReview.SampleHost;

/// <summary>
/// The host's one clock: system time in the configured zone (<see cref="SampleHostOptions.TimeZone"/>, default China
/// Standard Time). It is the registered <see cref="TimeProvider"/>, so the case list, the generated documents, the
/// tracking store's "today" and its deadlines all use the same zone whatever the server's own zone is.
/// </summary>
public sealed class HostClock(TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;

    /// <summary>A time in the host's zone.</summary>
    public static DateTimeOffset Local(TimeProvider clock, DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, clock.LocalTimeZone);

    /// <summary>The date of a time in the host's zone.</summary>
    public static DateOnly LocalDate(TimeProvider clock, DateTimeOffset time) => DateOnly.FromDateTime(Local(clock, time).DateTime);
}
