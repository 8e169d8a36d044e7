using System.Text.Json.Nodes;

namespace EcsKit.Tests.Conformance;

/// <summary>
/// Every required member of every structure each root reaches is required when reading: minimal JSON along a path to
/// the structure reads, and the same JSON without the member (or with it null) is rejected at that structure.
/// </summary>
public sealed class RequiredMemberTests
{
    private static readonly EcsModelExtract Model = EcsModelExtract.Committed;
    private static readonly MinimalJson Minimal = new(Model);

    public static TheoryData<string> Roots { get; } = new(EcsModelExtract.Roots);

    /// <summary>(root, structure, required member) for every required member in the closure of each root.</summary>
    public static TheoryData<string, string, string> RequiredMembers { get; } = RequiredMemberCases();

    [Theory]
    [MemberData(nameof(Roots))]
    public void Minimal_json_of_the_root_reads_and_writes_back_unchanged(string root)
    {
        var json = Minimal.Object(root).ToJsonString();

        var written = EcsRoots.Serialize(EcsRoots.Parse(root, json));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Every_root_reaches_required_members()
    {
        Assert.All(EcsModelExtract.Roots, root => Assert.Contains(RequiredMembers, row => (string)row[0] == root));
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void Missing_required_member_is_reported_at_its_object(string root, string shape, string member)
    {
        var path = ModelPath.To(Model, root, shape)!;
        var (json, target) = Minimal.Along(root, path);
        EcsRoots.Parse(root, json.ToJsonString());

        target.Remove(member);
        var error = Assert.Throws<EcsJsonException>(() => EcsRoots.Parse(root, json.ToJsonString()));

        Assert.Equal(ModelPath.JsonPath(path), error.Path);
        Assert.Single(error.Problems);
        Assert.Contains($"\"{member}\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void Null_required_member_is_reported_at_the_member(string root, string shape, string member)
    {
        var path = ModelPath.To(Model, root, shape)!;
        var (json, target) = Minimal.Along(root, path);

        target[member] = null;
        var error = Assert.Throws<EcsJsonException>(() => EcsRoots.Parse(root, json.ToJsonString()));

        Assert.Equal($"{ModelPath.JsonPath(path)}.{member}", error.Path);
        Assert.Single(error.Problems);
        Assert.Contains($"\"{member}\"", error.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string, string, string> RequiredMemberCases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var root in EcsModelExtract.Roots)
        {
            foreach (var shape in ModelPath.Structures(Model, root))
            {
                foreach (var member in Model.Shape(shape).Required)
                {
                    cases.Add(root, shape, member);
                }
            }
        }
        return cases;
    }
}
