using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EcsKit.Benchmarks.JsonBenchmarks).Assembly).Run(args);
