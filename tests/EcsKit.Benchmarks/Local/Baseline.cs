using System.Diagnostics;
using Docker.DotNet;

namespace EcsKit.Benchmarks.Local;

/// <summary>
/// What docker-compose and the plain script share: their label, and how their up is timed. The time is taken from the
/// engine's event stream (each container's <c>start</c> and <c>health_status: healthy</c>), which is what EcsKit
/// reacts to as well, rather than by polling <c>docker inspect</c>, which would add up to a polling interval.
/// </summary>
internal static class Baseline
{
    /// <summary>The label (value: the run) on every container and network of the baselines, by which they are found and removed.</summary>
    public const string Label = "ecskit-bench";

    /// <summary>
    /// Runs a command that starts the two-service containers (labelled <see cref="Label"/>=<paramref name="run"/>) and
    /// times it until they are all started and the checked ones healthy; and until they were all started.
    /// </summary>
    public static async Task<(TimeSpan Healthy, TimeSpan Started)> UpAsync(IDockerClient client, string run, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var clock = new Stopwatch();
        var count = new HealthCount(BenchApps.Containers, BenchApps.CheckedContainers, clock);
        await using var events = EventWatch.ByLabel(client, $"{Label}={run}", count.On);
        clock.Start();
        var command = Shell.RunAsync(program, arguments, EcsKitScenario.Timeout, cancellationToken);
        try
        {
            var first = await Task.WhenAny(count.Done, command, events.Loop).WaitAsync(EcsKitScenario.Timeout, cancellationToken);
            if (first == command)
            {
                // Throws when the command failed; else the containers are started and health is still to come.
                await command;
                first = await Task.WhenAny(count.Done, events.Loop).WaitAsync(EcsKitScenario.Timeout, cancellationToken);
            }
            if (first == events.Loop)
            {
                await events.Loop;
                throw new InvalidOperationException("the engine's event stream ended");
            }
            var healthy = await count.Done;
            await command;
            return (healthy, await count.AllStarted);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'{program}' did not get the containers up and healthy within {EcsKitScenario.Timeout.TotalSeconds:0} s: {count.Progress}");
        }
    }
}
