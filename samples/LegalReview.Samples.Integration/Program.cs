using Jinjiang.CaseSystem.Rules;
using LegalReview;
using LegalReview.Documents.Reading;
using LegalReview.Generation.Sarif;
using LegalReview.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Usage: LegalReview.Samples.Integration <drafts folder> <output .sarif>
// Reviews every .docx and .txt in the folder with the city's own rule added and writes one SARIF log for the case
// system. Exit code: 0 reviewed (findings or not), 2 bad arguments or configuration.
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("用法：LegalReview.Samples.Integration <草案目录> <输出 .sarif 文件>");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
var output = Path.GetFullPath(args[1]);

var configuration = new ConfigurationBuilder()
    .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
    .Build();

var services = new ServiceCollection();
services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
services.AddLegalReview(configuration);
services.AddReviewRule<LR9101SharedCertificateCopies>();
await using var provider = services.BuildServiceProvider();

try
{
    // A host runs this at start-up; a console job calls it itself so a typo in appsettings.json stops it here.
    provider.GetRequiredService<IStartupValidator>().Validate();
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine("配置有误：");
    foreach (var failure in ex.Failures)
    {
        Console.Error.WriteLine("  " + failure);
    }

    return 2;
}

var review = provider.GetRequiredService<ILegalReviewService>();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var results = new List<ReviewResult>();
var files = Directory.EnumerateFiles(folder)
    .Where(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal);
foreach (var file in files)
{
    try
    {
        var result = await review.ReviewFileAsync(file, cancellationToken: cancel.Token);
        results.Add(result);
        var active = result.ActiveFindings.ToList();
        Console.WriteLine($"{Path.GetFileName(file)}：{active.Count} 项审查意见（其中错误 {active.Count(f => f.Severity == FindingSeverity.Error)} 项）");
    }
    catch (DocumentReadException ex)
    {
        // One unreadable draft must not stop the batch; the case system sees it missing from the log.
        Console.Error.WriteLine($"{Path.GetFileName(file)}：无法读取（{ex.Reason}）：{ex.Message}");
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await SarifWriter.WriteFileAsync(results, output, new SarifOptions { BaseDirectory = folder }, cancel.Token);
Console.WriteLine($"已审查 {results.Count} 份文件，SARIF 日志：{output}");
return 0;
