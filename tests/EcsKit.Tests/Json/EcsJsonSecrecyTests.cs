namespace EcsKit.Tests.Json;

/// <summary>Error messages point at the value that is wrong but never repeat what may be a credential.</summary>
public sealed class EcsJsonSecrecyTests
{
    private const string Digits = "8675309";
    private const string Word = "hunter2-s3cr3t";

    [Theory]
    [InlineData("""{"environment":[{"name":"DB_PASSWORD","value":8675309}]}""", "$.containerDefinitions[0].environment[0].value")]
    [InlineData("""{"environment":[{"name":"DB_PASSWORD","value":8675309.5}]}""", "$.containerDefinitions[0].environment[0].value")]
    [InlineData("""{"environment":[{"name":"DB_PASSWORD","value":{"password":"hunter2-s3cr3t"}}]}""", "$.containerDefinitions[0].environment[0].value")]
    [InlineData("""{"environment":[{"name":"DB_PASSWORD","value":["hunter2-s3cr3t"]}]}""", "$.containerDefinitions[0].environment[0].value")]
    [InlineData("""{"environment":{"DB_PASSWORD":"hunter2-s3cr3t"}}""", "$.containerDefinitions[0].environment")]
    [InlineData("""{"environment":{"DB_PASSWORD":8675309}}""", "$.containerDefinitions[0].environment")]
    [InlineData("""{"secrets":[{"name":"TOKEN","valueFrom":8675309}]}""", "$.containerDefinitions[0].secrets[0].valueFrom")]
    [InlineData("""{"secrets":[{"name":"TOKEN","valueFrom":{"arn":"hunter2-s3cr3t"}}]}""", "$.containerDefinitions[0].secrets[0].valueFrom")]
    [InlineData("""{"logConfiguration":{"logDriver":"splunk","options":{"splunk-token":8675309}}}""", "$.containerDefinitions[0].logConfiguration.options['splunk-token']")]
    [InlineData("""{"logConfiguration":{"logDriver":"splunk","options":{"splunk-token":["hunter2-s3cr3t"]}}}""", "$.containerDefinitions[0].logConfiguration.options['splunk-token']")]
    [InlineData("""{"repositoryCredentials":{"credentialsParameter":8675309}}""", "$.containerDefinitions[0].repositoryCredentials.credentialsParameter")]
    [InlineData("""{"dockerLabels":{"api-key":8675309}}""", "$.containerDefinitions[0].dockerLabels['api-key']")]
    [InlineData("""{"environment":[{"name":"DB_PASSWORD","value":"hunter2-s3cr3t"}],"cpu":"x"}""", "$.containerDefinitions[0].cpu")]
    [InlineData("""{"environment":[{"name":"DB_PASSWORD","value":"hunter2-s3cr3t"}],"cpu":"8675309"}""", "$.containerDefinitions[0].cpu")]
    public void Message_does_not_repeat_a_value_that_may_be_secret(string container, string path)
    {
        var json = $$"""{"family":"f","containerDefinitions":[{{container}}]}""";

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        Assert.Equal(path, Assert.Single(error.Problems).Path);
        AssertNoSecret(error, path.EndsWith(".cpu", StringComparison.Ordinal) ? Word : null);
    }

    [Theory]
    [InlineData("""{"family":"f","containerDefinitions":[{"environment":[{"name":"DB_PASSWORD","value":hunter2-s3cr3t}]}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"environment":[{"name":"DB_PASSWORD","value":"hunter2-s3cr3t}]}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"environment":[{"name":"DB_PASSWORD","value":8675309x}]}]}""")]
    [InlineData("""{"family":"f","containerDefinitions":[{"environment":[{"name":"DB_PASSWORD","value":"8675309" "x"}]}]}""")]
    public void Syntax_error_message_does_not_repeat_the_broken_value(string json)
    {
        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        Assert.StartsWith("not valid JSON", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
        AssertNoSecret(error);
    }

    [Fact]
    public void Proxy_properties_are_not_repeated()
    {
        const string json = """
            {"family":"f","containerDefinitions":[],
             "proxyConfiguration":{"containerName":"envoy","properties":[{"name":"IgnoredUID","value":8675309}]}}
            """;

        var error = EcsReaders.Rejects(EcsReaders.TaskDefinition, json);

        Assert.Equal("$.proxyConfiguration.properties[0].value", Assert.Single(error.Problems).Path);
        AssertNoSecret(error);
    }

    private static void AssertNoSecret(EcsJsonException error, string? onlyThis = null)
    {
        string[] secrets = onlyThis is null ? [Digits, Word, "hunter2"] : [onlyThis];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
            Assert.All(error.Problems, p => Assert.DoesNotContain(secret, p.ToString(), StringComparison.Ordinal));
        }
    }
}
