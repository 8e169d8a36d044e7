using Spectre.Console;

namespace EcsKit.Hosting;

/// <summary>
/// Where a verb writes: data to <see cref="Out"/> (or <see cref="OutConsole"/> for tables), messages for people to
/// <see cref="Console"/> and errors to <see cref="Error"/>. <see cref="Interactive"/> tells whether a person watches a
/// terminal (live tables, colours) or a program reads a pipe or a file (plain lines).
/// </summary>
internal sealed record HostConsole(TextWriter Out, TextWriter Error, IAnsiConsole Console, IAnsiConsole OutConsole, bool Interactive)
{
    public static HostConsole System { get; } = CreateSystem();

    /// <summary>A console that writes plain text (no colours, no terminal codes) to the given writers, for tests and pipes.</summary>
    public static HostConsole Plain(TextWriter output, TextWriter error) => new(output, error, PlainConsole(error), PlainConsole(output), Interactive: false);

    private static HostConsole CreateSystem()
    {
        var output = global::System.Console.Out;
        var error = global::System.Console.Error;
        var console = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }), global::System.Console.IsErrorRedirected);
        var outConsole = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }), global::System.Console.IsOutputRedirected);
        var interactive = !global::System.Console.IsOutputRedirected && !global::System.Console.IsErrorRedirected && outConsole.Profile.Capabilities.Ansi;
        return new HostConsole(output, error, console, outConsole, interactive);
    }

    private static IAnsiConsole PlainConsole(TextWriter writer) =>
        Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        }), redirected: true);

    // Text going to a file or a pipe is read by programs and searched by people: one finding stays on one line.
    private static IAnsiConsole Unwrapped(IAnsiConsole console, bool redirected)
    {
        if (redirected)
        {
            console.Profile.Width = 4096;
        }
        return console;
    }
}
