using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Util;

namespace EcsKit.Aws;

/// <summary>
/// Turns any <see cref="EcsOperationRequest"/> into the HTTP request of the JSON 1.1 protocol:
/// POST / with X-Amz-Target naming the operation and the model JSON as body.
/// </summary>
internal sealed class EcsJsonMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public static EcsJsonMarshaller Instance { get; } = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var operation = (EcsOperationRequest)input;
        var request = new DefaultRequest(operation, EcsJsonProtocol.SdkServiceName)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            Content = Encoding.UTF8.GetBytes(operation.Body),
        };
        request.Headers["X-Amz-Target"] = $"{EcsJsonProtocol.TargetPrefix}.{operation.Operation}";
        request.Headers["Content-Type"] = EcsJsonProtocol.ContentType;
        request.Headers[HeaderKeys.XAmzApiVersion] = EcsJsonProtocol.ApiVersion;
        return request;
    }
}
