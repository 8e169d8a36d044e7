using System.CommandLine;
using EcsKit.Aws;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary>Where the AWS verbs reach ECS: <c>--region</c>, <c>--profile</c>, <c>--endpoint-url</c> (an ECS-compatible endpoint), else the SDK's defaults.</summary>
internal sealed class AwsOptions
{
    private readonly Option<string?> _region = new("--region") { Description = "The AWS region (default: AWS_REGION or the profile's region).", HelpName = "region" };
    private readonly Option<string?> _profile = new("--profile") { Description = "The AWS profile to use (default: AWS_PROFILE or 'default').", HelpName = "name" };
    private readonly Option<Uri?> _endpoint = new("--endpoint-url") { Description = "Send ECS API calls to this endpoint instead of AWS's (an ECS-compatible endpoint).", HelpName = "url" };

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
        ServiceUrl = result.GetValue(_endpoint),
    });
}
