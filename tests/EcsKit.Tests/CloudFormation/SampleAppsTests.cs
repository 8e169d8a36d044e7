namespace EcsKit.Tests.CloudFormation;

/// <summary>The inline copies of the sample apps build the same resources as the samples.</summary>
public sealed class SampleAppsTests
{
    [Fact]
    public void Sample_apps_build_one_task_definition_and_one_service_each()
    {
        foreach (var app in new[] { SampleApps.Shop(), SampleApps.Worker() })
        {
            Assert.Single(app.TaskDefinitions);
            Assert.Single(app.Services);
        }
    }
}
