using System;
using System.Globalization;

namespace EcsKit.Rules;

/// <summary>ECS0084: more than 10 environment files on a container, or a file whose object key does not end in .env.</summary>
internal static class Ecs0084EnvironmentFileLimits
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var name = container.Name.Or("?");
            // A partly known list that already holds more than the limit proves the finding.
            if (container.EnvironmentFiles.Count > SecurityLimits.MaxEnvironmentFiles)
            {
                context.Report(
                    RuleIds.EnvironmentFileLimits,
                    container.Member("environmentFiles"),
                    "Container '" + name + "' loads " + container.EnvironmentFiles.Count.ToString(CultureInfo.InvariantCulture)
                    + " environment files, more than the " + SecurityLimits.MaxEnvironmentFiles.ToString(CultureInfo.InvariantCulture)
                    + " ECS accepts; merge some of them.");
            }
            foreach (var file in container.EnvironmentFiles)
            {
                if (file.Value.IsKnown && !EndsWithExtension(file.Value.Value))
                {
                    context.Report(
                        RuleIds.EnvironmentFileLimits,
                        file.Path + ".value",
                        "Environment file '" + file.Value.Value + "' of container '" + name
                        + "' does not end in .env, which ECS requires of the S3 object; rename the object.");
                }
            }
        }
    }

    /// <summary>The object key ends in .env (letter case ignored, so only a clear miss is reported).</summary>
    private static bool EndsWithExtension(string objectArn) =>
        objectArn.EndsWith(SecurityLimits.EnvironmentFileExtension, StringComparison.OrdinalIgnoreCase);
}
