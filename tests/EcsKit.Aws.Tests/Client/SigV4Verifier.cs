using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcsKit.Aws.Tests.Client;

/// <summary>A request as a server sees it, for <see cref="SigV4Verifier"/>.</summary>
internal sealed record SignedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// SigV4 written from the specification, independently of the SDK: what a server does to check a signature, with
/// the request's own SignedHeaders. Checked against AWS's test suite, then used on what EcsApiClient sends.
/// </summary>
internal static class SigV4Verifier
{
    public static string CanonicalRequest(SignedRequest request, string signedHeaders)
    {
        var names = signedHeaders.Split(';');
        var headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase);
        var canonicalHeaders = string.Concat(names.Select(n => $"{n}:{string.Join(' ', headers[n].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))}\n"));
        var payloadHash = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(request.Body)));
        return string.Join('\n', request.Method, CanonicalPath(request.Path), CanonicalQuery(request.Query), canonicalHeaders, signedHeaders, payloadHash);
    }

    public static string Authorization(SignedRequest request, string accessKey, string secretKey, string region, string service, string amzDate, string signedHeaders)
    {
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = string.Join('\n', "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalRequest(request, signedHeaders)))));
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date), region), service), "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        return $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    /// <summary>The parts of an Authorization header: access key, scope (date/region/service), signed headers, signature.</summary>
    public static (string AccessKey, string Date, string Region, string Service, string SignedHeaders, string Signature) Parse(string authorization)
    {
        const string Algorithm = "AWS4-HMAC-SHA256 ";
        Assert.StartsWith(Algorithm, authorization, StringComparison.Ordinal);
        var parts = authorization[Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var credential = parts["Credential"].Split('/');
        Assert.Equal(5, credential.Length);
        Assert.Equal("aws4_request", credential[4]);
        return (credential[0], credential[1], credential[2], credential[3], parts["SignedHeaders"], parts["Signature"]);
    }

    private static string CanonicalPath(string path) =>
        "/" + string.Join('/', path.TrimStart('/').Split('/').Select(Encode));

    private static string CanonicalQuery(string query)
    {
        if (query.Length == 0)
        {
            return "";
        }
        return string.Join('&', query.Split('&')
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Encode(Uri.UnescapeDataString(p[0])), Value: Encode(Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    // RFC 3986 unreserved characters stay; every other byte of the UTF-8 text is %XX in upper case.
    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
