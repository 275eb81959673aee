using LegalReview.Tracking;

namespace LegalReview.SampleHost.Api;

/// <summary>An item to add to the project library (项目库) of a plan year.</summary>
public sealed record ProjectRequest(int Year, string Title, ProjectSource Source, string DraftingUnit, DateOnly? PlannedOn = null);
