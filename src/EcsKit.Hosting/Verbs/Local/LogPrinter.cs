using EcsKit.Docker;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// Writes containers' output lines prefixed with <c>service/container/taskid8</c>: <c> | </c> before what the
/// container wrote to standard output, <c> ! </c> before what it wrote to standard error. In a terminal each
/// container gets its own colour and standard error is red; in a pipe the lines are plain.
/// </summary>
internal sealed class LogPrinter(HostConsole console)
{
    private static readonly string[] Palette = ["cyan", "green", "yellow", "magenta", "blue", "aqua", "lime", "fuchsia", "orange1", "deepskyblue1"];

    private readonly Dictionary<string, string> _colours = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public static string Plain(LocalLogLine line) => $"{line.Source} {(line.IsError ? '!' : '|')} {line.Text}";

    public void Write(LocalLogLine line)
    {
        lock (_gate)
        {
            if (!console.Interactive)
            {
                console.Out.WriteLine(Plain(line));
                return;
            }
            if (!_colours.TryGetValue(line.Source, out var colour))
            {
                colour = Palette[_colours.Count % Palette.Length];
                _colours[line.Source] = colour;
            }
            var text = line.IsError ? $"[red]{Markup.Escape(line.Text)}[/]" : Markup.Escape(line.Text);
            console.OutConsole.MarkupLine($"[{colour}]{Markup.Escape(line.Source)} {(line.IsError ? '!' : '|')}[/] {text}");
        }
    }
}
