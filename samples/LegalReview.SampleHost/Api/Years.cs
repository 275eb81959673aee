using System.Globalization;

namespace LegalReview.SampleHost.Api;

/// <summary>The years the host accepts (statistics, project library), checked the same way everywhere.</summary>
public static class Years
{
    public const int Min = 1949;
    public const int Max = 2100;

    /// <summary>The Chinese message for a year out of range, or null when the year is fine (or not given).</summary>
    public static string? Check(int? year) => year is null or (>= Min and <= Max)
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"年份 {year} 无效：须在 {Min} 至 {Max} 年之间。");

    /// <summary>A 400 problem for a year out of range, or null.</summary>
    public static IResult? Problem(int? year) => Check(year) is { } message
        ? Results.Problem(title: "年份无效", detail: message, statusCode: StatusCodes.Status400BadRequest)
        : null;
}
