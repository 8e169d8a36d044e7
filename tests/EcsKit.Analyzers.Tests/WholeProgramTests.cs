using static EcsKit.Analyzers.Tests.AnalyzerVerifier;

namespace EcsKit.Analyzers.Tests;

/// <summary>Services and task definitions declared in different methods meet in the compilation-end pass.</summary>
public class WholeProgramTests
{
    private const string TwoMethods = """
        using EcsKit;

        static class Shop
        {
            static readonly EcsApp App = new("shop");
            static readonly TaskDefinition Api = App.TaskDefinition("api", td => td.Ec2(NetworkMode.Bridge)
                .Container("api", c => c.Image("shop/api:1.0").Memory(256).Port(80, hostPort: 8080)));
            static readonly TaskDefinition Admin = App.TaskDefinition("admin", td => td.Ec2(NetworkMode.Bridge)
                .Container("admin", c => c.Image("shop/admin:1.0").Memory(256).Port(80, hostPort: 8080)));

            static void Services() => App.Cluster("ec2")
                .Service("api", s => s.TaskDefinition(Api).DesiredCount(1).RollingUpdate(0, 100))
                .Service("admin", s => s.TaskDefinition(Admin).DesiredCount(1).RollingUpdate(0, 100));

            static void Main() => Services();
        }
        """;

    [Fact]
    public async Task Two_services_sharing_a_static_host_port_are_found_when_their_task_definitions_live_in_fields()
    {
        var diagnostics = await DiagnosticsAsync(TwoMethods);

        var conflict = Assert.Single(diagnostics, d => d.Id == "ECS0010");
        Assert.Contains("8080", conflict.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
