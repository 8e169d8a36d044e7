using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace EcsKit.Aws;

/// <summary>
/// Reads every ECS response body with System.Text.Json, and error responses into an
/// <see cref="AmazonServiceException"/> whose ErrorCode the SDK's retry policy judges (ThrottlingException, 5xx).
/// </summary>
internal sealed class EcsJsonUnmarshaller : JsonResponseUnmarshaller
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static EcsJsonUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var body = ReadAll(context.Stream);
        var json = body.Length == 0 ? EmptyObject : JsonDocument.Parse(body).RootElement.Clone();
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected a JSON object, found {json.ValueKind}");
        }
        return new EcsOperationResponse { Body = json };
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var response = context.ResponseData;
        var error = EcsError.Parse(
            ReadAll(context.Stream),
            response.IsHeaderPresent("x-amzn-ErrorType") ? response.GetHeaderValue("x-amzn-ErrorType") : null,
            response.IsHeaderPresent("x-amzn-error-message") ? response.GetHeaderValue("x-amzn-error-message") : null,
            (int)statusCode);
        var requestId = response.IsHeaderPresent("x-amzn-RequestId") ? response.GetHeaderValue("x-amzn-RequestId") : null;
        var errorType = (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
        return new AmazonServiceException(error.Message, innerException, errorType, error.Code, requestId, statusCode);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
