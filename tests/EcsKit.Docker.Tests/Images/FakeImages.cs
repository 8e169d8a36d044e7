using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsKit.Docker.Tests.Images;

/// <summary>
/// An engine image API that answers inspect and pull from the test's delegates and counts the calls, for what the real
/// engine cannot show: how many pulls happened. Every other method fails the test.
/// </summary>
[SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "DispatchProxy derives the proxy class from it at run time.")]
internal class FakeImages : DispatchProxy
{
    private int _inspections;
    private int _pulls;

    public int Inspections => Volatile.Read(ref _inspections);

    public int Pulls => Volatile.Read(ref _pulls);

    /// <summary>The images the fake engine has, by reference, with their ids.</summary>
    public Dictionary<string, string> Present { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs for each pull: the parameters, the progress receiver; adds to <see cref="Present"/> or throws.</summary>
    public Func<ImagesCreateParameters, IProgress<JSONMessage>, Task> Pull { get; set; } = (_, _) => Task.CompletedTask;

    internal static (IImageOperations Images, FakeImages Fake) Create()
    {
        var images = DispatchProxy.Create<IImageOperations, FakeImages>();
        return (images, (FakeImages)(object)images);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        ArgumentNullException.ThrowIfNull(args);
        switch (targetMethod.Name)
        {
            case nameof(IImageOperations.InspectImageAsync):
                Interlocked.Increment(ref _inspections);
                var name = (string)args[0]!;
                return Present.TryGetValue(name, out var id)
                    ? Task.FromResult(new ImageInspectResponse { ID = id })
                    : Task.FromException<ImageInspectResponse>(new DockerImageNotFoundException(HttpStatusCode.NotFound, $"{{\"message\":\"No such image: {name}\"}}"));
            case nameof(IImageOperations.CreateImageAsync) when args.Length == 4:
                Interlocked.Increment(ref _pulls);
                return Pull((ImagesCreateParameters)args[0]!, (IProgress<JSONMessage>)args[2]!);
            default:
                throw new InvalidOperationException($"The image store called {targetMethod.Name}, which the fake does not serve.");
        }
    }
}
