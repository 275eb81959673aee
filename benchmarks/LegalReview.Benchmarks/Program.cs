using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LegalReview.Benchmarks.ParseBenchmarks).Assembly).Run(args);
