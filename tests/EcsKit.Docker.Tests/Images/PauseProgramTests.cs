using System.Buffers.Binary;
using System.Runtime.InteropServices;
using EcsKit.Docker.Images;

namespace EcsKit.Docker.Tests.Images;

/// <summary>The pause executables' ELF structure, on every machine; PauseProgramAssemblerTests compare the code with GNU as.</summary>
public sealed class PauseProgramTests
{
    private const ulong CodeAddress = 0x4000B0;

    [Theory]
    [InlineData(Architecture.X64, 62, 0x1000)]
    [InlineData(Architecture.Arm64, 183, 0x10000)]
    public void Is_a_static_ELF64_executable_with_one_loadable_segment(Architecture architecture, int machine, int alignment)
    {
        var file = PauseProgram.For(architecture);
        var span = file.AsSpan();

        Assert.InRange(file.Length, 200, 400);
        Assert.Equal("\u007fELF"u8.ToArray(), file[..4]);
        Assert.Equal(2, file[4]); // ELFCLASS64
        Assert.Equal(1, file[5]); // little-endian
        Assert.Equal(1, file[6]); // EV_CURRENT
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(span[16..])); // ET_EXEC
        Assert.Equal(machine, BinaryPrimitives.ReadUInt16LittleEndian(span[18..]));
        Assert.Equal(CodeAddress, BinaryPrimitives.ReadUInt64LittleEndian(span[24..])); // entry: the first code byte
        Assert.Equal(64UL, BinaryPrimitives.ReadUInt64LittleEndian(span[32..])); // program headers right after the header
        Assert.Equal(0UL, BinaryPrimitives.ReadUInt64LittleEndian(span[40..])); // no section headers
        Assert.Equal(56, BinaryPrimitives.ReadUInt16LittleEndian(span[54..]));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(span[56..]));

        var load = span[64..];
        Assert.Equal(1U, BinaryPrimitives.ReadUInt32LittleEndian(load)); // PT_LOAD
        Assert.Equal(5U, BinaryPrimitives.ReadUInt32LittleEndian(load[4..])); // R+X, not writable
        Assert.Equal(0UL, BinaryPrimitives.ReadUInt64LittleEndian(load[8..])); // from the start of the file
        Assert.Equal(0x400000UL, BinaryPrimitives.ReadUInt64LittleEndian(load[16..]));
        Assert.Equal((ulong)file.Length, BinaryPrimitives.ReadUInt64LittleEndian(load[32..])); // the whole file
        Assert.Equal((ulong)file.Length, BinaryPrimitives.ReadUInt64LittleEndian(load[40..]));
        Assert.Equal((ulong)alignment, BinaryPrimitives.ReadUInt64LittleEndian(load[48..]));
        Assert.Equal(0UL, 0x400000UL % (ulong)alignment);

        var stack = span[(64 + 56)..];
        Assert.Equal(0x6474E551U, BinaryPrimitives.ReadUInt32LittleEndian(stack)); // PT_GNU_STACK
        Assert.Equal(6U, BinaryPrimitives.ReadUInt32LittleEndian(stack[4..])); // R+W: no executable stack
    }

    [Fact]
    public void Other_architectures_have_no_pause_program() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PauseProgram.For(Architecture.X86));

    /// <summary>
    /// The arm64 words against the architecture manual's encodings, computed here from the fields, for machines
    /// without an aarch64 assembler (PauseProgramAssemblerTests does the real comparison where there is one).
    /// </summary>
    [Fact]
    public void Arm64_instructions_match_their_encodings()
    {
        const int Wait = 0x20, Handler = 0x3C, Action = 0x48;
        uint[] expected =
        [
            Movz(0, 15), Adr(1, Action - 0x04), Movz(2, 0), Movz(3, 8), Movz(8, 134), Svc0, // rt_sigaction(SIGTERM, ...)
            Movz(0, 2), Svc0, // rt_sigaction(SIGINT, ...)
            Movz(0, 0), Movz(1, 0), Movz(2, 0), Movz(3, 0), Movz(8, 73), Svc0, B(Wait - 0x38), // ppoll in a loop
            Movz(0, 0), Movz(8, 94), Svc0, // exit_group(0)
        ];
        var program = PauseProgram.For(Architecture.Arm64);
        var words = Enumerable.Range(0, expected.Length).Select(i => BinaryPrimitives.ReadUInt32LittleEndian(program.AsSpan(0xB0 + (i * 4)))).ToArray();
        var code = program.AsSpan(0xB0);

        Assert.Equal(expected, words);
        Assert.Equal(CodeAddress + Handler, BinaryPrimitives.ReadUInt64LittleEndian(code[Action..])); // sa_handler
        Assert.Equal(0UL, BinaryPrimitives.ReadUInt64LittleEndian(code[(Action + 8)..])); // sa_flags
        Assert.Equal(Action + 32, code.Length);
    }

    [Fact]
    public void X64_sigaction_names_the_handler_and_the_restorer()
    {
        const int Handler = 0x30, Restorer = 0x39, Action = 0x40;
        var code = PauseProgram.For(Architecture.X64).AsSpan(0xB0);

        Assert.Equal(CodeAddress + Handler, BinaryPrimitives.ReadUInt64LittleEndian(code[Action..]));
        Assert.Equal(0x04000000UL, BinaryPrimitives.ReadUInt64LittleEndian(code[(Action + 8)..])); // SA_RESTORER
        Assert.Equal(CodeAddress + Restorer, BinaryPrimitives.ReadUInt64LittleEndian(code[(Action + 16)..]));
        Assert.Equal(0UL, BinaryPrimitives.ReadUInt64LittleEndian(code[(Action + 24)..]));
    }

    [Theory]
    [InlineData(Architecture.X64, "Advanced Micro Devices X86-64")]
    [InlineData(Architecture.Arm64, "AArch64")]
    public async Task Readelf_reads_the_headers(Architecture architecture, string machine)
    {
        if (!ExternalTool.Exists("/usr/bin/readelf"))
        {
            return; // binutils is not installed: the field checks above still ran
        }
        var path = Path.Combine(Path.GetTempPath(), $"ecskit-pause-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(path, PauseProgram.For(architecture));
        try
        {
            var headers = await ExternalTool.RunAsync("/usr/bin/readelf", "--file-header", "--program-headers", "--wide", path);
            Assert.Matches($@"Machine:\s+{machine}", headers);
            Assert.Matches(@"Type:\s+EXEC", headers);
            Assert.Matches(@"Entry point address:\s+0x4000b0", headers);
            Assert.Matches(@"LOAD\s+0x000000 0x0000000000400000 0x0000000000400000 0x[0-9a-f]+ 0x[0-9a-f]+ R E", headers);
            Assert.Matches(@"GNU_STACK\s+.* RW ", headers);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const uint Svc0 = 0xD4000001;

    /// <summary>MOVZ Xd, #imm16 (the assembler's "mov Xd, #imm").</summary>
    private static uint Movz(uint register, uint immediate) => 0xD2800000 | (immediate << 5) | register;

    /// <summary>ADR Xd, pc+offset: the low two bits of the offset in bits 30:29, the rest in bits 23:5.</summary>
    private static uint Adr(uint register, int offset) =>
        0x10000000 | (((uint)offset & 3) << 29) | ((((uint)offset >> 2) & 0x7FFFF) << 5) | register;

    /// <summary>B pc+offset: the offset in words, 26 bits.</summary>
    private static uint B(int offset) => 0x14000000 | ((uint)(offset >> 2) & 0x3FFFFFF);
}
