using static EcsKit.Aws.Tests.Explain.Reports;

namespace EcsKit.Aws.Tests.Explain;

public class EcsFailureExplainerTests
{
    private static EcsExplanation Single(string message) =>
        Assert.Single(EcsFailureExplainer.Explain(Service([message]), []));

    private static EcsExplanation SingleTask(EcsTaskInfo task, AssignPublicIp? publicIp = null) =>
        Assert.Single(EcsFailureExplainer.Explain(Service(publicIp: publicIp), [task]));

    [Fact]
    public void A_host_port_conflict_points_to_the_port_rule()
    {
        var message = Closest("is already using a port required by your task");

        var explanation = Single(message);

        Assert.Equal(("event event-1", message, "ECS0010"), (explanation.Source, explanation.Message, explanation.RuleId));
        Assert.Equal("https://github.com/ecskit/ecskit/blob/main/docs/rules/ECS0010.md", explanation.HelpUri);
        Assert.Contains("dynamic host ports", explanation.Advice, StringComparison.Ordinal);
        Assert.Contains("maximumPercent", explanation.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has insufficient memory available", "enough unreserved memory")]
    [InlineData("has insufficient CPU units available", "enough unreserved CPU units")]
    [InlineData("is missing an attribute required by your task", "requiresAttributes")]
    public void Placement_failures_say_what_the_instances_lack(string reason, string advice)
    {
        var explanation = Single(Closest(reason));

        Assert.Contains(advice, explanation.Advice, StringComparison.Ordinal);
        Assert.Null(explanation.RuleId);
        Assert.Equal("https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages-list.html", explanation.HelpUri);
    }

    [Fact]
    public void A_placement_failure_of_another_kind_repeats_ECS_reason()
    {
        var explanation = Single(Closest("encountered error \"AGENT\""));

        Assert.StartsWith("No container instance meets all of the task's requirements", explanation.Advice, StringComparison.Ordinal);
        Assert.Contains("ECS says the closest instance encountered error \"AGENT\".", explanation.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_without_instances_says_so()
    {
        var explanation = Single($"{Placement} Reason: No Container Instances were found in your cluster. {Troubleshooting}");

        Assert.Contains("no EC2 instances registered", explanation.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_circuit_breaker_event_and_the_failed_deployment_point_to_the_stopped_tasks()
    {
        var deployment = new EcsDeploymentInfo("ecs-svc/9223370564341623665", "PRIMARY", "arn:td:4", 2, 0, 0, 6, "FAILED",
            "ECS deployment circuit breaker: tasks failed to start.", Start.AddMinutes(-30));
        var service = Service(["(service web) (deployment ecs-svc/9223370564341623665) deployment failed: tasks failed to start."], [deployment]);

        var explanations = EcsFailureExplainer.Explain(service, []);

        Assert.Equal(["deployment ecs-svc/9223370564341623665", "event event-1"], explanations.Select(e => e.Source));
        Assert.All(explanations, e => Assert.Contains("circuit breaker stopped the deployment", e.Advice, StringComparison.Ordinal));
        Assert.Equal("ECS deployment circuit breaker: tasks failed to start.", explanations[0].Message);
    }

    [Theory]
    [InlineData("(service web) has reached a steady state.")]
    [InlineData("(service web) has started 2 tasks: (task 0123456789abcdef0123456789abcdef) (task fedcba9876543210fedcba9876543210).")]
    [InlineData("(service web) has stopped 1 running tasks: (task 0123456789abcdef0123456789abcdef).")]
    [InlineData("(service web) registered 1 targets in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef)")]
    [InlineData("(service web) (deployment ecs-svc/9223370564341623665) deployment completed.")]
    public void Progress_is_not_a_failure(string message) =>
        Assert.Empty(EcsFailureExplainer.Explain(Service([message]), []));

    [Fact]
    public void An_unknown_message_is_kept_verbatim_without_advice()
    {
        const string Message = "(service web) did something this version of EcsKit has never seen: (reason unknown) [code 42].";

        var explanation = Single(Message);

        Assert.Equal(new EcsExplanation("event event-1", Message, null, null, null) { At = Start }, explanation);
    }

    [Fact]
    public void Repeated_events_are_kept_once_with_their_count_and_the_newest_source()
    {
        var message = Closest("has insufficient memory available");
        var service = Service([message, "(service web) has reached a steady state.", message, message]);

        var explanation = Assert.Single(EcsFailureExplainer.Explain(service, []));

        Assert.Equal(("event event-1", 3, Start), (explanation.Source, explanation.Occurrences, explanation.At));
    }

    [Fact]
    public void A_missing_image_is_told_from_a_refused_pull()
    {
        var missing = SingleTask(Task("a", "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref "
            + "docker.io/library/nginx:1.99: docker.io/library/nginx:1.99: not found"));
        var refused = SingleTask(Task("b", "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref "
            + "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.4: pulling from host 123456789012.dkr.ecr.eu-west-1.amazonaws.com "
            + "failed with status code [manifests 1.4]: 403 Forbidden"));

        Assert.StartsWith("The image or its tag does not exist in the registry.", missing.Advice, StringComparison.Ordinal);
        Assert.StartsWith("The registry refused the pull.", refused.Advice, StringComparison.Ordinal);
        Assert.Contains("ecr:GetAuthorizationToken", refused.Advice, StringComparison.Ordinal);
        Assert.Equal("arn:aws:ecs:eu-west-1:123456789012:task/shop/a", missing.Source);
    }

    [Fact]
    public void Docker_Hub_saying_denied_or_missing_gets_both_answers()
    {
        var explanation = SingleTask(Task("a", "CannotPullContainerError: Error response from daemon: pull access denied for shop/web, repository "
            + "does not exist or may require 'docker login': denied: requested access to the resource is denied"));

        Assert.StartsWith("The image was not found or the registry refused access", explanation.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_out_of_reach_points_to_NAT_or_endpoints_and_to_the_missing_public_IP()
    {
        var task = Task("a", "CannotPullContainerError: ref pull has been retried 5 time(s): failed to copy: httpReadSeeker: failed open: "
            + "failed to do request: Get \"https://prod-eu-west-1-starport-layer-bucket.s3.eu-west-1.amazonaws.com/\": dial tcp 52.218.1.1:443: i/o timeout");

        var explanation = SingleTask(task, AssignPublicIp.Disabled);

        Assert.Contains("could not reach the registry", explanation.Advice, StringComparison.Ordinal);
        Assert.Contains("assignPublicIp DISABLED", explanation.Advice, StringComparison.Ordinal);
        Assert.Contains("ecr.dkr", explanation.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve "
        + "secret from asm: service call has been retried 5 time(s): failed to fetch secret arn:aws:secretsmanager:eu-west-1:123456789012:"
        + "secret:shop/db-AbCdEf from secrets manager: RequestCanceled: request context canceled caused by: context deadline exceeded",
        "could not reach the service")]
    [InlineData("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve "
        + "secret from asm: service call has been retried 1 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/"
        + "ecsTaskExecutionRole/0123 is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:"
        + "eu-west-1:123456789012:secret:shop/db-AbCdEf because no identity-based policy allows the secretsmanager:GetSecretValue action",
        "may not read a secret")]
    [InlineData("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve "
        + "secrets from ssm: service call has been retried 1 time(s): InvalidParameters: [/shop/missing]",
        "does not exist")]
    [InlineData("ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create "
        + "Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1",
        "awslogs-create-group")]
    [InlineData("ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: Failed to resolve "
        + "\"fs-0123456789abcdef0.efs.eu-west-1.amazonaws.com\"", "TCP 2049")]
    public void Resource_initialization_errors_name_the_permission_or_the_network(string reason, string advice)
    {
        var explanation = SingleTask(Task("a", reason));

        Assert.Contains(advice, explanation.Advice, StringComparison.Ordinal);
        Assert.Equal("https://docs.aws.amazon.com/AmazonECS/latest/developerguide/resource-initialization-error.html", explanation.HelpUri);
    }

    [Fact]
    public void An_essential_container_killed_for_memory_says_to_raise_memory()
    {
        var task = Task("a", "Essential container in task exited", "EssentialContainerExited", 0,
            Container("log-router", 143), Container("web", 137, "OutOfMemoryError: Container killed due to memory usage"));

        var explanation = SingleTask(task);

        Assert.Equal("Essential container in task exited", explanation.Message);
        Assert.StartsWith("Container 'web' was killed for using more memory than its limit (OutOfMemoryError: Container killed due to memory usage, exit code 137): raise its memory",
            explanation.Advice, StringComparison.Ordinal);
        Assert.Contains("Container 'log-router' was stopped with SIGTERM (exit code 143)", explanation.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "exited with code 1: the application stopped with an error; its logs (logConfiguration) say why.")]
    [InlineData(0, "exited with code 0: its process finished.")]
    [InlineData(127, "its command was not found")]
    [InlineData(137, "was killed with SIGKILL (exit code 137)")]
    [InlineData(139, "segmentation fault")]
    public void An_essential_container_exit_code_is_explained(int code, string advice)
    {
        var explanation = SingleTask(Task("a", "Essential container in task exited", "EssentialContainerExited", 0, Container("web", code)));

        Assert.Contains(advice, explanation.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_load_balancer_health_checks_point_to_the_target_group_and_grace_period()
    {
        var explanation = SingleTask(Task("a",
            "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef)",
            "ServiceSchedulerInitiated"));

        Assert.Contains("healthCheckGracePeriodSeconds", explanation.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_reason_other_than_the_task_reason_is_explained_on_its_own()
    {
        var task = Task("a", "Task failed to start", "TaskFailedToStart", 0,
            Container("web", null, "CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: "
                + "OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/start.sh\": stat /app/start.sh: "
                + "no such file or directory: unknown"));

        var explanations = EcsFailureExplainer.Explain(Service(), [task]);

        Assert.Equal(2, explanations.Count);
        Assert.Equal(("arn:aws:ecs:eu-west-1:123456789012:task/shop/a", null), (explanations[0].Source, explanations[0].Advice));
        Assert.Equal("arn:aws:ecs:eu-west-1:123456789012:task/shop/a container web", explanations[1].Source);
        Assert.Contains("names a program that is not in the image", explanations[1].Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_stopped_on_request_or_replaced_by_a_deployment_are_left_out()
    {
        EcsTaskInfo[] tasks =
        [
            Task("a", "Task stopped by user", "UserInitiated"),
            Task("b", "Scaling activity initiated by (deployment ecs-svc/9223370564341623665)", "ServiceSchedulerInitiated", 1, Container("web", 143)),
        ];

        Assert.Empty(EcsFailureExplainer.Explain(Service(), tasks));
    }

    [Fact]
    public void Tasks_that_failed_the_same_way_are_one_explanation_with_the_newest_task()
    {
        const string Reason = "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/shop/web:9: not found";
        EcsTaskInfo[] tasks = [Task("old", Reason, minutesAgo: 9), Task("new", Reason, minutesAgo: 1), Task("mid", Reason, minutesAgo: 5)];

        var explanation = Assert.Single(EcsFailureExplainer.Explain(Service(), tasks));

        Assert.Equal(("arn:aws:ecs:eu-west-1:123456789012:task/shop/new", 3), (explanation.Source, explanation.Occurrences));
    }

    [Fact]
    public void An_unknown_task_reason_is_kept_verbatim()
    {
        var explanation = SingleTask(Task("a", "A reason ECS added after this version of EcsKit", "TaskFailedToStart"));

        Assert.Equal(("A reason ECS added after this version of EcsKit", null, null), (explanation.Message, explanation.Advice, explanation.HelpUri));
    }

    [Fact]
    public void Deployments_come_first_then_events_then_tasks_each_newest_first()
    {
        var deployment = new EcsDeploymentInfo("ecs-svc/1", "PRIMARY", "arn:td:4", 2, 0, 0, 3, "FAILED", "ECS deployment circuit breaker: tasks failed to start.", null);
        var service = Service([Closest("has insufficient memory available"), "(service web) something unknown."], [deployment]);
        EcsTaskInfo[] tasks = [Task("older", "Reason one", minutesAgo: 5), Task("newer", "Reason two", minutesAgo: 1)];

        var sources = EcsFailureExplainer.Explain(service, tasks).Select(e => e.Source);

        Assert.Equal(
            ["deployment ecs-svc/1", "event event-1", "event event-2", "arn:aws:ecs:eu-west-1:123456789012:task/shop/newer", "arn:aws:ecs:eu-west-1:123456789012:task/shop/older"],
            sources);
    }
}
