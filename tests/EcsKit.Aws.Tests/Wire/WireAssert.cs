using EcsKit.Aws.Tests.Client;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>What every ECS call must look like on the wire (service-2.json metadata and the JSON 1.1 protocol).</summary>
internal static class WireAssert
{
    /// <summary>POST /, JSON 1.1 headers, the operation's X-Amz-Target, a SigV4 signature that verifies, a body the model accepts.</summary>
    public static void IsEcsCall(RecordedRequest request, string operation, string accessKey = TestClients.AccessKey, string secretKey = TestClients.SecretKey, string region = TestClients.Region)
    {
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["Content-Type"]);
        Assert.Equal($"AmazonEC2ContainerServiceV20141113.{operation}", request.Headers["X-Amz-Target"]);
        Assert.Equal(operation, request.Operation);
        IsSignedFor(request, accessKey, region);
        Assert.True(SignatureVerifies(request, secretKey), $"the SigV4 signature of {operation} does not verify");
        var problems = EcsModelExtract.Committed.Check(operation, request.Json);
        Assert.True(problems.Count == 0, $"{operation} body does not fit the ECS model: {string.Join("; ", problems)}\n{request.Body}");
    }

    /// <summary>The Authorization header is SigV4 for ECS (<c>Credential=KEY/DATE/REGION/ecs/aws4_request</c>) on the request's date.</summary>
    public static void IsSignedFor(RecordedRequest request, string accessKey, string region)
    {
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential={accessKey}/", request.Headers["Authorization"], StringComparison.Ordinal);
        var authorization = SigV4Verifier.Parse(request.Headers["Authorization"]);
        Assert.Equal(accessKey, authorization.AccessKey);
        Assert.Equal(region, authorization.Region);
        Assert.Equal("ecs", authorization.Service);
        Assert.Equal(request.Headers["X-Amz-Date"][..8], authorization.Date);
        Assert.Contains("host", authorization.SignedHeaders.Split(';'));
        Assert.Contains("x-amz-date", authorization.SignedHeaders.Split(';'));
    }

    /// <summary>Recomputes the signature as a server would, over the headers the request itself says it signed.</summary>
    public static bool SignatureVerifies(RecordedRequest request, string secretKey)
    {
        var authorization = SigV4Verifier.Parse(request.Headers["Authorization"]);
        var path = request.Path.Split('?', 2);
        var signed = new SignedRequest(request.Method, path[0], path.Length > 1 ? path[1] : "", request.Headers, request.Body);
        var expected = SigV4Verifier.Authorization(signed, authorization.AccessKey, secretKey, authorization.Region, authorization.Service, request.Headers["X-Amz-Date"], authorization.SignedHeaders);
        return expected == request.Headers["Authorization"];
    }
}
