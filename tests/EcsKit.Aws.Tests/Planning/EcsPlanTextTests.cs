using EcsKit.Aws.Tests.Fakes;

namespace EcsKit.Aws.Tests.Planning;

public class EcsPlanTextTests
{
    [Fact]
    public async Task A_plan_reads_resource_by_resource_with_its_field_changes_and_a_summary()
    {
        var api = Shop.Deployed(Shop.App());
        var app = Shop.App(image: "nginx:1.28", desiredCount: 3, web: c => c.Environment("FEATURE_X", "on"));
        app.Cluster("jobs");

        var text = EcsPlanText.Render(await EcsPlanner.PlanAsync(app, api));

        Assert.Equal(
            """
            = unchanged cluster shop
            + create cluster jobs
            ~ update task definition shop-web
              ~ containerDefinitions['web'].image: "nginx:1.27" -> "nginx:1.28"
              + containerDefinitions['web'].environment['FEATURE_X']: "on"
            = unchanged task definition shop-worker
            ~ update service shop/web
              ~ taskDefinition: "shop-web:3" -> "shop-web:(new revision)"
              ~ desiredCount: 2 -> 3
            = unchanged service shop/worker

            Plan: 1 to create, 2 to update, 3 unchanged.

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Removed_fields_and_members_that_need_a_new_resource_say_so()
    {
        var plan = new EcsPlan("a",
        [
            new EcsPlannedChange(EcsResourceKind.Service, "c/s", EcsChangeAction.Update,
            [
                new EcsFieldChange("loadBalancers", "[{\"containerName\":\"web\"}]", null),
                new EcsFieldChange("launchType", "\"EC2\"", "\"FARGATE\"") { RequiresReplacement = true },
            ], new object(), "arn:s"),
        ]);

        Assert.Equal(
            "~ update service c/s\n"
            + "  - loadBalancers: [{\"containerName\":\"web\"}]\n"
            + "  ~ launchType: \"EC2\" -> \"FARGATE\" (ECS cannot change this in place: needs a new resource)\n"
            + "\nPlan: 0 to create, 1 to update, 0 unchanged.\n",
            EcsPlanText.Render(plan));
    }

    [Fact]
    public void An_empty_plan_is_just_the_summary() =>
        Assert.Equal("Plan: 0 to create, 0 to update, 0 unchanged.\n", EcsPlanText.Render(new EcsPlan("a", [])));
}
