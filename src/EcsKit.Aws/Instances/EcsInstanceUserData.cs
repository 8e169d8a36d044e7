using System.Text;
using System.Text.RegularExpressions;

namespace EcsKit.Aws;

/// <summary>The EC2 user data that makes an ECS-optimized instance join a cluster.</summary>
public static partial class EcsInstanceUserData
{
    /// <summary>
    /// A shell script appending <c>ECS_CLUSTER=<paramref name="clusterName"/></c> and <paramref name="agentSettings"/>
    /// (sorted by key) to <c>/etc/ecs/ecs.config</c>, which the ECS agent reads when it starts.
    /// </summary>
    /// <param name="clusterName">The cluster's name, exactly as ECS knows it (letters, digits, hyphens, underscores; up to 255).</param>
    /// <param name="agentSettings">Other agent settings, such as <c>ECS_ENABLE_CONTAINER_METADATA=true</c>: keys <c>ECS_*</c>, values on one line.</param>
    /// <exception cref="ArgumentException">The name is not a cluster name, a key is not an <c>ECS_*</c> setting or is ECS_CLUSTER, or a value spans lines.</exception>
    /// <remarks>
    /// The agent reads the file line by line as KEY=VALUE with no quoting, so values are written as they are; the
    /// script writes them through a quoted here-document, so the shell expands nothing in them.
    /// </remarks>
    public static string ForCluster(string clusterName, IReadOnlyDictionary<string, string>? agentSettings = null)
    {
        ArgumentNullException.ThrowIfNull(clusterName);
        if (!ClusterName().IsMatch(clusterName))
        {
            throw new ArgumentException(
                $"'{clusterName}' is not an ECS cluster name: use 1 to 255 letters, digits, hyphens and underscores.", nameof(clusterName));
        }
        var lines = new List<string> { "ECS_CLUSTER=" + clusterName };
        foreach (var (key, value) in (agentSettings ?? new Dictionary<string, string>()).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (key == "ECS_CLUSTER")
            {
                throw new ArgumentException("ECS_CLUSTER comes from the cluster name; leave it out of the agent settings.", nameof(agentSettings));
            }
            if (!SettingKey().IsMatch(key))
            {
                throw new ArgumentException($"'{key}' is not an ECS agent setting: agent settings are named ECS_ followed by capitals, digits and underscores.", nameof(agentSettings));
            }
            if (value is null || value.Any(char.IsControl))
            {
                throw new ArgumentException($"The value of {key} must be text on one line (ecs.config holds one setting per line).", nameof(agentSettings));
            }
            lines.Add($"{key}={value}");
        }
        var script = new StringBuilder();
        script.Append("#!/bin/bash\n");
        script.Append("mkdir -p /etc/ecs\n");
        script.Append("cat >> /etc/ecs/ecs.config <<'ECSKIT_EOF'\n");
        foreach (var line in lines)
        {
            script.Append(line).Append('\n');
        }
        script.Append("ECSKIT_EOF\n");
        return script.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex ClusterName();

    [GeneratedRegex("^ECS_[A-Z0-9_]+$")]
    private static partial Regex SettingKey();
}
