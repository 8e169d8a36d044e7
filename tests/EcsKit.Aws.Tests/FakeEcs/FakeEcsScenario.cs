using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>A fake ECS behind the loopback endpoint and a client to it: what a scenario runs against.</summary>
public sealed class FakeEcsScenario : IAsyncDisposable
{
    public FakeEcsScenario()
    {
        Ecs = new LoopbackEcs(State.Handle);
        // The real client, signing and retrying as against AWS: scenarios test what users run.
        Client = TestClients.For(Ecs);
    }

    public FakeEcsState State { get; } = new();

    public LoopbackEcs Ecs { get; }

    public IEcsApi Api => Client;

    private EcsApiClient Client { get; }

    /// <summary>The operations received so far, in order; <see cref="Forget"/> starts afresh.</summary>
    public IReadOnlyList<string> Operations => Ecs.Operations;

    /// <summary>Operations that change something (all but Describe*, List*).</summary>
    public IReadOnlyList<string> MutatingOperations =>
        Operations.Where(o => !o.StartsWith("Describe", StringComparison.Ordinal) && !o.StartsWith("List", StringComparison.Ordinal)).ToList();

    public void Forget() => Ecs.Requests.Clear();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Ecs.DisposeAsync();
    }
}
