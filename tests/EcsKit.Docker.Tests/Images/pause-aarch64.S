// The arm64 pause program, instruction for instruction as src/EcsKit.Docker/Images/PauseProgram.cs writes it.
// PauseProgramAssemblerTests assembles it with aarch64-linux-gnu-as (Debian binutils-aarch64-linux-gnu), links it
// at the address EcsKit loads its code at and compares the .text bytes.
    .text
    .globl _start
_start:
    mov x0, #15                 // rt_sigaction(SIGTERM,
    adr x1, action              //   &action,
    mov x2, #0                  //   NULL,
    mov x3, #8                  //   sizeof(sigset_t))
    mov x8, #134
    svc #0
    mov x0, #2                  // rt_sigaction(SIGINT, ...): the syscall kept x1, x2, x3 and x8
    svc #0
wait:
    mov x0, #0                  // ppoll(NULL, 0, NULL, NULL): no descriptors, no timeout, returns only after a signal
    mov x1, #0
    mov x2, #0
    mov x3, #0
    mov x8, #73
    svc #0
    b wait
handler:
    mov x0, #0                  // exit_group(0)
    mov x8, #94
    svc #0
action:                         // struct sigaction as the kernel reads it
    .quad handler               //   sa_handler
    .quad 0                     //   sa_flags
    .quad 0                     //   sa_restorer: unused without SA_RESTORER
    .quad 0                     //   sa_mask: block nothing
