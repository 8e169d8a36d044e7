using Spectre.Console;

namespace EcsKit.Hosting;

/// <summary>Where a verb writes: data to <see cref="Out"/>, messages for people to <see cref="Console"/> and errors to <see cref="Error"/>.</summary>
internal sealed record HostConsole(TextWriter Out, TextWriter Error, IAnsiConsole Console)
{
    public static HostConsole System { get; } = new(
        global::System.Console.Out,
        global::System.Console.Error,
        Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(global::System.Console.Error) }), global::System.Console.IsErrorRedirected));

    /// <summary>A console that writes plain text (no colours, no terminal codes) to the given writers, for tests and pipes.</summary>
    public static HostConsole Plain(TextWriter output, TextWriter error) => new(
        output,
        error,
        Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        }), redirected: true));

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
