using Xunit.Sdk;

namespace EcsKit.Tests.Json;

public sealed class JsonSemanticsTests
{
    [Theory]
    [InlineData("""{"a":1,"b":"x"}""", """{"b":"x","a":1}""")]
    [InlineData("""{"a":80}""", """{"a":80.0}""")]
    [InlineData("""{"a":1e2}""", """{"a":100}""")]
    [InlineData("""{"a":1,"b":null}""", """{"a":1}""")]
    [InlineData("""{"a":1,"b":[]}""", """{"a":1}""")]
    [InlineData("""{"a":1,"b":{}}""", """{"a":1}""")]
    [InlineData("""{"a":1,"b":{"c":null,"d":[]}}""", """{"a":1}""")]
    [InlineData("""[{"a":[1,2]}]""", """[{"a":[1,2]}]""")]
    public void Equal_in_meaning(string expected, string actual)
    {
        Assert.True(JsonSemantics.AreEqual(expected, actual));
        Assert.True(JsonSemantics.AreEqual(actual, expected));
    }

    [Theory]
    [InlineData("""{"a":80}""", """{"a":80.5}""")]
    [InlineData("""{"a":80}""", """{"a":"80"}""")]
    [InlineData("""{"a":true}""", """{"a":false}""")]
    [InlineData("""{"a":"x"}""", """{"a":"X"}""")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""")]
    [InlineData("""{"a":[1]}""", """{"a":[1,null]}""")]
    [InlineData("""{"a":1}""", """{"a":1,"b":0}""")]
    [InlineData("""{"a":{"b":""}}""", """{"a":{}}""")]
    public void Different_in_meaning(string expected, string actual)
    {
        Assert.False(JsonSemantics.AreEqual(expected, actual));
        Assert.False(JsonSemantics.AreEqual(actual, expected));
    }

    [Theory]
    [InlineData("""{"c":[{"p":[{"port":80}]}]}""", """{"c":[{"p":[{"port":81}]}]}""", "$.c[0].p[0].port: expected 80, found 81")]
    [InlineData("""{"a":{"x-y":1}}""", """{"a":{"z":2}}""", "$.a['x-y']: expected 1, but the member is missing")]
    [InlineData("""{"a":1}""", """{"a":1,"b":2}""", "$.b: unexpected member with 2")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1]}""", "$.a: expected 2 elements, found 1")]
    public void Failure_names_the_first_differing_path(string expected, string actual, string message)
    {
        var failure = Assert.Throws<XunitException>(() => JsonSemantics.AssertEqual(expected, actual));
        Assert.Equal($"JSON differs at {message}", failure.Message);
    }
}
