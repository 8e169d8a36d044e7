using System.Collections.Concurrent;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsKit.Docker.Images;

/// <summary>
/// Finds the images task containers are created from: the local copy when the engine has one, else a pull. This is
/// the ECS agent's <c>prefer-cached</c> pull behaviour, the one that works without a registry, which is the usual
/// case on a developer machine.
/// </summary>
/// <remarks>
/// Lookups are remembered for the life of the store, so each image is inspected or pulled once however many tasks
/// use it; failed lookups are forgotten, so the next task tries again. Concurrent requests for one image share one
/// lookup and all receive its progress lines. A pull keeps going when the caller that started it stops waiting (as the
/// agent's pulls do), and ends when the store is disposed.
/// </remarks>
internal sealed class ImageStore : IDisposable
{
    private readonly IImageOperations _images;
    private readonly ConcurrentDictionary<string, Lookup> _lookups = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _disposed = new();

    public ImageStore(IDockerClient docker)
        : this((docker ?? throw new ArgumentNullException(nameof(docker))).Images)
    {
    }

    internal ImageStore(IImageOperations images) => _images = images;

    /// <summary>The id (sha256:...) of <paramref name="image"/>, pulling it only when the engine does not have it.</summary>
    /// <param name="image">The image as a container definition names it.</param>
    /// <param name="progress">Receives the engine's pull progress, one line per message; nothing when the image is local.</param>
    /// <param name="cancellationToken">Stops waiting; a pull already under way goes on for the other waiters and the cache.</param>
    /// <exception cref="ImagePullException">The engine has no such image and could not pull it.</exception>
    public async Task<string> EnsureAsync(string image, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var lookup = _lookups.GetOrAdd(image, static (name, store) => new Lookup(store, name), this);
        lookup.Subscribe(progress);
        try
        {
            return await lookup.Result.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lookup.Unsubscribe(progress);
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task<string> LookUpAsync(string image, Lookup lookup, CancellationToken cancellationToken)
    {
        try
        {
            return await InspectOrPullAsync(image, lookup, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Only this lookup: a newer one for the same image may already stand in its place.
            _lookups.TryRemove(KeyValuePair.Create(image, lookup));
            throw;
        }
    }

    private async Task<string> InspectOrPullAsync(string image, IProgress<string> progress, CancellationToken cancellationToken)
    {
        try
        {
            return (await _images.InspectImageAsync(image, cancellationToken).ConfigureAwait(false)).ID;
        }
        catch (DockerImageNotFoundException)
        {
            // Not here: pull it.
        }
        var reference = ImageReference.WithDefaultTag(image);
        var messages = new EngineProgress(progress);
        try
        {
            await _images.CreateImageAsync(new ImagesCreateParameters { FromImage = reference }, null, messages, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new ImagePullException(image, EngineError.MessageOf(e), e);
        }
        if (messages.Error is { } error)
        {
            throw new ImagePullException(image, error);
        }
        try
        {
            return (await _images.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false)).ID;
        }
        catch (DockerImageNotFoundException e)
        {
            throw new ImagePullException(image, "the engine finished the pull without an error but does not have the image", e);
        }
    }

    /// <summary>One image's lookup, started by the first request, with the progress receivers of everyone waiting on it.</summary>
    private sealed class Lookup : IProgress<string>
    {
        private readonly Lazy<Task<string>> _result;
        private readonly List<IProgress<string>> _receivers = [];

        public Lookup(ImageStore store, string image) =>
            // Lazy: GetOrAdd may build a Lookup that loses the race and is never used; it must not have pulled anything.
            _result = new Lazy<Task<string>>(() => store.LookUpAsync(image, this, store._disposed.Token));

        public Task<string> Result => _result.Value;

        public void Subscribe(IProgress<string>? receiver)
        {
            if (receiver is not null)
            {
                lock (_receivers)
                {
                    _receivers.Add(receiver);
                }
            }
        }

        public void Unsubscribe(IProgress<string>? receiver)
        {
            if (receiver is not null)
            {
                lock (_receivers)
                {
                    _receivers.Remove(receiver);
                }
            }
        }

        public void Report(string value)
        {
            IProgress<string>[] receivers;
            lock (_receivers)
            {
                receivers = [.. _receivers];
            }
            foreach (var receiver in receivers)
            {
                receiver.Report(value);
            }
        }
    }
}
