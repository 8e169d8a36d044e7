namespace EcsKit.Rules;

/// <summary>The rules of the structure section of the catalogue, by the scope they look at.</summary>
internal static class StructureRules
{
    public static readonly TaskRule[] Task = new TaskRule[]
    {
        Ecs0040NoEssentialContainer.Check,
        Ecs0041TooManyContainers.Check,
        Ecs0042InvalidOrDuplicateName.Check,
        Ecs0043InvalidImageReference.Check,
        Ecs0044MutableImageTag.Check,
    };

    public static readonly ServiceRule[] Service = new ServiceRule[]
    {
        Ecs0042InvalidOrDuplicateName.CheckService,
    };

    public static readonly ClusterRule[] Cluster = new ClusterRule[]
    {
        Ecs0042InvalidOrDuplicateName.CheckCluster,
    };

    public static readonly AppRule[] App = System.Array.Empty<AppRule>();
}
