namespace EcsKit.Rules;

/// <summary>ECS0043: an empty image, more than 255 characters before the digest, or a digest other than sha256 with 64 hexadecimal characters.</summary>
internal static class Ecs0043InvalidImageReference
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
            var path = container.Member("image");
            var name = RuleText.Container(container);
            if (image.IsEmpty)
            {
                context.Report(RuleIds.InvalidImageReference, path,
                    "Container " + name + " has an empty image; set the image to run, such as 'public.ecr.aws/nginx/nginx:1.27'.");
                continue;
            }
            if (image.IsTemplate)
            {
                continue;
            }
            if (image.Name.Length > ImageReference.MaxNameLength)
            {
                context.Report(RuleIds.InvalidImageReference, path,
                    "Container " + name + " has an image reference of " + RuleText.Number(image.Name.Length) + " characters"
                    + (image.Digest is null ? "" : " before '@'") + "; ECS takes at most 255, so shorten the repository or tag.");
            }
            if (image.Digest is not null && !image.HasValidDigest)
            {
                context.Report(RuleIds.InvalidImageReference, path,
                    "Container " + name + " pins image digest '" + image.Digest + "', which is not 'sha256:' followed by 64 hexadecimal characters; "
                    + "ECS takes only sha256 digests, so copy the full digest from the registry.");
            }
        }
    }
}
