using System.CommandLine;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>The options <c>up</c> shares with the background agent it starts, so both read them the same way.</summary>
internal sealed class UpOptions
{
    public Option<bool> StaticPorts { get; } = new("--static-ports")
    {
        Description = "Publish awsvpc container ports on the same port of this machine instead of a port Docker chooses (two replicas then collide).",
    };

    public Option<int> Timeout { get; } = CreateTimeout();

    public void AddTo(Command command)
    {
        command.Options.Add(StaticPorts);
        command.Options.Add(Timeout);
    }

    public UpSettings Read(ParseResult result) => new(result.GetValue(StaticPorts), TimeSpan.FromSeconds(result.GetValue(Timeout)));

    /// <summary>The options again as arguments, for the agent's command line.</summary>
    public static IReadOnlyList<string> Arguments(UpSettings settings)
    {
        var arguments = new List<string> { "--timeout", ((int)settings.Timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (settings.StaticPorts)
        {
            arguments.Add("--static-ports");
        }
        return arguments;
    }

    private static Option<int> CreateTimeout()
    {
        var option = new Option<int>("--timeout")
        {
            Description = "Seconds every service has to become stable (its tasks running, and healthy where they have health checks).",
            HelpName = "seconds",
            DefaultValueFactory = _ => 120,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--timeout must be a number of seconds greater than 0.");
            }
        });
        return option;
    }
}
