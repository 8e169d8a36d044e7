using System.CommandLine;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary><c>--target</c>: where the verbs act. Only local Docker exists for now; the option is there so scripts written today keep working when AWS comes.</summary>
internal static class TargetOption
{
    public const string Local = "local";

    public static Option<string> Create()
    {
        var option = new Option<string>("--target")
        {
            Description = "Where the application runs: 'local' (the Docker engine of this machine, the default).",
            HelpName = "target",
            DefaultValueFactory = _ => Local,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!string.Equals(value, Local, StringComparison.Ordinal))
            {
                result.AddError($"unknown target '{value}': the only target for now is '{Local}' (the Docker engine of this machine).");
            }
        });
        return option;
    }
}
