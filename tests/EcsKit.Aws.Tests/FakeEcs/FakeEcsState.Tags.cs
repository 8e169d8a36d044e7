using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    /// <summary>The tags of a resource, as TagResource and the create calls left them.</summary>
    public IReadOnlyList<Tag> TagsOf(string arn)
    {
        lock (_lock)
        {
            return _tags.TryGetValue(arn, out var tags) ? [.. tags] : [];
        }
    }

    private void SetTags(string arn, JsonArray? tags)
    {
        var list = _tags.TryGetValue(arn, out var existing) ? existing : _tags[arn] = [];
        foreach (var tag in tags ?? [])
        {
            var key = (string?)tag?["key"] ?? throw FakeEcsException.InvalidParameter("Tag keys must not be empty.");
            list.RemoveAll(t => t.Key == key);
            list.Add(new Tag { Key = key, Value = (string?)tag?["value"] ?? "" });
        }
    }

    private JsonArray TagsJson(string arn) => Array(TagsOf(arn).Select(t => new JsonObject { ["key"] = t.Key, ["value"] = t.Value }));

    private bool Exists(string arn) =>
        Clusters.Values.Any(c => c.Arn == arn && c.Status != "INACTIVE")
        || Services.Any(s => s.Arn == arn && s.Status != "INACTIVE")
        || Families.Values.SelectMany(f => f).Any(t => t.Arn == arn)
        || Tasks.Any(t => t.Arn == arn)
        || ContainerInstances.Any(i => i.Arn == arn);

    private JsonObject TagResource(JsonObject request)
    {
        var arn = Required(request, "resourceArn");
        if (!Exists(arn))
        {
            throw new FakeEcsException("ResourceNotFoundException", "The specified resource could not be found.");
        }
        SetTags(arn, request["tags"] as JsonArray ?? throw FakeEcsException.InvalidParameter("tags is required."));
        return [];
    }

    private JsonObject ListTagsForResource(JsonObject request)
    {
        var arn = Required(request, "resourceArn");
        if (!Exists(arn))
        {
            throw new FakeEcsException("ResourceNotFoundException", "The specified resource could not be found.");
        }
        return new JsonObject { ["tags"] = TagsJson(arn) };
    }
}
