using EcsKit.Analyzers.Json;

namespace EcsKit.Analyzers.Tests.Json;

public class JsonTreeTests
{
    [Fact]
    public void Strings_numbers_and_literals_are_read_with_their_spans()
    {
        const string text = "\uFEFF { \"a\\u0041\\n\\\"\" : [1, -2.5e3, true, false, null, \"\\u00e9\\/\"] }";

        var root = JsonTree.Parse(text);

        Assert.NotNull(root);
        var member = Assert.Single(root.Members);
        Assert.Equal("aA\n\"", member.Name);
        Assert.Equal("\"a\\u0041\\n\\\"\"", text.Substring(member.NameStart, member.NameLength));
        var items = member.Value.Items;
        Assert.Equal([JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null, JsonKind.String], items.Select(i => i.Kind));
        Assert.Equal("-2.5e3", items[1].Text);
        Assert.Equal("-2.5e3", text.Substring(items[1].Start, items[1].Length));
        Assert.Equal("é/", items[5].Text);
        Assert.Equal("\"\\u00e9\\/\"", text.Substring(items[5].Start, items[5].Length));
        Assert.Equal(2, root.Start);
        Assert.Equal(text.Length, root.Start + root.Length);
    }

    [Theory]
    [InlineData("{\"a\":\"x\ty\"}")]
    [InlineData("{\"a\":\"x")]
    [InlineData("{\"a\" \"x\"}")]
    [InlineData("[1 2]")]
    [InlineData("nul")]
    [InlineData("+1")]
    [InlineData("1e")]
    public void Malformed_text_gives_no_tree(string text) => Assert.Null(JsonTree.Parse(text));
}
