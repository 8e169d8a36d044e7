using System.Collections.Concurrent;

namespace EcsKit.Docker.Tests.Images;

/// <summary>Collects progress lines as they are reported (synchronously, unlike <see cref="Progress{T}"/>).</summary>
internal sealed class Lines : IProgress<string>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> All => [.. _lines];

    public void Report(string value) => _lines.Enqueue(value);
}
