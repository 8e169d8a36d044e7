using System;
using System.Globalization;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers;

/// <summary>
/// Builds the facts of a task definition from <c>app.TaskDefinition("family", [template,] td => ...)</c>, applying
/// the builder's calls in the order they run. A definition whose configuration cannot be followed (a call EcsKit
/// does not model here such as <c>With</c>, a call under a condition, a builder passed elsewhere) is not analyzed.
/// </summary>
internal static class TaskDefinitionReader
{
    public const string BuilderType = "EcsKit.TaskDefinitionBuilder";

    /// <summary>The facts, or null when the definition cannot be followed.</summary>
    /// <param name="declaration">The <c>EcsApp.TaskDefinition</c> call.</param>
    /// <param name="path">The path the facts get, such as <c>taskDefinitions['web']</c>.</param>
    /// <param name="map">Where the source locations go.</param>
    /// <param name="template">Finds the declaration a template argument comes from.</param>
    public static TaskFacts? Read(IInvocationOperation declaration, string path, SourceMap map, Func<IOperation, IInvocationOperation?> template)
    {
        var call = BuilderCall.Of(declaration);
        var facts = new TaskFacts { Path = path, Family = Constants.String(call.Value("family")) };
        map.Add(path, call.Location);
        map.Add(facts.Member("family"), call.LocationOf("family"));
        if (call.Has("template") && call.Value("template") is { } templateArgument && !Constants.String(templateArgument).IsAbsent)
        {
            var source = template(templateArgument);
            if (source is null || !Apply(source, facts, map, template, depth: 1))
            {
                return null;
            }
        }
        return Apply(declaration, facts, map, template, depth: 0) ? facts : null;
    }

    private static bool Apply(IInvocationOperation declaration, TaskFacts facts, SourceMap map, Func<IOperation, IInvocationOperation?> template, int depth)
    {
        var call = BuilderCall.Of(declaration);
        if (depth > 8)
        {
            return false;
        }
        if (depth > 0 && call.Has("template") && !Constants.String(call.Value("template")).IsAbsent)
        {
            var source = call.Value("template") is { } argument ? template(argument) : null;
            if (source is null || !Apply(source, facts, map, template, depth + 1))
            {
                return false;
            }
        }
        var lambda = call.Lambda("configure");
        var calls = lambda is null ? null : BuilderCall.InLambda(lambda, BuilderType);
        if (calls is null)
        {
            return false;
        }
        foreach (var builderCall in calls)
        {
            if (!ApplyCall(builderCall, facts, map))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ApplyCall(BuilderCall call, TaskFacts t, SourceMap map)
    {
        void Member(string member) => map.Add(t.Member(member), call.Location);
        switch (call.Name)
        {
            case "Fargate":
                t.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") });
                t.NetworkMode = "awsvpc";
                t.Cpu = Text(Constants.Int(call.Value("cpu")));
                t.Memory = Text(Constants.Int(call.Value("memoryMiB")));
                Member("requiresCompatibilities");
                Member("networkMode");
                map.Add(t.Member("cpu"), call.LocationOf("cpu"));
                map.Add(t.Member("memory"), call.LocationOf("memoryMiB"));
                return true;
            case "Ec2":
                t.RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("EC2") });
                t.NetworkMode = Constants.Enum(call.Value("networkMode"));
                Member("requiresCompatibilities");
                Member("networkMode");
                return true;
            case "NetworkMode": t.NetworkMode = Constants.Enum(call.Value("mode")); Member("networkMode"); return true;
            case "RequiresCompatibilities":
                t.RequiresCompatibilities = Constants.Enums(call.Value("compatibilities"));
                Member("requiresCompatibilities");
                return true;
            case "Cpu": t.Cpu = Text(Constants.Int(call.Value("units"))); Member("cpu"); return true;
            case "Memory": t.Memory = Text(Constants.Int(call.Value("mebibytes"))); Member("memory"); return true;
            case "TaskRole": t.TaskRoleArn = Constants.String(call.Value("roleArn")); Member("taskRoleArn"); return true;
            case "ExecutionRole": t.ExecutionRoleArn = Constants.String(call.Value("roleArn")); Member("executionRoleArn"); return true;
            case "RuntimePlatform":
                t.CpuArchitecture = Constants.Enum(call.Value("cpuArchitecture"));
                t.OperatingSystemFamily = Constants.Enum(call.Value("operatingSystemFamily"));
                Member("runtimePlatform");
                return true;
            case "EphemeralStorage": Member("ephemeralStorage"); return true;
            case "PidMode": t.PidMode = Constants.Enum(call.Value("mode")); Member("pidMode"); return true;
            case "IpcMode": t.IpcMode = Constants.Enum(call.Value("mode")); Member("ipcMode"); return true;
            case "EnableFaultInjection": Member("enableFaultInjection"); return true;
            case "Tag": Member("tags"); return true;
            case "AppMeshProxy": Member("proxyConfiguration"); return true;
            case "PlacementConstraint":
                var constraint = new PlacementConstraintFacts
                {
                    Path = $"{t.Member("placementConstraints")}[{t.PlacementConstraints.Count}]",
                    Type = "memberOf",
                    Expression = Constants.String(call.Value("expression")),
                };
                t.PlacementConstraints.Add(constraint);
                map.Add(constraint.Path, call.Location);
                return true;
            case "HostVolume": return Volume(call, t, map, v => v.HasHost = !Constants.String(call.Value("sourcePath")).IsAbsent);
            case "DockerVolume": return Volume(call, t, map, v => v.HasDockerVolumeConfiguration = true);
            case "EfsVolume": return Volume(call, t, map, v => v.HasEfsVolumeConfiguration = true);
            case "Volume":
                // A volume object is not read; it may replace a volume already declared under its name.
                if (t.Volumes.Count > 0)
                {
                    return false;
                }
                t.Volumes.IsComplete = false;
                Member("volumes");
                return true;
            case "Container": return Container(call, t, map);
            case "RemoveContainer":
                var name = Constants.String(call.Value("name"));
                if (!name.IsKnown)
                {
                    return false;
                }
                var kept = t.Containers.Where(c => !c.Name.Is(name.Value)).ToList();
                // Paths follow positions, so the remaining containers move up as they do in the built definition.
                t.Containers = new FactList<ContainerFacts>(kept, t.Containers.IsComplete);
                return kept.Count == 0 || Renumber(t);
            default:
                return false;
        }
    }

