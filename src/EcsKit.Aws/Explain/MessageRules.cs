using System.Text.RegularExpressions;
using EcsKit.Rules;

namespace EcsKit.Aws;

/// <summary>
/// The ECS service event messages and task stop reasons EcsKit knows, most specific first. Messages come from the ECS
/// scheduler (service events), the ECS agent and Fargate (task and container stop reasons).
/// </summary>
internal static partial class MessageRules
{
    private const string RegistryEndpoints = "com.amazonaws.REGION.ecr.api, ecr.dkr and an S3 gateway endpoint for the image layers";
    private const string SecretEndpoints = "secretsmanager, ssm, ecr.api, ecr.dkr, s3 and logs";

    private static readonly MessageRule[] All =
    [
        new("steady state", MessageRule.Containing("has reached a steady state"), (_, _) => Diagnosis.NotAFailure),
        new("informational event", IsInformational, (_, _) => Diagnosis.NotAFailure),
        new("host port in use", MessageRule.Containing("is already using a port required by your task"), (_, _) => new(
            "A task already on that container instance holds a host port this task needs: often the previous revision during a rolling "
            + "deployment, or another service on the same static port. Use dynamic host ports (hostPort 0 or none in bridge mode) or awsvpc, "
            + "lower deploymentConfiguration.maximumPercent (100 replaces tasks one instance at a time), or add container instances. "
            + "EcsKit validation reports these conflicts before a deploy.",
            RuleIds.CrossServiceHostPortConflict, RuleIds.HelpUri(RuleIds.CrossServiceHostPortConflict))),
        new("insufficient memory", MessageRule.Containing("has insufficient memory available"), (_, _) => new(
            "No container instance has enough unreserved memory for the task. Lower the memory the task reserves (task memory, or the "
            + "containers' memory and memoryReservation), or add capacity: more or larger instances, or a capacity provider with managed scaling.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("insufficient CPU", MessageRule.Containing("has insufficient CPU units available"), (_, _) => new(
            "No container instance has enough unreserved CPU units for the task. Lower the task's cpu (or the containers' cpu), or add capacity: "
            + "more or larger instances, or a capacity provider with managed scaling.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("missing attribute", MessageRule.Containing("is missing an attribute required by your task"), (_, _) => new(
            "The container instances lack an attribute the task requires: a capability of the ECS agent (awsvpc, secrets, EFS, a Docker API "
            + "version ...), a CPU architecture or operating system, or an attribute a placement constraint names. Compare the task definition's "
            + "requiresAttributes (describe-task-definition) with the instances' attributes; update the ECS agent or AMI, or relax the constraint.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("no container instances", MessageRule.Containing("No Container Instances were found in your cluster"), (_, _) => new(
            "The cluster has no EC2 instances registered. Start instances with an ECS-optimized AMI whose ECS agent joins this cluster "
            + "(ECS_CLUSTER), give the cluster an Auto Scaling group capacity provider, or run the service on Fargate.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("no Fargate capacity", MessageRule.Containing("Capacity is unavailable at this time"), (_, _) => new(
            "Fargate had no capacity of this kind in the Availability Zone at that moment. ECS retries; to make it less likely, give the "
            + "service subnets in more Availability Zones, or use a capacity provider strategy that mixes FARGATE and FARGATE_SPOT.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("no instance meets requirements", MessageRule.Containing("no container instance met all of its requirements"), (message, _) => new(
            "No container instance meets all of the task's requirements (free memory, CPU and ports, required attributes, placement constraints)."
            + (ClosestReason(message) is { } reason ? $" ECS says the closest instance {reason}." : "")
            + " Check the instances' free resources and attributes (describe-container-instances) and the service's placementConstraints.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("circuit breaker", MessageRule.Containing("deployment failed: tasks failed to start", "circuit breaker"), (_, context) => new(
            "The deployment circuit breaker stopped the deployment after its tasks kept failing to start or to stay healthy. "
            + context.AfterCircuitBreaker + " The stopped tasks say why they failed: fix that, then deploy again.",
            HelpUri: EcsHelp.ServiceEvents)),
        new("launches throttled", MessageRule.Containing("is unable to consistently start tasks successfully"), (_, _) => new(
            "ECS slows down new task launches after repeated failures. The stopped tasks say why they failed; once that is fixed, ECS "
            + "launches tasks again (a new deployment starts at once).",
            HelpUri: EcsHelp.ServiceEvents)),
        new("ELB health checks", MessageRule.Containing("failed ELB health checks", "is unhealthy in (target-group"), (_, _) => new(
            "The load balancer's health checks failed for the task's target, so ECS replaced it. Check that the container listens on the "
            + "containerPort named in loadBalancers, that the target group's health check path and port answer with a success code, that the "
            + "task's security group lets the load balancer in, and give slow starts time with healthCheckGracePeriodSeconds.",
            HelpUri: EcsHelp.StoppedTasks)),
        new("container health checks", MessageRule.Containing("failed container health checks"), (_, _) => new(
            "An essential container's healthCheck reported UNHEALTHY, so ECS stopped the task. Run the health check command inside the image "
            + "(is curl or wget installed?), check it probes the right port, and give slow starts time with startPeriod.",
            HelpUri: EcsHelp.StoppedTasks)),
        new("image pull", MessageRule.Containing("CannotPullContainerError"), (message, context) => new(ImagePull(message, context), HelpUri: EcsHelp.StoppedTasks)),
        // A container start error can carry a ResourceInitializationError inside it: the outer error decides.
        new("container start", MessageRule.Containing("CannotStartContainerError"), (message, _) => new(ContainerStart(message), HelpUri: EcsHelp.CannotStartContainer)),
        new("resource initialization", MessageRule.Containing("ResourceInitializationError"), (message, context) =>
            new(ResourceInitialization(message, context), HelpUri: EcsHelp.ResourceInitialization)),
        new("container create", MessageRule.Containing("CannotCreateContainerError"), (_, _) => new(
            "The container runtime could not create the container; on EC2 this is often a full disk or an unhealthy Docker daemon on the "
            + "instance (check docker info and free disk space there).",
            HelpUri: EcsHelp.StoppedTasks)),
        new("out of memory", MessageRule.Containing("OutOfMemoryError", "OOMKilled"), (_, _) => new(
            "The container used more memory than its limit and was killed. Raise its memory (the container's memory, or the task's memory), "
            + "or find out what uses it.",
            HelpUri: EcsHelp.StoppedTasks)),
        new("network interface", MessageRule.Containing("Timeout waiting for network interface provisioning", "failed to configure ENI", "RESOURCE:ENI"), (_, _) => new(
            "The task's network interface (awsvpc) could not be set up. Check that the subnets have free IP addresses and that the ENI quota "
            + "is not reached; on EC2, each instance type allows a few ENIs (awsvpcTrunking raises that).",
            HelpUri: EcsHelp.StoppedTasks)),
        new("spot interruption", MessageRule.Containing("Spot Task was interrupted", "SpotInterruption"), (_, _) => new(
            "The Spot capacity was reclaimed; this is expected with FARGATE_SPOT or Spot instances. Keep a base of on-demand capacity "
            + "(FARGATE with base) for tasks that must keep running.",
            HelpUri: EcsHelp.StoppedTasks)),
    ];

