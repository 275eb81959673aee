using System.Globalization;
using System.Text.Json;

namespace LegalReview.Tracking;

/// <summary>
/// The names of the tracking enums: the stable code used in JSON, in the database and in audit events (camelCase of the
/// member, e.g. "explanationRequested"), and the Chinese term a reader sees (e.g. "需补充说明").
/// </summary>
public static class TrackingNames
{
    /// <summary>The stable code of an enum member.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The camelCase code.</returns>
    public static string Code<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Reads a code written by <see cref="Code{T}(T)"/>, or the Chinese term.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The code or term.</param>
    /// <returns>The member.</returns>
    /// <exception cref="FormatException">The text names no member.</exception>
    public static T Parse<T>(string text)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Code(value), text, StringComparison.OrdinalIgnoreCase) || string.Equals(Chinese(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var allowed = string.Join("、", Enum.GetValues<T>().Select(v => $"{Code(v)}（{Chinese(v)}）"));
        throw new FormatException($"无法识别“{text}”，可用的值为：{allowed}。");
    }

    /// <summary>The Chinese term for a tracking enum member.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The term.</returns>
    public static string Chinese<T>(T value)
        where T : struct, Enum => value switch
        {
            FilingStatus s => s switch
            {
                FilingStatus.Pending => "待报送",
                FilingStatus.Submitted => "已报送",
                FilingStatus.Registered => "予以登记",
                FilingStatus.NotRegistered => "不予登记",
                FilingStatus.Deferred => "暂缓登记",
                FilingStatus.UnderReview => "审查中",
                FilingStatus.ExplanationRequested => "需补充说明",
                FilingStatus.Approved => "审查通过",
                FilingStatus.CorrectionRequired => "纠错",
                FilingStatus.Corrected => "已纠正",
                FilingStatus.Annulled => "撤销",
                _ => s.ToString(),
            },
            FilingDirection d => d switch
            {
                FilingDirection.ToUpperGovernment => "报上级人民政府备案",
                FilingDirection.ToPeoplesCongress => "报人大常委会备案",
                FilingDirection.FromDepartment => "部门报备",
                FilingDirection.FromTown => "镇（街道）报备",
                _ => d.ToString(),
            },
            ProjectStatus p => p switch
            {
                ProjectStatus.UnderEvaluation => "审核中",
                ProjectStatus.Drafting => "起草",
                ProjectStatus.SolicitingComments => "征求意见",
                ProjectStatus.FairCompetitionReview => "公平竞争审查",
                ProjectStatus.LegalityReview => "合法性审核",
                ProjectStatus.CollectiveDeliberation => "集体审议",
                ProjectStatus.Issued => "已印发",
                ProjectStatus.Refused => "不予立项",
                _ => p.ToString(),
            },
            ProjectSource s => s switch
            {
                ProjectSource.Automatic => "自动入库",
                ProjectSource.Key => "重点立项",
                ProjectSource.Applied => "申报立项",
                _ => s.ToString(),
            },
            DocumentStatus s => s switch
            {
                DocumentStatus.InForce => "有效",
                DocumentStatus.Amended => "已修改",
                DocumentStatus.Repealed => "已废止",
                DocumentStatus.Expired => "已失效",
                _ => s.ToString(),
            },
            TrackingEntityKind k => k switch
            {
                TrackingEntityKind.Project => "项目库条目",
                TrackingEntityKind.ReviewCase => "送审文件",
                TrackingEntityKind.Document => "规范性文件",
                TrackingEntityKind.Filing => "备案",
                _ => k.ToString(),
            },
            _ => value.ToString(),
        };

    /// <summary>A date as yyyy-MM-dd.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
