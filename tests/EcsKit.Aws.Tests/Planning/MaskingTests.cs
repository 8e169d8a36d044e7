using EcsKit.Aws.Tests.Fakes;

namespace EcsKit.Aws.Tests.Planning;

public class MaskingTests
{
    private static async Task<(EcsPlannedChange Change, string Text)> PlanWebAsync(EcsApp deployed, EcsApp declared)
    {
        var plan = await EcsPlanner.PlanAsync(declared, Shop.Deployed(deployed));
        return (plan.Changes.Single(c => c.Name == "shop-web"), EcsPlanText.Render(plan));
    }

    [Fact]
    public async Task A_changed_value_of_a_secret_looking_variable_is_masked_and_only_said_to_change()
    {
        var (change, text) = await PlanWebAsync(Shop.App(dbPassword: "hunter2"), Shop.App(dbPassword: "correct horse"));

        Assert.Equal(
            new EcsFieldChange("containerDefinitions['web'].environment['DB_PASSWORD']", "\"***\"", "\"***\"") { Sensitive = true },
            Assert.Single(change.Fields));
        Assert.Contains("  ~ containerDefinitions['web'].environment['DB_PASSWORD']: (sensitive value changed)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ADMIN_PASSWORD")]
    [InlineData("db_password")]
    [InlineData("ClientSecret")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("STRIPE_API_KEY")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("GOOGLE_APPLICATION_CREDENTIALS_JSON")]
    [InlineData("SSH_PRIVATE")]
    [InlineData("jwtSigningKey")]
    public async Task Names_that_look_secret_are_masked_whatever_their_case(string name)
    {
        var (change, text) = await PlanWebAsync(Shop.App(), Shop.App(web: c => c.Environment(name, "s3cr3t-value")));

        var field = Assert.Single(change.Fields);
        Assert.Equal(($"containerDefinitions['web'].environment['{name}']", null, "\"***\"", true), (field.Path, field.Before, field.After, field.Sensitive));
        Assert.DoesNotContain("s3cr3t-value", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DATABASE_URL", "postgres://app:pa55word@db.internal:5432/shop", "pa55word")]
    [InlineData("UPSTREAM", "AKIAIOSFODNN7REALKEY", "AKIAIOSFODNN7REALKEY")]
    public async Task Values_that_carry_a_credential_are_masked_whatever_their_name(string name, string value, string secret)
    {
        var (change, text) = await PlanWebAsync(Shop.App(), Shop.App(web: c => c.Environment(name, value)));

        Assert.Equal("\"***\"", Assert.Single(change.Fields).After);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_variables_and_secret_references_are_shown()
    {
        var (change, _) = await PlanWebAsync(
            Shop.App(),
            Shop.App(web: c => c.Environment("LOG_LEVEL", "debug").Secret("API_TOKEN", "arn:aws:ssm:eu-west-1:123456789012:parameter/shop/api-token-v2")));

        Assert.Equal(
            [
                new EcsFieldChange("containerDefinitions['web'].environment['LOG_LEVEL']", "\"info\"", "\"debug\""),
                new EcsFieldChange("containerDefinitions['web'].secrets['API_TOKEN']",
                    "\"arn:aws:ssm:eu-west-1:123456789012:parameter/shop/api-token\"", "\"arn:aws:ssm:eu-west-1:123456789012:parameter/shop/api-token-v2\""),
            ],
            change.Fields);
    }

    [Fact]
    public async Task Log_driver_options_and_secret_options_are_masked()
    {
        var options = new Dictionary<string, string> { ["splunk-url"] = "https://splunk.example.com:8088", ["splunk-token"] = "tok-1" };
        var changed = new Dictionary<string, string> { ["splunk-url"] = "https://splunk.example.com:8088", ["splunk-token"] = "tok-2" };
        Secret[] secretOptions = [new() { Name = "splunk-token", ValueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:a" }];
        Secret[] changedSecretOptions = [new() { Name = "splunk-token", ValueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:b" }];

        var (change, text) = await PlanWebAsync(
            Shop.App(web: c => c.Logging(LogDriver.Splunk, options, secretOptions)),
            Shop.App(web: c => c.Logging(LogDriver.Splunk, changed, changedSecretOptions)));

        Assert.Equal(
            [
                new EcsFieldChange("containerDefinitions['web'].logConfiguration.options['splunk-token']", "\"***\"", "\"***\"") { Sensitive = true },
                new EcsFieldChange("containerDefinitions['web'].logConfiguration.secretOptions['splunk-token']", "\"***\"", "\"***\"") { Sensitive = true },
            ],
            change.Fields);
        Assert.DoesNotContain("tok-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_container_is_shown_whole_with_its_secrets_masked()
    {
        var declared = Shop.App();
        var withSidecar = new EcsApp("shop");
        withSidecar.TaskDefinition("shop-web", declared.TaskDefinitions[0], td => td.Container("agent", c => c
            .Image("datadog/agent:7").Environment("DD_API_KEY", "0123abcd").Environment("DD_SITE", "datadoghq.eu")));

        var (change, text) = await PlanWebAsync(declared, withSidecar);

        // The template's tags are not copied: their removal shows too.
        var field = Assert.Single(change.Fields, f => f.Path.StartsWith("containerDefinitions", StringComparison.Ordinal));
        Assert.Equal("containerDefinitions['agent']", field.Path);
        Assert.Equal(
            "{\"image\":\"datadog/agent:7\",\"environment\":[{\"name\":\"DD_API_KEY\",\"value\":\"***\"},{\"name\":\"DD_SITE\",\"value\":\"datadoghq.eu\"}]}",
            field.After);
        Assert.False(field.Sensitive);
        Assert.DoesNotContain("0123abcd", text, StringComparison.Ordinal);
    }
}
