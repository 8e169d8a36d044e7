using System.Runtime.InteropServices;
using EcsKit.Docker.Images;

namespace EcsKit.Docker.Tests.Images;

/// <summary>
/// The code bytes of the pause programs against GNU as: pause-x86_64.S and pause-aarch64.S hold the listings of
/// PauseProgram in assembler syntax; each is assembled and linked at the address where EcsKit's ELF puts its code
/// (0x4000b0), and the linked .text must equal EcsKit's code byte for byte, data and absolute addresses included.
/// Each test runs where its tools are installed (gcc for x86-64; Debian's binutils-aarch64-linux-gnu for arm64)
/// and passes without checking anything elsewhere.
/// </summary>
public sealed class PauseProgramAssemblerTests
{
    [Fact]
    public async Task X64_code_is_what_gcc_assembles_from_the_listing()
    {
        if (!ExternalTool.Exists("/usr/bin/gcc") || !ExternalTool.Exists("/usr/bin/objcopy") || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return;
        }
        await CompareAsync(Architecture.X64, "pause-x86_64.S", async (source, output) =>
        {
            // gcc runs the C preprocessor over .S files, which removes the // comments x86 gas would not take.
            await ExternalTool.RunAsync("/usr/bin/gcc", "-nostdlib", "-static", "-no-pie", "-Wl,-Ttext=0x4000b0", "-Wl,--build-id=none", "-o", output, source);
            await ExternalTool.RunAsync("/usr/bin/objcopy", "-O", "binary", "-j", ".text", output, output + ".text");
            return await ExternalTool.RunAsync("/usr/bin/objdump", "-d", "-M", "intel", output);
        });
    }

    [Fact]
    public async Task Arm64_code_is_what_the_aarch64_assembler_makes_of_the_listing()
    {
        const string Prefix = "/usr/bin/aarch64-linux-gnu-";
        if (!ExternalTool.Exists(Prefix + "as") || !ExternalTool.Exists(Prefix + "ld") || !ExternalTool.Exists(Prefix + "objcopy"))
        {
            return;
        }
        await CompareAsync(Architecture.Arm64, "pause-aarch64.S", async (source, output) =>
        {
            await ExternalTool.RunAsync(Prefix + "as", "-o", output + ".o", source);
            await ExternalTool.RunAsync(Prefix + "ld", "-Ttext=0x4000b0", "--build-id=none", "-o", output, output + ".o");
            await ExternalTool.RunAsync(Prefix + "objcopy", "-O", "binary", "-j", ".text", output, output + ".text");
            return await ExternalTool.RunAsync(Prefix + "objdump", "-d", output);
        });
    }

    /// <summary>Builds the listing with <paramref name="build"/> (which leaves the raw .text in output.text and returns a disassembly) and compares.</summary>
    private static async Task CompareAsync(Architecture architecture, string listing, Func<string, string, Task<string>> build)
    {
        var source = Path.Combine(DockerFixture.RepositoryRoot(), "tests", "EcsKit.Docker.Tests", "Images", listing);
        var directory = Directory.CreateTempSubdirectory("ecskit-pause-");
        try
        {
            var output = Path.Combine(directory.FullName, "pause");
            var disassembly = await build(source, output);
            var assembled = await File.ReadAllBytesAsync(output + ".text");
            var ours = PauseProgram.For(architecture)[0xB0..];

            Assert.True(assembled.AsSpan().SequenceEqual(ours),
                $"EcsKit's {architecture} code differs from the assembled {listing}.\nours:      {Convert.ToHexString(ours)}\nassembled: {Convert.ToHexString(assembled)}\n{disassembly}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
