using EcsKit.Aws.Tests.Fakes;

namespace EcsKit.Aws.Tests.Planning;

public class EcsPlannerTests
{
    [Fact]
    public async Task First_deploy_creates_everything_without_a_change_to_ECS()
    {
        var api = new FakeEcsApi();

        var plan = await EcsPlanner.PlanAsync(Shop.App(), api);

        Assert.Equal(
            [
                "Cluster shop Create", "TaskDefinition shop-web Create", "TaskDefinition shop-worker Create",
                "Service shop/web Create", "Service shop/worker Create",
            ],
            plan.Changes.Select(c => $"{c.Kind} {c.Name} {c.Action}"));
        Assert.All(plan.Changes, c => Assert.Empty(c.Fields));
        Assert.All(plan.Changes, c => Assert.Null(c.ActualArn));
        Assert.True(plan.HasChanges);
        // A new cluster has no services to describe.
        Assert.DoesNotContain(api.Calls, c => c.StartsWith("DescribeServices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_application_deployed_unchanged_plans_as_unchanged()
    {
        var app = Shop.App();
        var api = Shop.Deployed(app);

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.All(plan.Changes, c => Assert.Equal((EcsChangeAction.Unchanged, 0), (c.Action, c.Fields.Count)));
        Assert.False(plan.HasChanges);
        Assert.Equal(EcsDescribe.TaskDefinitionArn("shop-web", 3), plan.Changes.Single(c => c.Name == "shop-web").ActualArn);
        Assert.Equal(EcsDescribe.ServiceArn("shop", "web"), plan.Changes.Single(c => c.Name == "shop/web").ActualArn);
    }

    [Fact]
    public async Task Planning_only_describes_and_lists()
    {
        var app = Shop.App();
        var api = Shop.Deployed(app);

        await EcsPlanner.PlanAsync(Shop.App(image: "nginx:1.28", desiredCount: 5), api);

        Assert.All(api.Calls, c => Assert.Matches("^(Describe|List)", c));
    }

    [Fact]
    public async Task A_new_image_registers_a_revision_with_exactly_that_field_and_moves_the_service_to_it()
    {
        var api = Shop.Deployed(Shop.App());

        var plan = await EcsPlanner.PlanAsync(Shop.App(image: "nginx:1.28"), api);

        var web = plan.Changes.Single(c => c.Name == "shop-web");
        Assert.Equal(EcsChangeAction.Update, web.Action);
        var field = Assert.Single(web.Fields);
        Assert.Equal(new EcsFieldChange("containerDefinitions['web'].image", "\"nginx:1.27\"", "\"nginx:1.28\""), field);
        var service = plan.Changes.Single(c => c.Name == "shop/web");
        Assert.Equal(EcsChangeAction.Update, service.Action);
        Assert.Equal(new EcsFieldChange("taskDefinition", "\"shop-web:3\"", "\"shop-web:(new revision)\""), Assert.Single(service.Fields));
        Assert.Equal(EcsChangeAction.Unchanged, plan.Changes.Single(c => c.Name == "shop/worker").Action);
    }

    [Fact]
    public async Task A_new_desired_count_updates_the_service_only()
    {
        var api = Shop.Deployed(Shop.App());

        var plan = await EcsPlanner.PlanAsync(Shop.App(desiredCount: 3), api);

        var service = Assert.Single(plan.Changes, c => c.Action != EcsChangeAction.Unchanged);
        Assert.Equal((EcsResourceKind.Service, "shop/web", EcsChangeAction.Update), (service.Kind, service.Name, service.Action));
        Assert.Equal(new EcsFieldChange("desiredCount", "2", "3"), Assert.Single(service.Fields));
    }

    [Fact]
    public async Task A_service_on_an_older_revision_is_moved_to_the_latest()
    {
        var app = Shop.App();
        var api = Shop.Deployed(app);
        var web = app.Services.Single(s => s.ServiceName == "web");
        api.Add("shop", EcsDescribe.Service(web, EcsDescribe.TaskDefinitionArn("shop-web", 2)));

        var plan = await EcsPlanner.PlanAsync(app, api);

        var service = plan.Changes.Single(c => c.Name == "shop/web");
        Assert.Equal(EcsChangeAction.Update, service.Action);
        Assert.Equal(new EcsFieldChange("taskDefinition", "\"shop-web:2\"", "\"shop-web:3\""), Assert.Single(service.Fields));
        Assert.Equal(EcsChangeAction.Unchanged, plan.Changes.Single(c => c.Name == "shop-web").Action);
    }

    [Fact]
    public async Task A_service_pinned_to_a_revision_stays_on_it()
    {
        var app = Shop.App(webService: s => s.TaskDefinition("shop-web:2"));
        var api = Shop.Deployed(Shop.App());
        api.Add("shop", EcsDescribe.Service(app.Services[0], EcsDescribe.TaskDefinitionArn("shop-web", 2)));

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(EcsChangeAction.Unchanged, plan.Changes.Single(c => c.Name == "shop/web").Action);
    }

    [Fact]
    public async Task A_service_on_a_family_outside_the_application_follows_its_latest_revision()
    {
        var app = new EcsApp("ops");
        app.Cluster("ops").Service("agent", s => s.TaskDefinition("shared-agent").DesiredCount(1));
        var api = new FakeEcsApi();
        api.Add(EcsDescribe.Cluster(app.Clusters[0]));
        var agent = Json.TaskDefinition("{'family':'shared-agent','containerDefinitions':[{'name':'a','image':'agent:1','memory':128}]}");
        api.Add(EcsDescribe.TaskDefinition(agent, 7));
        api.Add(EcsDescribe.TaskDefinition(agent, 8));
        api.Add("ops", EcsDescribe.Service(app.Services[0], EcsDescribe.TaskDefinitionArn("shared-agent", 7)));

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(new EcsFieldChange("taskDefinition", "\"shared-agent:7\"", "\"shared-agent:8\""), Assert.Single(plan.Changes[1].Fields));
    }

    [Fact]
    public async Task An_inactive_cluster_and_its_services_are_created_again()
    {
        var app = Shop.App();
        var api = Shop.Deployed(app);
        api.Add(EcsDescribe.Cluster(app.Clusters[0], status: "INACTIVE"));

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(EcsChangeAction.Create, plan.Changes.Single(c => c.Kind == EcsResourceKind.Cluster).Action);
        Assert.All(plan.Changes.Where(c => c.Kind == EcsResourceKind.Service), c => Assert.Equal(EcsChangeAction.Create, c.Action));
        Assert.All(plan.Changes.Where(c => c.Kind == EcsResourceKind.TaskDefinition), c => Assert.Equal(EcsChangeAction.Unchanged, c.Action));
    }

    [Fact]
    public async Task A_deleted_service_is_created_again()
    {
        var app = Shop.App();
        var api = Shop.Deployed(app);
        api.Add("shop", EcsDescribe.Service(app.Services[1], EcsDescribe.TaskDefinitionArn("shop-worker", 3), status: "INACTIVE"));

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(EcsChangeAction.Create, plan.Changes.Single(c => c.Name == "shop/worker").Action);
        Assert.Equal(EcsChangeAction.Unchanged, plan.Changes.Single(c => c.Name == "shop/web").Action);
    }

    [Fact]
    public async Task A_new_family_revision_shows_added_and_removed_fields()
    {
        var api = Shop.Deployed(Shop.App());

        var plan = await EcsPlanner.PlanAsync(Shop.App(web: c => c.Environment("FEATURE_X", "on").Memory(512)), api);

        var fields = plan.Changes.Single(c => c.Name == "shop-web").Fields;
        Assert.Equal(
            [
                new EcsFieldChange("containerDefinitions['web'].memory", null, "512"),
                new EcsFieldChange("containerDefinitions['web'].environment['FEATURE_X']", null, "\"on\""),
            ],
            fields.OrderByDescending(f => f.Path.Contains("memory", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_removed_container_is_shown_whole_with_its_secrets_masked()
    {
        var deployed = Shop.App(web: c => c.Environment("X", "1"));
        var app = new EcsApp("shop");
        app.TaskDefinition("shop-web", td => td.Fargate(512, 1024).Container("web", c => c.Image("nginx:1.27")));
        var api = Shop.Deployed(deployed);

        var plan = await EcsPlanner.PlanAsync(app, api);

        var removed = plan.Changes.Single(c => c.Name == "shop-web").Fields.Single(f => f.Path == "containerDefinitions['log-router']");
        Assert.Null(removed.After);
        var web = plan.Changes.Single(c => c.Name == "shop-web").Fields.Single(f => f.Path == "containerDefinitions['web'].environment['DB_PASSWORD']");
        Assert.Equal(new EcsFieldChange("containerDefinitions['web'].environment['DB_PASSWORD']", "\"***\"", null) { Sensitive = true }, web);
    }

    [Fact]
    public async Task A_launch_type_change_needs_a_new_service()
    {
        var api = Shop.Deployed(Shop.App());

        var plan = await EcsPlanner.PlanAsync(Shop.App(webService: s => s.LaunchType(LaunchType.Ec2)), api);

        var field = plan.Changes.Single(c => c.Name == "shop/web").Fields.Single(f => f.Path == "launchType");
        Assert.Equal(("\"FARGATE\"", "\"EC2\"", true), (field.Before, field.After, field.RequiresReplacement));
    }

    [Fact]
    public async Task Moving_from_a_launch_type_to_a_capacity_provider_strategy_is_an_update_in_place()
    {
        var api = Shop.Deployed(Shop.App());

        var plan = await EcsPlanner.PlanAsync(Shop.App(webService: s => s.With(w => w with { LaunchType = null }).CapacityProvider("FARGATE_SPOT", weight: 1)), api);

        var fields = plan.Changes.Single(c => c.Name == "shop/web").Fields;
        Assert.Equal(
            [
                new EcsFieldChange("capacityProviderStrategy['FARGATE_SPOT']", null, "{\"weight\":1}"),
                new EcsFieldChange("launchType", "\"FARGATE\"", null),
            ],
            fields.OrderBy(f => f.Path, StringComparer.Ordinal));
        Assert.All(fields, f => Assert.False(f.RequiresReplacement));
    }

    [Fact]
    public async Task More_than_ten_services_of_a_cluster_are_described_in_batches()
    {
        var app = new EcsApp("many");
        var td = app.TaskDefinition("t", t => t.Ec2().Container("c", c => c.Image("busybox:1").Memory(64)));
        var cluster = app.Cluster("many");
        for (var i = 0; i < 12; i++)
        {
            cluster.Service($"s{i}", s => s.TaskDefinition(td).DesiredCount(1));
        }
        var api = Shop.Deployed(app, revision: 1);

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.False(plan.HasChanges);
        Assert.Equal(2, api.Calls.Count(c => c.StartsWith("DescribeServices", StringComparison.Ordinal)));
        Assert.Equal(app.Services.Select(s => $"many/{s.ServiceName}"), plan.Changes.Where(c => c.Kind == EcsResourceKind.Service).Select(c => c.Name));
    }

    [Fact]
    public async Task Cluster_settings_capacity_providers_and_tags_are_compared()
    {
        var deployed = new EcsApp("c");
        deployed.Cluster("c", c => c.Tag("env", "prod").CapacityProviders("FARGATE"));
        var app = new EcsApp("c");
        app.Cluster("c", c => c.Tag("env", "test").CapacityProviders("FARGATE", "FARGATE_SPOT").ContainerInsights());
        var api = Shop.Deployed(deployed);

        var plan = await EcsPlanner.PlanAsync(app, api);

        Assert.Equal(
            [
                "capacityProviders: [\"FARGATE\"] -> [\"FARGATE\",\"FARGATE_SPOT\"]",
                "settings['containerInsights']:  -> \"enabled\"",
                "tags['env']: \"prod\" -> \"test\"",
            ],
            plan.Changes[0].Fields.Select(f => $"{f.Path}: {f.Before} -> {f.After}").Order(StringComparer.Ordinal));
    }
}