    /// <summary>What <paramref name="message"/> means, or null when EcsKit does not know it.</summary>
    public static Diagnosis? Diagnose(string message, ExplainContext context) =>
        All.FirstOrDefault(r => r.Matches(message))?.Diagnose(message, context);

    private static string ImagePull(string message, ExplainContext context)
    {
        if (Has(message, "toomanyrequests", "rate limit"))
        {
            return "The registry refused the pull for its rate limit (Docker Hub limits anonymous pulls). Authenticate with "
                + "repositoryCredentials, or copy the image to ECR (an ECR pull through cache does it for you).";
        }
        if (Has(message, "no matching manifest"))
        {
            return "The image has no variant for the task's platform: build it for that operating system and CPU architecture, or set "
                + "runtimePlatform to one the image has (ARM64 or X86_64).";
        }
        if (Has(message, "i/o timeout", "context deadline exceeded", "dial tcp", "Client.Timeout", "no route to host", "connection refused",
            "TLS handshake timeout", "request canceled", "RequestError: send request failed"))
        {
            return "The task could not reach the registry. " + context.NetworkPath(RegistryEndpoints);
        }
        var missing = Has(message, "not found", "manifest unknown", "does not exist", "name unknown", "repository does not exist");
        var denied = Has(message, "no basic auth credentials", "401", "403", "unauthorized", "forbidden", "denied", "not authorized", "AccessDenied");
        const string Missing = "Check the image name and tag in the task definition, that the image was pushed before the deploy, and that an "
            + "ECR image is in the region and account the name says (ECR repositories are regional).";
        const string Denied = "For ECR, the task execution role needs ecr:GetAuthorizationToken, ecr:BatchGetImage and "
            + "ecr:GetDownloadUrlForLayer (the managed policy AmazonECSTaskExecutionRolePolicy has them) and the repository policy must allow "
            + "the account; for another private registry, set repositoryCredentials to a Secrets Manager secret the execution role can read.";
        return (missing, denied) switch
        {
            (true, true) => "The image was not found or the registry refused access (registries answer both the same way). " + Missing + " " + Denied,
            (true, false) => "The image or its tag does not exist in the registry. " + Missing,
            (false, true) => "The registry refused the pull. " + Denied,
            _ => "ECS could not pull the image; the rest of the message is the registry's reason. Check the image reference, the execution "
                + "role's access to the registry, and the task's network path to it.",
        };
    }

