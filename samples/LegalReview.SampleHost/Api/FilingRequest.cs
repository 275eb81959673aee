using LegalReview.Tracking;

namespace LegalReview.SampleHost.Api;

/// <summary>
/// A filing to record: an outgoing one (toUpperGovernment, toPeoplesCongress) starts 待报送 with its deadline from the
/// publication date; an incoming one (fromDepartment, fromTown) is recorded as received on <see cref="ReceivedOn"/>.
/// </summary>
public sealed record FilingRequest(
    FilingDirection Direction,
    string DocumentNumber,
    string Title,
    string FilingUnit,
    string Recipient,
    DateOnly PublishedOn,
    DateOnly? ReceivedOn = null);
