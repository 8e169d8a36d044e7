using System.Text.Json.Nodes;

namespace EcsKit.Tests.CloudFormation;

public sealed class JsonDifferencesTests
{
    private static IReadOnlyList<string> Between(string expected, string actual) =>
        JsonDifferences.Between(JsonNode.Parse(expected), JsonNode.Parse(actual));

    [Fact]
    public void Key_order_and_scalar_spelling_do_not_matter()
    {
        Assert.Empty(Between("""{ "a": 1, "b": [true, "256"] }""", """{ "b": ["true", 256.0], "a": "1" }"""));
    }

    [Fact]
    public void Differences_are_listed_with_their_paths()
    {
        Assert.Equal(
            [
                "A[0].B: expected \"x\", found \"y\"",
                "A[0].C: missing, expected 1",
                "A[1]: unexpected {}",
                "D: unexpected false",
            ],
            Between("""{ "A": [{ "B": "x", "C": 1 }] }""", """{ "A": [{ "B": "y" }, {}], "D": false }"""));
    }
}
