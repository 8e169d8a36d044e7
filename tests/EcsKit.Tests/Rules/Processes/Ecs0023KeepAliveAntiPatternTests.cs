using EcsKit.Rules;
using static EcsKit.Tests.Rules.ProcessTesting;

namespace EcsKit.Tests.Rules;

public class Ecs0023KeepAliveAntiPatternTests
{
    private const string Id = "ECS0023";

    [Fact]
    public void Background_process_kept_alive_with_tail_is_reported()
    {
        var finding = Assert.Single(Shell(Id, "nginx -g 'daemon off;' & tail -f /dev/null"));

        Assert.Equal(EcsSeverity.Warning, finding.Severity);
        Assert.Equal(CommandPath, finding.Path);
        Assert.Equal(
            "Container 'web' keeps itself alive with 'tail -f /dev/null' while 'nginx' runs in the background; ECS then cannot see that process stop: run it in the foreground with exec instead.",
            finding.Message);
    }

    [Theory]
    [InlineData("service nginx start && tail -f /var/log/nginx/access.log", "tail -f /var/log/nginx/access.log", "'nginx'")]
    [InlineData("./app & sleep infinity", "sleep infinity", "'./app'")]
    [InlineData("java -jar app.jar & exec sleep infinity", "sleep infinity", "'java -jar app.jar'")]
    [InlineData("php-fpm -D; while true; do sleep 60; done", "while true; do ...; done", "'php-fpm'")]
    [InlineData("/etc/init.d/cron start && while :; do sleep 3600; done", "while :; do ...; done", "'cron'")]
    [InlineData("nginx; while sleep 3600; do :; done", "while sleep 3600; do ...; done", "'nginx'")]
    [InlineData("node a.js &\nnode b.js &\ntail -F /dev/null", "tail -F /dev/null", "'node a.js' and 'node b.js'")]
    [InlineData("nginx & while true; do sleep 1 & wait $!; done", "while true; do ...; done", "'nginx'")]
    public void Keep_alives_are_reported(string script, string keepAlive, string hidden)
    {
        var finding = Assert.Single(Shell(Id, script));
        Assert.Contains($"alive with '{keepAlive}' while {hidden} run", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_alive_loops_are_named_by_their_condition_only()
    {
        var finding = Assert.Single(Shell(Id, "nginx; while true; do curl -fsS -H 'Authorization: Bearer s3cr3t' http://localhost/ping; sleep 30; done"));
        Assert.Contains("alive with 'while true; do ...; done' while 'nginx' runs", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_hidden_processes_are_named_together()
    {
        var finding = Assert.Single(Shell(Id, "service nginx start && service php8.2-fpm start && tail -f /dev/null"));
        Assert.Equal(
            "Container 'web' keeps itself alive with 'tail -f /dev/null' while 'nginx' and 'php8.2-fpm' run in the background; ECS then cannot see those processes stop: run each in the foreground of its own container instead.",
            finding.Message);
    }

    [Theory]
    [InlineData("tail -f /dev/null")]
    [InlineData("sleep infinity")]
    [InlineData("while true; do sleep 60; done")]
    [InlineData("exec nginx -g 'daemon off;'")]
    [InlineData("nginx -g 'daemon off;' & wait")]
    [InlineData("./app & sleep 5")]
    [InlineData("cp a b & tail -f /dev/null")]
    [InlineData("while true; do ./sync; sleep 60; done")]
    [InlineData("nginx -g 'daemon off;' | tail -f /dev/null")]
    [InlineData("echo 'nginx & tail -f /dev/null'")]
    [InlineData("service nginx start && service nginx stop && tail -f /dev/null")]
    [InlineData("./app & PID=$!; sleep 5; kill $PID; tail -f /dev/null")]
    public void Not_reported(string script)
    {
        Assert.Empty(Shell(Id, script));
    }

    [Fact]
    public void Exec_form_keep_alive_alone_is_not_reported()
    {
        Assert.Empty(Exec(Id, "tail", "-f", "/dev/null"));
        Assert.Empty(Exec(Id, "sleep", "infinity"));
    }

    [Fact]
    public void Unknown_script_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts("sh", "-c", null)));
        Assert.Single(Findings(Id, Facts("sh", "-c", "nginx & tail -f /dev/null")));
    }

    [Fact]
    public void Unknown_command_given_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(c =>
        {
            c.Command = Words("sh", "-c", "nginx & tail -f /dev/null");
            c.CommandGiven = Fact<bool>.Unknown;
        })));
    }
}
