using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EcsKit.Docker.Images;

/// <summary>
/// The program of the awsvpc pause container, written by EcsKit itself so that no registry and no compiler is needed:
/// a static ELF executable of a few hundred bytes that blocks forever and exits 0 on SIGTERM or SIGINT.
/// </summary>
/// <remarks>
/// The pause container runs the program as PID 1, and the kernel drops signals that PID 1 of a namespace left at their
/// default disposition: without handlers, <c>docker stop</c> would wait out its timeout and kill it. So the program
/// first installs one handler (<c>exit_group(0)</c>) for both signals, then waits in a loop. The listings are checked
/// against GNU as by the tests and explained in docs/local/pause-image.md; the .S files next to the tests hold the
/// same instructions in assembler syntax.
/// </remarks>
internal static class PauseProgram
{
    private const ulong SaRestorer = 0x04000000;

    /// <summary>The executable for an engine on <paramref name="architecture"/> (x86-64 or arm64).</summary>
    public static byte[] For(Architecture architecture) => architecture switch
    {
        Architecture.X64 => ElfExecutable.Create(ElfExecutable.MachineX86_64, 0x1000, X64()),
        // Up to 64 KiB pages on arm64 kernels: the segment alignment says so, as GNU ld does.
        Architecture.Arm64 => ElfExecutable.Create(ElfExecutable.MachineAarch64, 0x10000, Arm64()),
        _ => throw new ArgumentOutOfRangeException(nameof(architecture), architecture, "The pause program exists for x86-64 and arm64 only."),
    };

    /// <summary>x86-64: pause() in a loop. The kernel wants SA_RESTORER and a restorer on this architecture.</summary>
    private static byte[] X64()
    {
        // Offsets of the labels in the listing (the byte count before them).
        const int Handler = 0x30, Restorer = 0x39, Action = 0x40;
        ReadOnlySpan<byte> instructions =
        [
            0xB8, 0x0D, 0x00, 0x00, 0x00,             // 00  mov eax, 13              rt_sigaction(
            0xBF, 0x0F, 0x00, 0x00, 0x00,             // 05  mov edi, 15                SIGTERM,
            0x48, 0x8D, 0x35, 0x2F, 0x00, 0x00, 0x00, // 0a  lea rsi, [rip + 0x2f]      &action (0x40 - 0x11),
            0x31, 0xD2,                               // 11  xor edx, edx               NULL,
            0x41, 0xBA, 0x08, 0x00, 0x00, 0x00,       // 13  mov r10d, 8                sizeof(sigset_t))
            0x0F, 0x05,                               // 19  syscall
            0xB8, 0x0D, 0x00, 0x00, 0x00,             // 1b  mov eax, 13              rt_sigaction(SIGINT, the same):
            0xBF, 0x02, 0x00, 0x00, 0x00,             // 20  mov edi, 2                 syscall keeps rsi, rdx, r10
            0x0F, 0x05,                               // 25  syscall
                                                      //     wait:
            0xB8, 0x22, 0x00, 0x00, 0x00,             // 27  mov eax, 34              pause(): returns only after
            0x0F, 0x05,                               // 2c  syscall                    a handler ran
            0xEB, 0xF7,                               // 2e  jmp wait (0x27 - 0x30)
                                                      //     handler:
            0xB8, 0xE7, 0x00, 0x00, 0x00,             // 30  mov eax, 231             exit_group(0)
            0x31, 0xFF,                               // 35  xor edi, edi
            0x0F, 0x05,                               // 37  syscall
                                                      //     restorer:
            0xB8, 0x0F, 0x00, 0x00, 0x00,             // 39  mov eax, 15              rt_sigreturn(): never reached,
            0x0F, 0x05,                               // 3e  syscall                    the handler does not return
        ];
        return WithAction(instructions, Action, handler: ElfExecutable.CodeAddress + Handler, SaRestorer, restorer: ElfExecutable.CodeAddress + Restorer);
    }

    /// <summary>arm64: there is no pause syscall, so ppoll with nothing to watch and no timeout. No restorer needed.</summary>
    private static byte[] Arm64()
    {
        const int Handler = 0x3C, Action = 0x48;
        ReadOnlySpan<uint> instructions =
        [
            0xD28001E0, // 00  mov x0, #15          rt_sigaction(SIGTERM,
            0x10000221, // 04  adr x1, action         &action (0x48 - 0x04),
            0xD2800002, // 08  mov x2, #0             NULL,
            0xD2800103, // 0c  mov x3, #8             sizeof(sigset_t))
            0xD28010C8, // 10  mov x8, #134
            0xD4000001, // 14  svc #0
            0xD2800040, // 18  mov x0, #2           rt_sigaction(SIGINT, the same): svc keeps x1, x2, x3, x8
            0xD4000001, // 1c  svc #0
                        //     wait:
            0xD2800000, // 20  mov x0, #0           ppoll(NULL, 0, NULL, NULL): nothing to watch, no timeout,
            0xD2800001, // 24  mov x1, #0             returns only after a handler ran
            0xD2800002, // 28  mov x2, #0
            0xD2800003, // 2c  mov x3, #0
            0xD2800928, // 30  mov x8, #73
            0xD4000001, // 34  svc #0
            0x17FFFFFA, // 38  b wait (0x20 - 0x38)
                        //     handler:
            0xD2800000, // 3c  mov x0, #0           exit_group(0)
            0xD2800BC8, // 40  mov x8, #94
            0xD4000001, // 44  svc #0
        ];
        var bytes = new byte[instructions.Length * sizeof(uint)];
        for (var i = 0; i < instructions.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), instructions[i]);
        }
        return WithAction(bytes, Action, handler: ElfExecutable.CodeAddress + Handler, flags: 0, restorer: 0);
    }

    /// <summary>
    /// The instructions followed by the struct sigaction that rt_sigaction reads: handler, flags, restorer, mask
    /// (8 bytes each) on both architectures. On arm64 the restorer and the mask are zero, so even a kernel struct
    /// without the restorer field would read the same.
    /// </summary>
    private static byte[] WithAction(ReadOnlySpan<byte> instructions, int actionOffset, ulong handler, ulong flags, ulong restorer)
    {
        if (instructions.Length != actionOffset)
        {
            // The rip/pc-relative operand and the label constants above were computed for this length.
            throw new InvalidOperationException($"The pause listing is {instructions.Length} bytes, not {actionOffset}.");
        }
        var code = new byte[actionOffset + 32];
        instructions.CopyTo(code);
        var action = code.AsSpan(actionOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(action, handler);
        BinaryPrimitives.WriteUInt64LittleEndian(action[8..], flags);
        BinaryPrimitives.WriteUInt64LittleEndian(action[16..], restorer);
        BinaryPrimitives.WriteUInt64LittleEndian(action[24..], 0); // sa_mask: block nothing while the handler runs
        return code;
    }
}
