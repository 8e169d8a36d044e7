namespace EcsKit.Tests.CloudFormation;

/// <summary>The sample apps the CloudFormation conformance tests synthesize.</summary>
public sealed class SampleAppsTests
{
    [Fact]
    public void Sample_apps_build_one_task_definition_and_one_service_each()
    {
        foreach (var app in new[] { Samples.FargateWebApp.ShopApp.Build(), Samples.Ec2BridgeService.WorkerApp.Build() })
        {
            Assert.Single(app.TaskDefinitions);
            Assert.Single(app.Services);
        }
    }
}
