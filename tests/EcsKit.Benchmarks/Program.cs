using BenchmarkDotNet.Running;
using EcsKit.Benchmarks.Local;

// `local [RUNS]`: the local Docker target against docker-compose and docker run (scripts/local-benchmark.sh).
// Anything else: the BenchmarkDotNet benchmarks (scripts/benchmark.sh).
if (args is ["local", .. var rest])
{
    return await LocalBenchmark.RunAsync(rest);
}
return RunBenchmarkDotNet(args);

// A method of its own, so that the local mode, whose memory is measured, does not load BenchmarkDotNet.
static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(EcsKit.Benchmarks.JsonBenchmarks).Assembly).Run(args);
    return 0;
}
