using System.Buffers.Binary;

namespace EcsKit.Docker.Images;

/// <summary>
/// Writes the smallest ELF64 executable Linux runs: the file header, one PT_LOAD segment that maps the whole file
/// (headers included) readable and executable, a PT_GNU_STACK entry, then the code. No sections, no symbols, no
/// interpreter: the kernel needs none of them to start a static program.
/// </summary>
internal static class ElfExecutable
{
    /// <summary>EM_X86_64.</summary>
    public const ushort MachineX86_64 = 62;

    /// <summary>EM_AARCH64.</summary>
    public const ushort MachineAarch64 = 183;

    /// <summary>Where the file is mapped: the address static linkers use on both architectures, 64 KiB aligned.</summary>
    public const ulong LoadAddress = 0x400000;

    private const int FileHeaderSize = 64;
    private const int ProgramHeaderSize = 56;
    private const int ProgramHeaderCount = 2;

    /// <summary>Where the code starts in the file: right after the headers.</summary>
    public const int CodeOffset = FileHeaderSize + (ProgramHeaderSize * ProgramHeaderCount);

    /// <summary>The address of the first code byte, which is also the entry point.</summary>
    public const ulong CodeAddress = LoadAddress + CodeOffset;

    private const uint ProgramLoad = 1; // PT_LOAD
    private const uint ProgramGnuStack = 0x6474E551; // PT_GNU_STACK
    private const uint Execute = 1; // PF_X
    private const uint Write = 2; // PF_W
    private const uint Read = 4; // PF_R

    /// <summary>The executable whose entry point is the first byte of <paramref name="code"/>.</summary>
    /// <param name="machine">The e_machine value.</param>
    /// <param name="segmentAlignment">The largest page size of the architecture, which the load address is a multiple of.</param>
    /// <param name="code">Instructions and data, as they are to sit at <see cref="CodeAddress"/>.</param>
    public static byte[] Create(ushort machine, ulong segmentAlignment, ReadOnlySpan<byte> code)
    {
        var file = new byte[CodeOffset + code.Length];
        var header = file.AsSpan();
        "\u007fELF"u8.CopyTo(header);
        header[4] = 2; // ELFCLASS64
        header[5] = 1; // ELFDATA2LSB: both architectures run little-endian here
        header[6] = 1; // EV_CURRENT
        header[7] = 0; // ELFOSABI_NONE (System V), what Linux expects
        BinaryPrimitives.WriteUInt16LittleEndian(header[16..], 2); // e_type: ET_EXEC, a fixed address and no relocations
        BinaryPrimitives.WriteUInt16LittleEndian(header[18..], machine);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], 1); // e_version
        BinaryPrimitives.WriteUInt64LittleEndian(header[24..], CodeAddress); // e_entry
        BinaryPrimitives.WriteUInt64LittleEndian(header[32..], FileHeaderSize); // e_phoff: program headers follow at once
        BinaryPrimitives.WriteUInt64LittleEndian(header[40..], 0); // e_shoff: no section headers
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 0); // e_flags
        BinaryPrimitives.WriteUInt16LittleEndian(header[52..], FileHeaderSize); // e_ehsize
        BinaryPrimitives.WriteUInt16LittleEndian(header[54..], ProgramHeaderSize); // e_phentsize
        BinaryPrimitives.WriteUInt16LittleEndian(header[56..], ProgramHeaderCount); // e_phnum
        BinaryPrimitives.WriteUInt16LittleEndian(header[58..], 64); // e_shentsize: the ELF64 size, though there are none
        BinaryPrimitives.WriteUInt16LittleEndian(header[60..], 0); // e_shnum
        BinaryPrimitives.WriteUInt16LittleEndian(header[62..], 0); // e_shstrndx: SHN_UNDEF

        // The whole file, mapped once: the code reads its sigaction data from the same pages it runs from.
        ProgramHeader(header[FileHeaderSize..], ProgramLoad, Read | Execute, 0, LoadAddress, (ulong)file.Length, segmentAlignment);

        // Without PT_GNU_STACK some kernels make the stack executable; this keeps it read-write only.
        ProgramHeader(header[(FileHeaderSize + ProgramHeaderSize)..], ProgramGnuStack, Read | Write, 0, 0, 0, 16);

        code.CopyTo(header[CodeOffset..]);
        return file;
    }

    private static void ProgramHeader(Span<byte> entry, uint type, uint flags, ulong offset, ulong address, ulong size, ulong alignment)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(entry, type);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], flags);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[8..], offset);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[16..], address); // p_vaddr
        BinaryPrimitives.WriteUInt64LittleEndian(entry[24..], address); // p_paddr
        BinaryPrimitives.WriteUInt64LittleEndian(entry[32..], size); // p_filesz
        BinaryPrimitives.WriteUInt64LittleEndian(entry[40..], size); // p_memsz: nothing to zero-fill
        BinaryPrimitives.WriteUInt64LittleEndian(entry[48..], alignment);
    }
}
