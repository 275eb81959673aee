using BenchmarkDotNet.Running;
using LegalReview.Benchmarks;

if (args is ["rule-times", var folder])
{
    return RuleTimings.Run(folder);
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;
