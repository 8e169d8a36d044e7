using System.CommandLine;

namespace EcsKit.Hosting.Verbs;

/// <summary>
/// <c>--target</c>: where a verb acts, <c>local</c> (the Docker engine of this machine, the default) or <c>aws</c>
/// (ECS through the ECS API). Verbs that exist for one target only say which verb does the job on the other.
/// </summary>
internal static class TargetOption
{
    public const string Local = "local";
    public const string Aws = "aws";

    /// <param name="verb">The verb, for the message.</param>
    /// <param name="awsInstead">For a local-only verb, the verb that does the job on AWS ("" when none does); null when the verb takes both targets.</param>
    public static Option<string> Create(string verb, string? awsInstead = null)
    {
        var option = new Option<string>("--target")
        {
            Description = awsInstead is null
                ? "Where the application runs: 'local' (the Docker engine of this machine, the default) or 'aws' (ECS)."
                : "Where the application runs: 'local' (the Docker engine of this machine), the only target of this verb.",
            HelpName = "target",
            DefaultValueFactory = _ => Local,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value == Aws && awsInstead is { Length: 0 })
            {
                result.AddError($"`{verb}` runs on local Docker only, for now.");
            }
            else if (value == Aws && awsInstead is not null)
            {
                result.AddError($"`{verb}` runs on local Docker; on AWS use `{awsInstead} --target aws`.");
            }
            else if (value is not (Local or Aws))
            {
                result.AddError($"unknown target '{value}': use 'local' (the Docker engine of this machine) or 'aws' (ECS).");
            }
        });
        return option;
    }
}
