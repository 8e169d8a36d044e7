using Amazon.Runtime;

namespace EcsKit.Aws;

/// <summary>
/// One ECS API call for the SDK pipeline: the operation name and its JSON body, already in the model's shape.
/// One request type serves every operation because the JSON 1.1 protocol only differs by X-Amz-Target and body.
/// </summary>
internal sealed class EcsOperationRequest(string operation, string body) : AmazonWebServiceRequest
{
    /// <summary>The ECS operation, such as DescribeServices.</summary>
    public string Operation { get; } = operation;

    /// <summary>The request body: a JSON object with the model's member names.</summary>
    public string Body { get; } = body;
}
