using System.Formats.Tar;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Images;

/// <summary>
/// The image of the awsvpc pause container: <see cref="PauseProgram"/> alone in a layer, imported into the engine
/// the first time a task needs it. Like the ECS agent, which loads its pause image from a tarball it ships, this never
/// touches a registry.
/// </summary>
internal static class PauseImage
{
    public const string Repository = "ecskit/pause";

    /// <summary>One import at a time, in this process: concurrent tasks would otherwise each import the same image.</summary>
    private static readonly SemaphoreSlim ImportGate = new(1, 1);

    /// <summary>
    /// The pause image's reference (<c>ecskit/pause:&lt;hash&gt;</c>), importing it when the engine does not have it.
    /// The tag is a hash of the program, so a changed program is a new image and never mistaken for an old one.
    /// </summary>
    /// <exception cref="LocalDockerException">The engine runs on an architecture without a pause program, or refused the import.</exception>
    public static Task<string> EnsureAsync(IDockerClient docker, CancellationToken cancellationToken) =>
        EnsureAsync(docker, Repository, cancellationToken);

    /// <summary>As <see cref="EnsureAsync(IDockerClient, CancellationToken)"/>, into another repository (the tests use their own).</summary>
    internal static async Task<string> EnsureAsync(IDockerClient docker, string repository, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docker);
        var program = PauseProgram.For(await EngineArchitectureAsync(docker, cancellationToken).ConfigureAwait(false));
        var tag = TagFor(program);
        var reference = $"{repository}:{tag}";
        if (await ExistsAsync(docker, reference, cancellationToken).ConfigureAwait(false))
        {
            return reference;
        }
        await ImportGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have imported it while this one waited.
            if (!await ExistsAsync(docker, reference, cancellationToken).ConfigureAwait(false))
            {
                await ImportAsync(docker, repository, tag, program, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ImportGate.Release();
        }
        return reference;
    }

    /// <summary>The first 12 hex digits of the program's SHA-256, as Docker shortens ids.</summary>
    internal static string TagFor(byte[] program) => Convert.ToHexStringLower(SHA256.HashData(program))[..12];

    /// <summary>The architecture the engine runs containers on, which may differ from this process's.</summary>
    private static async Task<Architecture> EngineArchitectureAsync(IDockerClient docker, CancellationToken cancellationToken)
    {
        var info = await docker.System.GetSystemInfoAsync(cancellationToken).ConfigureAwait(false);
        return info.Architecture switch
        {
            "x86_64" or "amd64" => Architecture.X64,
            "aarch64" or "arm64" => Architecture.Arm64,
            var other => throw new LocalDockerException(
                $"the Docker engine runs on '{other}', and EcsKit's awsvpc pause container exists for x86_64 and aarch64 only: " +
                "use networkMode bridge or host for tasks on this engine."),
        };
    }

    private static async Task<bool> ExistsAsync(IDockerClient docker, string reference, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Images.InspectImageAsync(reference, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DockerImageNotFoundException)
        {
            return false;
        }
    }

    private static async Task ImportAsync(IDockerClient docker, string repository, string tag, byte[] program, CancellationToken cancellationToken)
    {
        using var layer = Layer(program);
        var parameters = new ImagesCreateParameters
        {
            FromSrc = "-",
            Repo = repository,
            Tag = tag,
            Message = "EcsKit awsvpc pause container",
            Changes =
            [
                "CMD [\"/pause\"]",
                // Cleanup finds EcsKit's images by this label.
                $"LABEL {Labels.Role}={Labels.Roles.Pause}",
            ],
        };
        var progress = new EngineProgress(null);
        try
        {
            await docker.Images.CreateImageAsync(parameters, layer, null, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new LocalDockerException($"the Docker engine refused to import the pause image {repository}:{tag}: {EngineError.MessageOf(e)}", e);
        }
        if (progress.Error is { } error)
        {
            throw new LocalDockerException($"the Docker engine could not import the pause image {repository}:{tag}: {error}");
        }
    }

    /// <summary>A tar holding /pause, executable by everyone, owned by root, dated 1970 so that the layer is the same every time.</summary>
    private static MemoryStream Layer(byte[] program)
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
        {
            using var content = new MemoryStream(program, writable: false);
            writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "pause")
            {
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                    UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
                Uid = 0,
                Gid = 0,
                ModificationTime = DateTimeOffset.UnixEpoch,
                DataStream = content,
            });
        }
        tar.Position = 0;
        return tar;
    }
}
