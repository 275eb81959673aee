using BenchmarkDotNet.Running;
using LegalReview.Benchmarks;

if (args is ["rule-times", var folder])
{
    return RuleTimings.Run(folder);
}

if (args is ["scaling-times", .. var sizes])
{
    return ScalingTimings.Run(sizes.Length > 0 ? sizes.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [1000, 2000, 4000, 8000, 16000]);
}

if (args is ["model-times", var modelFolder, .. var models])
{
    return ModelTimings.Run(modelFolder, models);
}

if (args is ["reader-diff", ..] rest)
{
    return ReaderDiff.Run(rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 2400, rest.Length > 2 ? rest[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;
