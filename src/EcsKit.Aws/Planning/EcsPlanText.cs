using System.Globalization;
using System.Text;

namespace EcsKit.Aws;

/// <summary>Writes a plan for people, one resource a line with its field changes under it, and a summary line.</summary>
/// <example>
/// <code>
/// ~ update task definition shop-web
///   ~ containerDefinitions['web'].image: "nginx:1.27" -> "nginx:1.28"
/// = unchanged service shop/web
///
/// Plan: 0 to create, 1 to update, 1 unchanged.
/// </code>
/// </example>
public static class EcsPlanText
{
    /// <summary>The plan as text: <c>+ create</c>, <c>~ update</c> with <c>+</c>/<c>-</c>/<c>~</c> field lines, <c>= unchanged</c>; lines end with <c>\n</c>.</summary>
    public static string Render(EcsPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        foreach (var change in plan.Changes)
        {
            text.Append(Symbol(change.Action)).Append(' ').Append(Verb(change.Action)).Append(' ')
                .Append(KindName(change.Kind)).Append(' ').Append(change.Name).Append('\n');
            foreach (var field in change.Fields)
            {
                text.Append("  ").Append(Field(field)).Append('\n');
            }
        }
        if (plan.Changes.Count > 0)
        {
            text.Append('\n');
        }
        var create = plan.Changes.Count(c => c.Action == EcsChangeAction.Create);
        var update = plan.Changes.Count(c => c.Action == EcsChangeAction.Update);
        var unchanged = plan.Changes.Count(c => c.Action == EcsChangeAction.Unchanged);
        text.Append(CultureInfo.InvariantCulture, $"Plan: {create} to create, {update} to update, {unchanged} unchanged.\n");
        return text.ToString();
    }

    private static string Field(EcsFieldChange field)
    {
        var line = (field.Before, field.After) switch
        {
            (null, { } after) => $"+ {field.Path}: {after}",
            ({ } before, null) => $"- {field.Path}: {before}",
            _ when field.Sensitive => $"~ {field.Path}: (sensitive value changed)",
            _ => $"~ {field.Path}: {field.Before} -> {field.After}",
        };
        return field.RequiresReplacement ? line + " (ECS cannot change this in place: needs a new resource)" : line;
    }

    private static char Symbol(EcsChangeAction action) => action switch
    {
        EcsChangeAction.Create => '+',
        EcsChangeAction.Update => '~',
        _ => '=',
    };

    private static string Verb(EcsChangeAction action) => action switch
    {
        EcsChangeAction.Create => "create",
        EcsChangeAction.Update => "update",
        _ => "unchanged",
    };

    private static string KindName(EcsResourceKind kind) => kind switch
    {
        EcsResourceKind.Cluster => "cluster",
        EcsResourceKind.TaskDefinition => "task definition",
        _ => "service",
    };
}
