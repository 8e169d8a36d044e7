namespace EcsKit.Aws.Tests.Instances;

public sealed class EcsInstanceUserDataTests
{
    [Fact]
    public void The_script_appends_the_exact_cluster_name_and_the_settings_sorted_by_key()
    {
        var script = EcsInstanceUserData.ForCluster("shop_prod-1", new Dictionary<string, string>
        {
            ["ECS_ENABLE_CONTAINER_METADATA"] = "true",
            ["ECS_AVAILABLE_LOGGING_DRIVERS"] = """["json-file","awslogs"]""",
            ["ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION"] = "1h $HOME `id`",
        });

        Assert.Equal("""
            #!/bin/bash
            mkdir -p /etc/ecs
            cat >> /etc/ecs/ecs.config <<'ECSKIT_EOF'
            ECS_CLUSTER=shop_prod-1
            ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","awslogs"]
            ECS_ENABLE_CONTAINER_METADATA=true
            ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION=1h $HOME `id`
            ECSKIT_EOF

            """, script);
    }

    [Theory]
    [InlineData("shop prod")]
    [InlineData("shop;reboot")]
    [InlineData("")]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:cluster/shop")]
    public void A_name_that_is_not_a_cluster_name_is_refused(string name) =>
        Assert.Equal("clusterName", Assert.Throws<ArgumentException>(() => EcsInstanceUserData.ForCluster(name)).ParamName);

    [Theory]
    [InlineData("ECS_CLUSTER", "other")]
    [InlineData("ecs_enable_task_iam_role", "true")]
    [InlineData("DOCKER_HOST", "tcp://x")]
    [InlineData("ECS_ENABLE_TASK_IAM_ROLE", "true\nECS_CLUSTER=other")]
    [InlineData("ECS_ENABLE_TASK_IAM_ROLE", "true\r")]
    public void A_setting_that_is_not_one_ecs_agent_line_is_refused(string key, string value) =>
        Assert.Equal("agentSettings", Assert.Throws<ArgumentException>(() => EcsInstanceUserData.ForCluster("shop", new Dictionary<string, string> { [key] = value })).ParamName);
}
