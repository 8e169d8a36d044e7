using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace EcsKit.Aws.Tests.Client;

/// <summary>
/// Reaches the canonicalization steps of the SDK's <see cref="AWS4Signer"/> (protected) — the same ones its
/// SignRequest runs for every ECS request — so that their output can be compared with the suite's.
/// </summary>
internal sealed class SuiteSigner : AWS4Signer
{
    private static readonly Uri Endpoint = new("https://example.amazonaws.com");

    public static string CanonicalRequest(SigV4SuiteCase suiteCase)
    {
        var sorted = SortAndPruneHeaders(suiteCase.CombinedHeaders());
        // SignRequest canonicalizes the request's parameters as GetParametersToCanonicalize lists them.
        using var request = new DefaultRequest(new ListQuery(), "suite") { HttpMethod = "GET" };
        foreach (var group in Parameters(suiteCase.Query).GroupBy(p => p.Key))
        {
            request.ParameterCollection.Add(group.Key, group.Select(p => p.Value).ToList());
        }
        var query = CanonicalizeQueryParameters(GetParametersToCanonicalize(request));
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(suiteCase.Body)));
        // SignRequest canonicalizes with the request's UseDoubleEncoding, true for every service but S3.
        return CanonicalizeRequest(Endpoint, suiteCase.Path, suiteCase.Method, sorted, query, bodyHash, null, doubleEncode: true);
    }

    private static List<KeyValuePair<string, string>> Parameters(string query) =>
        query.Length == 0
            ? []
            : query.Split('&').Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))).ToList();

    /// <summary>
    /// The SDK's signature of a canonical request, and whether the suite's string to sign is what it signed: the
    /// signer does not expose its string to sign, but its signing key over the suite's must give its signature.
    /// </summary>
    public static (string Authorization, bool SignedTheSuitesStringToSign) Sign(SigV4Suite suite, string canonicalRequest, string suiteStringToSign)
    {
        var signedHeaders = canonicalRequest.Split('\n')[^2];
        var result = ComputeSignature(suite.AccessKeyId, suite.SecretAccessKey, suite.Region, suite.SignedAt, suite.Service, signedHeaders, canonicalRequest);
        var overSuite = Convert.ToHexStringLower(HMACSHA256.HashData(result.GetSigningKey(), Encoding.UTF8.GetBytes(suiteStringToSign)));
        return (result.ForAuthorizationHeader, overSuite == result.Signature);
    }

    private sealed class ListQuery : AmazonWebServiceRequest;
}
