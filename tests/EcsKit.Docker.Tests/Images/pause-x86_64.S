// The x86-64 pause program, instruction for instruction as src/EcsKit.Docker/Images/PauseProgram.cs writes it.
// PauseProgramAssemblerTests builds it with gcc -nostdlib -static at the address EcsKit loads its code at and
// compares the .text bytes. Intel syntax, so the lines read like the comments in PauseProgram.cs.
    .intel_syntax noprefix
    .text
    .globl _start
_start:
    mov eax, 13                 // rt_sigaction(
    mov edi, 15                 //   SIGTERM,
    lea rsi, [rip + action]     //   &action,
    xor edx, edx                //   NULL,
    mov r10d, 8                 //   sizeof(sigset_t))
    syscall
    mov eax, 13                 // rt_sigaction(SIGINT, &action, NULL, 8): the syscall kept rsi, rdx and r10
    mov edi, 2
    syscall
wait:
    mov eax, 34                 // pause(): returns only after a signal was handled
    syscall
    jmp wait
handler:
    mov eax, 231                // exit_group(0)
    xor edi, edi
    syscall
restorer:
    mov eax, 15                 // rt_sigreturn(): never reached, the handler does not return
    syscall
action:                         // struct sigaction as the kernel reads it
    .quad handler               //   sa_handler
    .quad 0x04000000            //   sa_flags: SA_RESTORER
    .quad restorer              //   sa_restorer
    .quad 0                     //   sa_mask: block nothing