    private static string ResourceInitialization(string message, ExplainContext context)
    {
        var network = Has(message, "i/o timeout", "context deadline exceeded", "dial tcp", "RequestCanceled", "request canceled",
            "RequestError: send request failed", "Client.Timeout");
        if (Has(message, "unable to pull secrets or registry auth", "unable to retrieve secret", "unable to retrieve secrets", "unable to retrieve ecr registry auth"))
        {
            if (network)
            {
                return "Before the containers start, ECS fetches the task's secrets and registry credentials, and could not reach the service. "
                    + context.NetworkPath(SecretEndpoints);
            }
            if (Has(message, "AccessDenied", "not authorized", "is not authorized"))
            {
                return "The task execution role may not read a secret the task uses: allow it secretsmanager:GetSecretValue or "
                    + "ssm:GetParameters on the secrets' ARNs, and kms:Decrypt on a customer managed key that encrypts them.";
            }
            if (Has(message, "ResourceNotFoundException", "ParameterNotFound", "InvalidParameters", "does not exist"))
            {
                return "A secret the task references does not exist: check each secrets[].valueFrom (and repositoryCredentials) for its "
                    + "region, account and name.";
            }
            return "Before the containers start, ECS fetches the task's secrets and registry credentials with the task execution role. Check "
                + "the role's permissions (secretsmanager:GetSecretValue, ssm:GetParameters, kms:Decrypt, ECR pull), that each secret exists, and "
                + "the network path: " + context.NetworkPath(SecretEndpoints);
        }
        if (Has(message, "log group", "logger", "CreateLogStream", "log stream"))
        {
            return "The awslogs log driver could not start: create the log group, or set the option awslogs-create-group to true and "
                + "allow the execution role logs:CreateLogGroup; it also needs logs:CreateLogStream and logs:PutLogEvents.";
        }
        if (Has(message, "EFS", "mount.nfs", "nfs"))
        {
            return "The EFS volume could not be mounted: the file system needs a mount target in each of the task's Availability Zones, its "
                + "security group must allow NFS (TCP 2049) from the task, and with IAM authorization the task role needs "
                + "elasticfilesystem:ClientMount.";
        }
        if (Has(message, "env file", "environment file", "envfile"))
        {
            return "ECS could not download an environmentFiles object from S3: allow the execution role s3:GetObject and "
                + "s3:GetBucketLocation on it, and check the task can reach S3 (a gateway endpoint or NAT).";
        }
        if (network)
        {
            return "The task could not reach an AWS service while it was prepared. " + context.NetworkPath(SecretEndpoints);
        }
        return "ECS could not prepare what the task needs before its containers start (secrets, logging, volumes, network); the message "
            + "names which. Most often the task execution role lacks a permission, or the task cannot reach the AWS service.";
    }

    private static string ContainerStart(string message)
    {
        if (Has(message, "exec format error"))
        {
            return "The image was built for another CPU architecture than the task runs on: build it for the task's architecture, or set "
                + "runtimePlatform.cpuArchitecture to the image's (ARM64 or X86_64).";
        }
        if (Has(message, "executable file not found", "no such file or directory"))
        {
            return "The entryPoint or command names a program that is not in the image (or not on its PATH): check them against the image.";
        }
        if (Has(message, "port is already allocated", "address already in use"))
        {
            return "Another container on the instance already publishes that host port: use dynamic host ports in bridge mode, or awsvpc.";
        }
        return "The container runtime could not start the container; the rest of the message says why (memory limits, mounts, the command).";
    }

    // Event texts that report progress, not trouble.
    private static bool IsInformational(string message) => InformationalPattern().IsMatch(message);

    [GeneratedRegex(@"\) has (started|stopped) \d+ (running )?tasks|\) (registered|deregistered) \d+ targets|has begun draining connections|deployment completed|\) updated computedDesiredCount|\) has (started|stopped) \d+ tasks", RegexOptions.IgnoreCase)]
    private static partial Regex InformationalPattern();

    // "The closest matching (container-instance 3f4de1c5...) is already using a port required by your task."
    private static string? ClosestReason(string message)
    {
        var match = ClosestPattern().Match(message);
        return match.Success ? match.Groups["reason"].Value : null;
    }

    [GeneratedRegex(@"closest matching \(container-instance [^)]*\) (?<reason>[^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosestPattern();

    private static bool Has(string message, params string[] phrases) =>
        phrases.Any(p => message.Contains(p, StringComparison.OrdinalIgnoreCase));
}
