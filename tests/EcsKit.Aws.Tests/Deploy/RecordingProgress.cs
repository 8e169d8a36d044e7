using System.Collections.Concurrent;

namespace EcsKit.Aws.Tests.Deploy;

/// <summary>Keeps every report, synchronously (Progress&lt;T&gt; posts them later, which races with assertions).</summary>
public sealed class RecordingProgress<T> : IProgress<T>
{
    public ConcurrentQueue<T> Reports { get; } = new();

    public void Report(T value) => Reports.Enqueue(value);
}
