using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class EnvironmentRuleTests
{
    // ECS0080

    [Fact]
    public void Ecs0080_fires_on_a_secret_named_twice()
    {
        var td = JsonTask("""{"name":"app","image":"nginx:1.27","secrets":[{"name":"DB","valueFrom":"arn:aws:ssm:eu-west-1:1:parameter/a"},{"name":"DB","valueFrom":"arn:aws:ssm:eu-west-1:1:parameter/b"}]}""");

        var d = Assert.Single(Of("ECS0080", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].secrets[1].name", d.Path);
        Assert.Equal(["$.containerDefinitions[0].secrets[0].name"], d.AdditionalPaths);
        Assert.Contains("'app'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'DB' twice", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0080_fires_on_a_secret_named_like_an_environment_variable()
    {
        var td = Task(t => t.Fargate(256, 512).ExecutionRole("arn:aws:iam::1:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Environment("DB_PASSWORD", "${DB_PASSWORD}").Secret("DB_PASSWORD", "arn:aws:ssm:eu-west-1:1:parameter/db")));

        var d = Assert.Single(Of("ECS0080", td));
        Assert.Equal("$.containerDefinitions[0].secrets[0].name", d.Path);
        Assert.Equal(["$.containerDefinitions[0].environment[0].name"], d.AdditionalPaths);
        Assert.Contains("both as a secret and as an environment variable", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0080_is_silent_for_distinct_names_names_differing_in_case_and_other_containers()
    {
        var td = Task(t => t.Fargate(256, 512).ExecutionRole("arn:aws:iam::1:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Environment("db_host", "db").Secret("DB_HOST", "arn:aws:ssm:eu-west-1:1:parameter/h").Secret("DB_USER", "arn:aws:ssm:eu-west-1:1:parameter/u"))
            .Container("worker", c => c.Image("worker:1").Environment("DB_USER", "reader")));

        Assert.Empty(Of("ECS0080", td));
    }

    [Fact]
    public void Ecs0080_is_silent_for_unknown_names()
    {
        var app = Container(0, "app");
        app.Secrets.Add(new NameValueFacts { Path = app.Member("secrets[0]"), Name = Fact<string>.Unknown, Value = "arn:a" });
        app.Secrets.Add(new NameValueFacts { Path = app.Member("secrets[1]"), Name = "DB", Value = "arn:b" });
        app.Environment.Add(new NameValueFacts { Path = app.Member("environment[0]"), Name = Fact<string>.Unknown, Value = "x" });
        Assert.Empty(Of("ECS0080", Facts(app)));
    }

    // ECS0081

    [Fact]
    public void Ecs0081_fires_on_an_environment_variable_set_twice()
    {
        var td = JsonTask("""{"name":"app","image":"nginx:1.27","environment":[{"name":"MODE","value":"a"},{"name":"PORT","value":"80"},{"name":"MODE","value":"b"},{"name":"MODE","value":"c"}]}""");

        var d = Assert.Single(Of("ECS0081", td));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal("$.containerDefinitions[0].environment[2].name", d.Path);
        Assert.Equal(["$.containerDefinitions[0].environment[0].name", "$.containerDefinitions[0].environment[3].name"], d.AdditionalPaths);
        Assert.Contains("'MODE' 3 times", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0081_is_silent_for_names_differing_in_case()
    {
        var td = JsonTask("""{"name":"app","image":"nginx:1.27","environment":[{"name":"mode","value":"a"},{"name":"MODE","value":"b"}]}""");

        Assert.Empty(Of("ECS0081", td));
    }

    [Fact]
    public void Ecs0081_is_silent_for_unknown_names()
    {
        var app = Container(0, "app");
        app.Environment.Add(new NameValueFacts { Path = app.Member("environment[0]"), Name = "MODE", Value = "a" });
        app.Environment.Add(new NameValueFacts { Path = app.Member("environment[1]"), Name = Fact<string>.Unknown, Value = "b" });
        Assert.Empty(Of("ECS0081", Facts(app)));
    }

    // ECS0084

    [Fact]
    public void Ecs0084_fires_on_more_than_ten_files()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c =>
        {
            c.Image("nginx:1.27");
            for (var i = 0; i < 11; i++)
            {
                c.EnvironmentFile("arn:aws:s3:::bucket/app" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".env");
            }
        }).Container("other", c => c.Image("x:1")));

        var d = Assert.Single(Of("ECS0084", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].environmentFiles", d.Path);
        Assert.Contains("11 environment files", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0084_fires_on_a_file_not_ending_in_env()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27")
            .EnvironmentFile("arn:aws:s3:::bucket/app.env").EnvironmentFile("arn:aws:s3:::bucket/app.properties")));

        var d = Assert.Single(Of("ECS0084", td));
        Assert.Equal("$.containerDefinitions[0].environmentFiles[1].value", d.Path);
        Assert.Contains("arn:aws:s3:::bucket/app.properties", d.Message, StringComparison.Ordinal);
        Assert.Contains(".env", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0084_is_silent_for_ten_env_files()
    {
        var td = Task(t => t.Fargate(256, 512).Container("app", c =>
        {
            c.Image("nginx:1.27");
            for (var i = 0; i < 10; i++)
            {
                c.EnvironmentFile("arn:aws:s3:::bucket/app" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i == 0 ? ".ENV" : ".env"));
            }
        }));

        Assert.Empty(Of("ECS0084", td));
    }

    [Fact]
    public void Ecs0084_is_silent_for_unknown_files_but_counts_a_partly_known_list()
    {
        var app = Container(0, "app");
        app.EnvironmentFiles.Add(new EnvironmentFileFacts { Path = app.Member("environmentFiles[0]"), Value = Fact<string>.Unknown, Type = "s3" });
        app.EnvironmentFiles.IsComplete = false;
        Assert.Empty(Of("ECS0084", Facts(app)));

        for (var i = 1; i < 11; i++)
        {
            app.EnvironmentFiles.Add(new EnvironmentFileFacts { Path = app.Member("environmentFiles[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"), Value = Fact<string>.Unknown });
        }
        Assert.Single(Of("ECS0084", Facts(app)));
    }
}