    private static bool Container(BuilderCall call, TaskFacts t, SourceMap map)
    {
        var name = Constants.String(call.Value("name"));
        if (!name.IsKnown && t.Containers.Count > 0)
        {
            // Container changes the container of that name when there is one: with an unknown name it is not
            // known whether this adds a container or changes one.
            return false;
        }
        var container = name.IsKnown ? t.Containers.FirstOrDefault(c => c.Name.Is(name.Value)) : null;
        if (container is null)
        {
            container = new ContainerFacts { Path = $"{t.Member("containerDefinitions")}[{t.Containers.Count}]", Name = name };
            t.Containers.Add(container);
            map.Add(container.Member("name"), call.LocationOf("name"));
        }
        // A container changed here (one copied from a template, say) is reported here, not at the template.
        map.Add(container.Path, call.Location);
        var lambda = call.Lambda("configure");
        var calls = lambda is null ? null : BuilderCall.InLambda(lambda, ContainerReader.BuilderType);
        return calls is not null && calls.All(c => ContainerReader.Apply(c, container, map));
    }

    // Volume replaces a volume of the same name, as the builder does; with an unknown name that is not certain.
    private static bool Volume(BuilderCall call, TaskFacts t, SourceMap map, Action<VolumeFacts> kind)
    {
        var name = Constants.String(call.Value("name"));
        if (!name.IsKnown && t.Volumes.Count > 0)
        {
            return false;
        }
        var kept = t.Volumes.Where(v => !v.Name.Is(name.Value)).ToList();
        var index = t.Volumes.ToList().FindIndex(v => v.Name.Is(name.Value));
        var volume = new VolumeFacts { Path = $"{t.Member("volumes")}[{(index < 0 ? t.Volumes.Count : index)}]", Name = name };
        kind(volume);
        if (index < 0)
        {
            t.Volumes.Add(volume);
        }
        else
        {
            kept.Insert(index, volume);
            t.Volumes = new FactList<VolumeFacts>(kept, t.Volumes.IsComplete);
        }
        map.Add(volume.Path, call.Location);
        return true;
    }

    // Removing a container from a template shifts the rest; their facts carry paths, so a removal is only
    // supported when it is the last container (the common "drop the sidecar" case).
    private static bool Renumber(TaskFacts t) =>
        t.Containers.Select((c, i) => c.Path == $"{t.Member("containerDefinitions")}[{i}]").All(same => same);

    private static Fact<string> Text(Fact<int> value) =>
        value.IsKnown ? Fact<string>.Of(value.Value.ToString(CultureInfo.InvariantCulture))
        : value.IsUnknown ? Fact<string>.Unknown
        : Fact<string>.Absent;
}
