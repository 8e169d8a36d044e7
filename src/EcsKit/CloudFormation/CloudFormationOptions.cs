namespace EcsKit;

/// <summary>What <see cref="EcsCloudFormation.Synthesize"/> adds beyond the ECS resources themselves.</summary>
public sealed record CloudFormationOptions
{
    /// <summary>The template's Description; by default one naming the application.</summary>
    public string? Description { get; init; }

    /// <summary>Adds an <c>AWS::Logs::LogGroup</c> for every <c>awslogs-group</c> and makes the container option a Ref to it.</summary>
    public bool CreateLogGroups { get; init; }

    /// <summary>The RetentionInDays of the created log groups; null keeps logs forever.</summary>
    public int? LogRetentionInDays { get; init; }

    /// <summary>
    /// Adds a task execution role (<c>AmazonECSTaskExecutionRolePolicy</c>) to every task definition that needs one
    /// (awslogs, secrets or private registry credentials) and names no <c>executionRoleArn</c>.
    /// </summary>
    public bool CreateExecutionRole { get; init; }

    /// <summary>Makes the image tag of every container a template parameter whose default is the tag written in code.</summary>
    public bool ImageTagParameters { get; init; }

    /// <summary>Makes the subnets and security groups of every awsvpc service template parameters whose defaults are the values written in code.</summary>
    public bool NetworkParameters { get; init; }
}
