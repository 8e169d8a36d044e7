namespace EcsKit.Tests.Conformance;

/// <summary><see cref="DescribeShape"/> against the describe and request shapes of the ECS model.</summary>
public sealed class DescribeShapeTests
{
    private static readonly EcsModelExtract Model = EcsModelExtract.Committed;

    public static TheoryData<string> DescribeShapeNames { get; } = new(EcsModelExtract.DescribeShapeNames);

    [Theory]
    [MemberData(nameof(DescribeShapeNames))]
    public void Read_only_members_are_the_describe_members_the_request_does_not_take(string describeShape)
    {
        var (shape, request) = ShapeOf(describeShape);
        var requestMembers = Model.Shape(request).Members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        var readOnly = Model.DescribeShapes[describeShape].Members.Select(m => m.Name).Where(m => !requestMembers.Contains(m));

        Assert.Equal(readOnly.Order(StringComparer.Ordinal), shape.ReadOnly.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DescribeShapeNames))]
    public void Renamed_members_lead_from_a_read_only_member_to_a_request_member(string describeShape)
    {
        var (shape, request) = ShapeOf(describeShape);

        Assert.All(shape.Renamed, renamed =>
        {
            Assert.Contains(renamed.Key, shape.ReadOnly);
            Assert.NotNull(Model.Shape(request).TargetOf(renamed.Value));
            Assert.Null(Model.DescribeShapes[describeShape].TargetOf(renamed.Value));
        });
    }

    private static (DescribeShape Shape, string Request) ShapeOf(string describeShape) => describeShape switch
    {
        "TaskDefinition" => (DescribeShape.TaskDefinition, "RegisterTaskDefinitionRequest"),
        "Service" => (DescribeShape.Service, "CreateServiceRequest"),
        "Cluster" => (DescribeShape.Cluster, "CreateClusterRequest"),
        _ => throw new ArgumentOutOfRangeException(nameof(describeShape), describeShape, "not a describe shape"),
    };
}
