using BenchmarkDotNet.Running;
using LegalReview.Benchmarks;

if (args is ["rule-times", var folder])
{
    return RuleTimings.Run(folder);
}

if (args is ["reader-diff", ..] rest)
{
    return ReaderDiff.Run(rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 2400, rest.Length > 2 ? rest[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;
