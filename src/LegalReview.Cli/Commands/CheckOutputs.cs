using System.CommandLine;
using LegalReview.Generation.Annotation;
using LegalReview.Generation.Opinion;
using LegalReview.Generation.Sarif;
using LegalReview.Review;

namespace LegalReview.Cli.Commands;

/// <summary>
/// The documents <c>check</c> can write besides its report: the annotated draft (<c>--annotate</c>), the opinion
/// letter (<c>--opinion</c>, with <c>--conclusion</c> and <c>--reviewer</c>) and a SARIF log (<c>--sarif</c>).
/// </summary>
internal sealed class CheckOutputs
{
    private readonly Option<FileInfo?> _annotate = new("--annotate") { Description = "写出批注版：在送审稿副本上对每个问题添加 Word 批注（仅限 .docx）" };
    private readonly Option<FileInfo?> _opinion = new("--opinion") { Description = "写出合法性审核意见书（.docx）" };
    private readonly Option<string?> _conclusion = new("--conclusion") { Description = "审核结论：合法、修改后合法或不合法（默认：有“错误”级问题为修改后合法，否则为合法）" };
    private readonly Option<string> _reviewer = new("--reviewer") { Description = "审核机构名称，用于意见书的发文机关标志和落款", DefaultValueFactory = _ => "司法局" };
    private readonly Option<FileInfo?> _sarif = new("--sarif") { Description = "写出 SARIF 2.1.0 格式的审查结果" };

    private FileInfo? Annotate { get; set; }

    private FileInfo? Opinion { get; set; }

    private string? Conclusion { get; set; }

    private string Reviewer { get; set; } = "司法局";

    private FileInfo? Sarif { get; set; }

    /// <summary>Adds the options to the command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_annotate);
        command.Options.Add(_opinion);
        command.Options.Add(_conclusion);
        command.Options.Add(_reviewer);
        command.Options.Add(_sarif);
        _conclusion.AcceptOnlyFromAmong("合法", "修改后合法", "不合法");
    }

    /// <summary>Reads the values given on the command line.</summary>
    public CheckOutputs Bind(ParseResult parse)
    {
        Annotate = parse.GetValue(_annotate);
        Opinion = parse.GetValue(_opinion);
        Conclusion = parse.GetValue(_conclusion);
        Reviewer = parse.GetValue(_reviewer) ?? "司法局";
        Sarif = parse.GetValue(_sarif);
        return this;
    }

    /// <summary>Writes the requested documents; returns an exit code when one could not be written, else null.</summary>
    public async Task<int?> WriteAsync(string path, ReviewResult result, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            if (Annotate is not null)
            {
                if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                {
                    await stderr.WriteLineAsync("错误：--annotate 仅适用于 .docx 送审稿。").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                await DraftAnnotator.AnnotateFileAsync(path, Annotate.FullName, result, null, ct).ConfigureAwait(false);
            }

            if (Opinion is not null)
            {
                var conclusion = ReviewConclusions.TryParse(Conclusion, out var c) ? c
                    : result.HasErrors ? ReviewConclusion.LawfulAfterRevision : ReviewConclusion.Lawful;
                var input = new OpinionLetterInput
                {
                    ReviewingBody = Reviewer,
                    DraftingUnit = result.Document.Issuers.FirstOrDefault() ?? "起草单位",
                    Conclusion = conclusion,
                    Date = DateOnly.FromDateTime(DateTime.Now),
                };
                await OpinionLetterWriter.WriteFileAsync(result, input, Opinion.FullName, ct).ConfigureAwait(false);
            }

            if (Sarif is not null)
            {
                await SarifWriter.WriteFileAsync([result], Sarif.FullName, new SarifOptions { BaseDirectory = Environment.CurrentDirectory }, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return null;
    }
}
