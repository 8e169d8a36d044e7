namespace EcsKit.Rules;

/// <summary>ECS0044: an image with the tag <c>latest</c> or with no tag at all, and no digest.</summary>
internal static class Ecs0044MutableImageTag
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            if (!container.Image.IsKnown)
            {
                continue;
            }
            var image = ImageReference.Parse(container.Image.Value);
            // Empty images are ECS0043's; a digest pins the image whatever the tag says.
            if (image.IsEmpty || image.IsTemplate || image.Digest is not null)
            {
                continue;
            }
            string? problem = image.Tag switch
            {
                null or "" => "has no tag, so Docker pulls 'latest'",
                "latest" => "uses the tag 'latest'",
                _ => null,
            };
            if (problem is null)
            {
                continue;
            }
            context.Report(RuleIds.MutableImageTag, container.Member("image"),
                "Container " + RuleText.Container(container) + " image '" + image.Text + "' " + problem
                + ", which moves with each push; pin a version tag or a digest (name@sha256:...) so every task runs the same image.");
        }
    }
}
