using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EcsKit.Aws;

/// <summary>
/// The ECS API on AWSSDK.Core, built the way AWSSDK.ECS is: an <see cref="AmazonServiceClient"/> with the SDK's
/// credential chain, region resolution, SigV4 signing (service <c>ecs</c>), standard retries with backoff for
/// throttling and 5xx, and timeouts; one JSON 1.1 marshaller and unmarshaller serve every operation, with request
/// bodies in EcsKit's model shapes.
/// </summary>
/// <example>
/// Credentials and region as the AWS CLI finds them (AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_REGION, roles ...):
/// <code>
/// using var ecs = new EcsApiClient();
/// </code>
/// A named profile and region, or an ECS-compatible endpoint:
/// <code>
/// using var ecs = new EcsApiClient(new EcsApiClientOptions { Profile = "deploy", Region = "eu-west-1" });
/// using var local = new EcsApiClient(new EcsApiClientOptions { ServiceUrl = new Uri("http://127.0.0.1:4566"), Region = "us-east-1" });
/// </code>
/// </example>
public sealed partial class EcsApiClient : AmazonServiceClient, IEcsApi
{
    private volatile bool _credentialsFound;

    /// <summary>Creates a client with the default credential chain and region resolution of the AWS SDK.</summary>
    /// <exception cref="AwsSetupException">No region is configured.</exception>
    public EcsApiClient()
        : this(new EcsApiClientOptions())
    {
    }

    /// <summary>Creates a client with the given region, profile, credentials or endpoint; what is left out is resolved as the AWS SDK does.</summary>
    /// <exception cref="AwsSetupException">No region is configured, or the named profile does not exist.</exception>
    public EcsApiClient(EcsApiClientOptions options)
        : base(options?.Credentials!, AwsSetup.CreateConfig(options!))
    {
    }

    /// <summary>Creates a client from an SDK configuration, with the default credential chain.</summary>
    /// <exception cref="AwsSetupException">The configuration names no region and none can be found.</exception>
    public EcsApiClient(EcsApiClientConfig config)
        : base(AwsSetup.Check(config))
    {
    }

    /// <summary>Creates a client from credentials and an SDK configuration.</summary>
    /// <exception cref="AwsSetupException">The configuration names no region and none can be found.</exception>
    public EcsApiClient(AWSCredentials credentials, EcsApiClientConfig config)
        : base(credentials ?? throw new ArgumentNullException(nameof(credentials)), AwsSetup.Check(config))
    {
    }

    /// <inheritdoc />
    protected override IServiceMetadata ServiceMetadata => EcsServiceMetadata.Instance;

    /// <inheritdoc />
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        // As in every generated AWS client: endpoint rules and the auth scheme are resolved per service, right after marshalling.
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new EcsEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new EcsAuthSchemeHandler());
    }

    /// <summary>Sends one operation and returns its response body; ECS errors become <see cref="EcsApiException"/>s.</summary>
    internal async Task<JsonElement> CallAsync(string operation, JsonObject body, CancellationToken cancellationToken)
    {
        await EnsureCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var request = new EcsOperationRequest(operation, EcsRequestJson.Write(body));
        var options = new InvokeOptions
        {
            RequestMarshaller = EcsJsonMarshaller.Instance,
            ResponseUnmarshaller = EcsJsonUnmarshaller.Instance,
        };
        try
        {
            var response = await InvokeAsync<EcsOperationResponse>(request, options, cancellationToken).ConfigureAwait(false);
            return response.Body;
        }
        catch (AmazonServiceException e)
        {
            throw new EcsApiException(operation, e.ErrorCode ?? EcsError.UnknownCode, e.Message, (int)e.StatusCode, e);
        }
    }

    /// <summary>
    /// Resolves the default credential chain once before the first request, so that a machine without credentials
    /// gets one line saying how to provide them instead of the SDK's list of every provider it tried.
    /// </summary>
    private async ValueTask EnsureCredentialsAsync(CancellationToken cancellationToken)
    {
        if (_credentialsFound || ExplicitAWSCredentials is not null || Config.DefaultAWSCredentials is not null)
        {
            return;
        }
        var profile = (Config as ClientConfig)?.Profile?.Name;
        var message = profile is null ? AwsSetup.NoCredentials : AwsSetup.NoProfileCredentials(profile);
        try
        {
            // The same resolver instance the signing step uses, so what it finds is cached for the request.
            var resolver = Config.IdentityResolverConfiguration.GetIdentityResolver<AWSCredentials>();
            if (await resolver.ResolveIdentityAsync(Config, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new AwsSetupException(message);
            }
        }
        catch (AmazonClientException e)
        {
            throw new AwsSetupException(message, e);
        }
        _credentialsFound = true;
    }
}
