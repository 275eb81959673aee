using LegalReview.Classifier.Cases;
using LegalReview.Classifier.Tests.Support;

namespace LegalReview.Classifier.Tests.Cases;

/// <summary>
/// How often the nearest published case shown beside a finding is of the same violation type (entry, flow, cost,
/// conduct) as the real competition row it is looked up for, each row's own source left out of the index.
/// </summary>
[TestFixture]
public sealed class CaseIndexNearestTypeTests
{
    /// <summary>
    /// The agreement of <see cref="CaseIndex.Nearest"/> over the 359 typed competition rows, measured on 2026-12-03:
    /// 234 of 359 (published cases 43/74, Zhejiang findings 66/110, bulletin summaries 125/175; 238 before the rows were
    /// put in the documents' own words, when the Zhejiang list's framing "作为采购人的《…公开招标公告》" matched procurement
    /// cases by itself). A similarity-weighted
    /// type vote among the 3 to 15 nearest did not do better (0.62–0.66 over all rows; it gains on the bulletin summaries
    /// and loses more on the Zhejiang findings), so the nearest case stays the best-ranked one.
    /// </summary>
    private const double MeasuredAgreement = 0.652;
    private const double Margin = 0.02;

    private static readonly string[] Files = ["published-cases.jsonl", "zhejiang-review-findings.jsonl", "bulletin-case-summaries.jsonl"];

    /// <summary>Run with <c>dotnet test --filter "FullyQualifiedName~CaseIndex&amp;TestCategory=NearestType"</c>.</summary>
    [Test]
    [Explicit("a measurement over the real rows: seconds")]
    [Category("NearestType")]
    public async Task Nearest_IsOfTheRowsViolationType_LeaveSourceOut()
    {
        var typeById = CaseBank.Cases.ToDictionary(c => c.Id, c => c.Type, StringComparer.Ordinal);
        using var index = new CaseIndex(CaseBank.Cases);
        int rows = 0, same = 0;
        foreach (var file in Files)
        {
            int fileRows = 0, fileSame = 0;
            foreach (var row in await CorpusFile.ReadAsync(Path.Combine(Repo.Root, "seeds", "cases", file)))
            {
                if (row.Category != "competition" || row.Type.Length == 0)
                {
                    continue;
                }

                fileRows++;
                if (index.Nearest(row.Text, row.GroupKey) is { } nearest && typeById.TryGetValue(nearest.Id, out var type) && type == row.Type)
                {
                    fileSame++;
                }
            }

            TestContext.Out.WriteLine($"{file}: {fileSame}/{fileRows} = {(double)fileSame / fileRows:0.000}");
            rows += fileRows;
            same += fileSame;
        }

        var agreement = (double)same / rows;
        TestContext.Out.WriteLine($"all: {same}/{rows} = {agreement:0.000}");
        Assert.That(agreement, Is.GreaterThanOrEqualTo(MeasuredAgreement - Margin));
    }
}
