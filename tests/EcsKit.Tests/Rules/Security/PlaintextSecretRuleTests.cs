using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class PlaintextSecretRuleTests
{
    private static IReadOnlyList<EcsDiagnostic> With(string name, string value) =>
        Of("ECS0082", Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Environment(name, value))));

    [Theory]
    [InlineData("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9xq3Lm2P")]
    [InlineData("DB_PASSWORD", "hunter2")]
    [InlineData("dbPassword", "hunter2")]
    [InlineData("MYSQL_ROOT_PASSWD", "s3cr3t")]
    [InlineData("GITHUB_TOKEN", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("JWT_SECRET", "a-long-signing-string")]
    [InlineData("SECRET_KEY_BASE", "f00dbabe")]
    [InlineData("STRIPE_API_KEY", "sk_live_abcdef")]
    [InlineData("apiKey", "abcdef")]
    [InlineData("TLS_PRIVATE_KEY", "abcdef")]
    [InlineData("DB_PWD", "hunter2")]
    public void Ecs0082_fires_on_a_secret_name_with_a_literal_value(string name, string value)
    {
        var d = Assert.Single(With(name, value));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal("$.containerDefinitions[0].environment[0].value", d.Path);
        Assert.Contains("'" + name + "'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("secrets", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID", "AKIAQWERTYUIOPASDFGH", "an AWS access key id")]
    [InlineData("UPSTREAM", "key=ASIAQWERTYUIOPASDFGH;", "an AWS access key id")]
    [InlineData("TLS_KEY", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "a private key")]
    public void Ecs0082_fires_on_a_value_that_is_a_credential_whatever_the_name(string name, string value, string kind)
    {
        var d = Assert.Single(With(name, value));
        Assert.Contains(kind, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIA", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DB_PASSWORD_FILE", "/run/secrets/db")]
    [InlineData("DB_PASSWORD_PATH", "secrets/db.txt")]
    [InlineData("DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:db")]
    [InlineData("SECRET_NAME", "prod/db")]
    [InlineData("AWS_ACCESS_KEY_ID", "my-key-id")]
    [InlineData("TOKEN_URL", "https://auth.example.com/token")]
    [InlineData("TOKEN_TTL", "3600")]
    [InlineData("PASSWORD_MIN_LENGTH", "12")]
    [InlineData("TOKENIZERS_PARALLELISM", "false")]
    [InlineData("PWD", "/app")]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD}")]
    [InlineData("DB_PASSWORD", "{{ db_password }}")]
    [InlineData("DB_PASSWORD", "<your-password>")]
    [InlineData("DB_PASSWORD", "changeme")]
    [InlineData("DB_PASSWORD", "********")]
    [InlineData("DB_PASSWORD", "arn:aws:ssm:eu-west-1:1:parameter/db")]
    [InlineData("ENABLE_TOKEN_AUTH", "true")]
    [InlineData("DB_PASSWORD", " ")]
    [InlineData("DB_HOST", "db.internal")]
    [InlineData("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("BUILD", "XAKIAQWERTYUIOPASDFGH")]
    public void Ecs0082_is_silent_for_likely_false_positives(string name, string value) =>
        Assert.Empty(With(name, value));

    [Fact]
    public void Ecs0082_is_silent_for_secrets_and_unknown_values()
    {
        var td = Task(t => t.Fargate(256, 512).ExecutionRole("arn:aws:iam::1:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Secret("DB_PASSWORD", "arn:aws:ssm:eu-west-1:1:parameter/db")));
        Assert.Empty(Of("ECS0082", td));

        var app = Container(0, "app");
        app.Environment.Add(new NameValueFacts { Path = app.Member("environment[0]"), Name = "DB_PASSWORD", Value = Fact<string>.Unknown });
        app.Environment.Add(new NameValueFacts { Path = app.Member("environment[1]"), Name = Fact<string>.Unknown, Value = "hunter2" });
        Assert.Empty(Of("ECS0082", Facts(app)));
    }
}
