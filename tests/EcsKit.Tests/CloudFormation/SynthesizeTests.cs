using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

public sealed class SynthesizeTests
{
    private static EcsApp Shop()
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .Container("app", c => c
                .Image("public.ecr.aws/nginx/nginx:1.27")
                .Port(80, name: "http")
                .AwsLogs("/ecs/shop/web", "eu-west-1", streamPrefix: "web")
                .Secret("DB_PASSWORD", "arn:aws:ssm:eu-west-1:123456789012:parameter/db")));
        app.Cluster("shop").Service("web", s => s.TaskDefinition(web).DesiredCount(2).Subnets("subnet-1", "subnet-2").SecurityGroups("sg-1"));
        return app;
    }

    [Fact]
    public void Template_has_one_resource_per_cluster_task_definition_and_service_with_stable_ids()
    {
        var template = EcsCloudFormation.Synthesize(Shop()).Template;

        Assert.Equal("2010-09-09", (string?)template["AWSTemplateFormatVersion"]);
        var resources = template["Resources"]!.AsObject();
        Assert.Equal(["ShopCluster", "ShopWebTaskDefinition", "ShopWebService"], resources.Select(r => r.Key));
        Assert.Equal("AWS::ECS::Cluster", (string?)resources["ShopCluster"]!["Type"]);
        Assert.Equal("AWS::ECS::TaskDefinition", (string?)resources["ShopWebTaskDefinition"]!["Type"]);
        Assert.Equal("AWS::ECS::Service", (string?)resources["ShopWebService"]!["Type"]);
        Assert.Equal(EcsCloudFormation.Synthesize(Shop()).ToJson(), EcsCloudFormation.Synthesize(Shop()).ToJson());
    }

    [Fact]
    public void Service_refers_to_its_cluster_and_task_definition()
    {
        var service = EcsCloudFormation.Synthesize(Shop()).Template["Resources"]!["ShopWebService"]!["Properties"]!;

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "ShopCluster" }, service["Cluster"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "ShopWebTaskDefinition" }, service["TaskDefinition"]));
        Assert.Equal("web", (string?)service["ServiceName"]);
        Assert.Equal(2, (int?)service["DesiredCount"]);
        Assert.Equal("subnet-1", (string?)service["NetworkConfiguration"]!["AwsvpcConfiguration"]!["Subnets"]![0]);
    }

    [Fact]
    public void Task_definition_properties_use_cloudformation_names_and_types()
    {
        var properties = EcsCloudFormation.Synthesize(Shop()).Template["Resources"]!["ShopWebTaskDefinition"]!["Properties"]!;

        Assert.Equal("512", (string?)properties["Cpu"]);
        Assert.Equal("1024", (string?)properties["Memory"]);
        var container = properties["ContainerDefinitions"]![0]!;
        Assert.Equal(80, (int?)container["PortMappings"]![0]!["ContainerPort"]);
        Assert.Equal("/ecs/shop/web", (string?)container["LogConfiguration"]!["Options"]!["awslogs-group"]);
        Assert.Null(properties["ExecutionRoleArn"]);
    }

    [Fact]
    public void Log_group_and_execution_role_are_added_when_asked()
    {
        var template = EcsCloudFormation.Synthesize(Shop(), new CloudFormationOptions
        {
            CreateLogGroups = true,
            LogRetentionInDays = 14,
            CreateExecutionRole = true,
        }).Template;
        var resources = template["Resources"]!.AsObject();

        var logGroup = resources["EcsShopWebLogGroup"]!;
        Assert.Equal("AWS::Logs::LogGroup", (string?)logGroup["Type"]);
        Assert.Equal("/ecs/shop/web", (string?)logGroup["Properties"]!["LogGroupName"]);
        Assert.Equal(14, (int?)logGroup["Properties"]!["RetentionInDays"]);
        var properties = resources["ShopWebTaskDefinition"]!["Properties"]!;
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "EcsShopWebLogGroup" },
            properties["ContainerDefinitions"]![0]!["LogConfiguration"]!["Options"]!["awslogs-group"]));

        var role = resources["ShopTaskExecutionRole"]!;
        Assert.Equal("AWS::IAM::Role", (string?)role["Type"]);
        Assert.Equal("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy", (string?)role["Properties"]!["ManagedPolicyArns"]![0]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Fn::GetAtt"] = new JsonArray("ShopTaskExecutionRole", "Arn") }, properties["ExecutionRoleArn"]));
        var statement = role["Properties"]!["Policies"]![0]!["PolicyDocument"]!["Statement"]![0]!;
        Assert.Equal("arn:aws:ssm:eu-west-1:123456789012:parameter/db", (string?)statement["Resource"]![0]);
    }

    [Fact]
    public void A_given_execution_role_is_kept()
    {
        var app = new EcsApp("shop");
        app.TaskDefinition("web", td => td.ExecutionRole("arn:aws:iam::123456789012:role/exec")
            .Container("app", c => c.Image("nginx:1").AwsLogs("/ecs/web", "eu-west-1")));
        var template = EcsCloudFormation.Synthesize(app, new CloudFormationOptions { CreateExecutionRole = true }).Template;

        Assert.Equal("arn:aws:iam::123456789012:role/exec", (string?)template["Resources"]!["ShopWebTaskDefinition"]!["Properties"]!["ExecutionRoleArn"]);
        Assert.Null(template["Resources"]!["ShopTaskExecutionRole"]);
    }

    [Fact]
    public void Image_tags_subnets_and_security_groups_become_parameters()
    {
        var template = EcsCloudFormation.Synthesize(Shop(), new CloudFormationOptions { ImageTagParameters = true, NetworkParameters = true }).Template;
        var parameters = template["Parameters"]!.AsObject();

        Assert.Equal("1.27", (string?)parameters["ShopWebTaskDefinitionAppImageTag"]!["Default"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Fn::Sub"] = "public.ecr.aws/nginx/nginx:${ShopWebTaskDefinitionAppImageTag}" },
            template["Resources"]!["ShopWebTaskDefinition"]!["Properties"]!["ContainerDefinitions"]![0]!["Image"]));
        Assert.Equal("List<AWS::EC2::Subnet::Id>", (string?)parameters["ShopWebServiceSubnets"]!["Type"]);
        Assert.Equal("subnet-1,subnet-2", (string?)parameters["ShopWebServiceSubnets"]!["Default"]);
        Assert.Equal("sg-1", (string?)parameters["ShopWebServiceSecurityGroups"]!["Default"]);
        var vpc = template["Resources"]!["ShopWebService"]!["Properties"]!["NetworkConfiguration"]!["AwsvpcConfiguration"]!;
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Ref"] = "ShopWebServiceSubnets" }, vpc["Subnets"]));
    }

    [Fact]
    public void Names_that_differ_only_in_punctuation_get_numbered_ids()
    {
        var app = new EcsApp("shop");
        app.TaskDefinition("web-api", td => td.Container("app", c => c.Image("nginx:1")));
        app.TaskDefinition("web_api", td => td.Container("app", c => c.Image("nginx:1")));

        var resources = EcsCloudFormation.Synthesize(app).Template["Resources"]!.AsObject();

        Assert.Equal(["ShopWebApiTaskDefinition", "ShopWebApiTaskDefinition2"], resources.Select(r => r.Key));
    }

    [Fact]
    public void A_template_over_the_inline_limit_is_warned_about()
    {
        var app = new EcsApp("big");
        for (var i = 0; i < 200; i++)
        {
            app.TaskDefinition($"worker-{i}", td => td.Container("app", c => c.Image($"registry.example.com/team/worker-{i}:1.0").Port(8080, name: "http")));
        }

        var template = EcsCloudFormation.Synthesize(app);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(template.ToJson()) > CloudFormationTemplate.InlineBodyLimit);
        Assert.Contains(template.Warnings, w => w.Contains("51,200-byte limit", StringComparison.Ordinal));
        Assert.Empty(EcsCloudFormation.Synthesize(Shop()).Warnings);
    }

    [Fact]
    public void A_template_over_the_S3_limit_is_warned_about_as_refused()
    {
        var app = new EcsApp("huge");
        for (var i = 0; i < 3000; i++)
        {
            app.TaskDefinition($"worker-{i}", td => td.Container("app", c => c.Image($"registry.example.com/team/worker-{i}:1.0").Port(8080, name: "http")));
        }

        var template = EcsCloudFormation.Synthesize(app);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(template.ToJson()) > CloudFormationTemplate.S3BodyLimit);
        var warning = Assert.Single(template.Warnings, w => w.Contains("limit", StringComparison.Ordinal));
        Assert.Contains("1,048,576-byte limit of CloudFormation even from S3: CloudFormation will refuse it", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Unexpressible_service_members_are_reported()
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("web", td => td.Container("app", c => c.Image("nginx:1")));
        app.Cluster("shop").Service("web", s => s.TaskDefinition(web).With(x => x with { ClientToken = "abc" }));

        var template = EcsCloudFormation.Synthesize(app);

        Assert.Contains("service 'web': clientToken has no CloudFormation property and is left out.", template.Warnings);
    }

    [Fact]
    public void Task_definition_properties_with_intrinsics_are_refused_by_name()
    {
        var properties = EcsCloudFormation.Synthesize(Shop(), new CloudFormationOptions { ImageTagParameters = true })
            .Template["Resources"]!["ShopWebTaskDefinition"]!["Properties"]!.AsObject();

        var error = Assert.Throws<ArgumentException>(() => EcsCloudFormation.TaskDefinitionFromProperties(properties));
        Assert.Contains("ContainerDefinitions[0].Image is Fn::Sub", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_definition_properties_read_back_as_the_task_definition()
    {
        var app = Shop();
        var properties = EcsCloudFormation.Synthesize(app).Template["Resources"]!["ShopWebTaskDefinition"]!["Properties"]!.AsObject();

        var read = EcsCloudFormation.TaskDefinitionFromProperties(properties);

        Assert.Equal(EcsJson.Serialize(app.TaskDefinitions[0]), EcsJson.Serialize(read));
    }
}
