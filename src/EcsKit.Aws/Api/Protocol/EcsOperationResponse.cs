using System.Text.Json;
using Amazon.Runtime;

namespace EcsKit.Aws;

/// <summary>An ECS API response as the SDK pipeline hands it back: the parsed JSON body.</summary>
internal sealed class EcsOperationResponse : AmazonWebServiceResponse
{
    /// <summary>The response body; an empty object when ECS sent no body.</summary>
    public JsonElement Body { get; set; }
}
