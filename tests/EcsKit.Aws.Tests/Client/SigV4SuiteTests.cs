namespace EcsKit.Aws.Tests.Client;

/// <summary>
/// AWS's published SigV4 test suite run through the SDK's AWS4Signer, the signer EcsApiClient's requests pass
/// through, and through the test's own verifier that judges the wire tests' signatures.
/// </summary>
public sealed class SigV4SuiteTests
{
    private static readonly SigV4Suite Suite = SigV4Suite.Load;

    public static TheoryData<string> Cases => SigV4Suite.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sdk_signer_canonicalizes_the_request_as_the_suite_does(string name)
    {
        var suiteCase = Suite.Case(name);
        Assert.Equal(suiteCase.CanonicalRequest, SuiteSigner.CanonicalRequest(suiteCase));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sdk_signer_computes_the_suites_string_to_sign_and_authorization(string name)
    {
        var suiteCase = Suite.Case(name);
        var (authorization, signedTheSuitesStringToSign) = SuiteSigner.Sign(Suite, suiteCase.CanonicalRequest, suiteCase.StringToSign);
        Assert.True(signedTheSuitesStringToSign, "the signer's key over the suite's string to sign does not give its signature");
        Assert.Equal(suiteCase.Authorization, authorization);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_test_verifier_agrees_with_the_suite(string name)
    {
        var suiteCase = Suite.Case(name);
        var request = new SignedRequest(suiteCase.Method, suiteCase.Path, suiteCase.Query, suiteCase.CombinedHeaders(), suiteCase.Body);
        var signedHeaders = suiteCase.CanonicalRequest.Split('\n')[^2];
        Assert.Equal(suiteCase.CanonicalRequest, SigV4Verifier.CanonicalRequest(request, signedHeaders));
        Assert.Equal(
            suiteCase.Authorization,
            SigV4Verifier.Authorization(request, Suite.AccessKeyId, Suite.SecretAccessKey, Suite.Region, Suite.Service, Suite.Date, signedHeaders));
    }

    [Fact]
    public void The_suite_covers_the_cases_that_matter_for_a_json_post()
    {
        var names = Suite.Cases.Select(c => c.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "get-vanilla", "post-vanilla", "post-x-www-form-urlencoded", "get-vanilla-query-order-key-case", "post-header-key-sort", "get-header-value-trim" }, names);
    }
}
