using System.CommandLine;
using EcsKit.Aws;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary>Where the AWS verbs reach ECS: <c>--region</c>, <c>--profile</c>, <c>--endpoint-url</c> (an ECS-compatible endpoint), else the SDK's defaults.</summary>
internal sealed class AwsOptions
{
    private readonly Option<string?> _region = new("--region") { Description = "The AWS region (default: AWS_REGION or the profile's region).", HelpName = "region" };
    private readonly Option<string?> _profile = new("--profile") { Description = "The AWS profile to use (default: AWS_PROFILE or 'default').", HelpName = "name" };
    private readonly Option<string?> _endpoint = Endpoint();

    private static Option<string?> Endpoint()
    {
        var option = new Option<string?>("--endpoint-url") { Description = "Send ECS API calls to this endpoint instead of AWS's (an ECS-compatible endpoint).", HelpName = "url" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !Uri.TryCreate(text, UriKind.Absolute, out _))
            {
                r.AddError($"--endpoint-url {text}: give an absolute address, such as http://127.0.0.1:4566.");
            }
        });
        return option;
    }

    /// <summary><c>--poll-interval</c>: seconds between DescribeServices calls while waiting (6, as ECS's own waiters).</summary>
    public static Option<double> PollInterval()
    {
        var option = new Option<double>("--poll-interval") { Description = "Seconds between status checks while waiting.", DefaultValueFactory = _ => 6, HelpName = "seconds" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 300)
            {
                r.AddError("--poll-interval: give a number of seconds above 0 and at most 300.");
            }
        });
        return option;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_region);
        command.Options.Add(_profile);
        command.Options.Add(_endpoint);
    }

    /// <summary>The ECS API client these options describe.</summary>
    /// <exception cref="AwsSetupException">No region or credentials: the message says how to give them.</exception>
    public EcsApiClient Client(ParseResult result) => new(new EcsApiClientOptions
    {
        Region = result.GetValue(_region),
        Profile = result.GetValue(_profile),
        ServiceUrl = result.GetValue(_endpoint) is { } endpoint ? new Uri(endpoint) : null,
    });
}
