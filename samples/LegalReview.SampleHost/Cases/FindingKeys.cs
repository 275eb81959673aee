using LegalReview.Review;

namespace LegalReview.SampleHost.Cases;

/// <summary>
/// A finding's identity within one case: rule and exact span. The engine keeps suppressed findings in place, so the key
/// stays valid after a rejection re-runs the review. A rule may report several problems on the same words (a 文号
/// with two defects), so a short hash of the message tells them apart.
/// </summary>
public static class FindingKeys
{
    public static string Of(Finding finding) =>
        $"{finding.RuleId}-{finding.Location.Offset}-{finding.Location.Length}-{MessageHash(finding.Message)}";

    private static string MessageHash(string message) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message)).AsSpan(0, 4));
}
