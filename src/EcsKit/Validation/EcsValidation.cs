using EcsKit.Rules;

namespace EcsKit;

/// <summary>Checks definitions against EcsKit's rules (the same rules the analyzers run in the IDE), reporting every finding at once.</summary>
public static class EcsValidation
{
    /// <summary>Checks one task definition.</summary>
    public static EcsValidationResult Validate(this TaskDefinition taskDefinition, EcsValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(taskDefinition);
        return Result($"task definition '{taskDefinition.Family}'", RuleRunner.Run(ModelFacts.Task(taskDefinition), options?.Rules));
    }

    /// <summary>Checks one service, against the task definition it runs when given (paths of the task definition then start with <c>taskDefinition</c>).</summary>
    public static EcsValidationResult Validate(this Service service, TaskDefinition? taskDefinition = null, EcsValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        var task = taskDefinition is null ? null : ModelFacts.Task(taskDefinition, "taskDefinition");
        var diagnostics = new List<RuleDiagnostic>();
        if (task is not null)
        {
            diagnostics.AddRange(RuleRunner.Run(task, options?.Rules));
        }
        diagnostics.AddRange(RuleRunner.Run(ModelFacts.Service(service, task), options?.Rules));
        return Result($"service '{service.ServiceName}'", diagnostics);
    }

    /// <summary>Checks a whole application: every task definition, every service against its task definition, and the services of each cluster together.</summary>
    public static EcsValidationResult Validate(this EcsApp app, EcsValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Result($"application '{app.Name}'", RuleRunner.Run(ModelFacts.App(app), options?.Rules));
    }

    internal static EcsDiagnostic ToPublic(RuleDiagnostic d) =>
        new(d.Id, (EcsSeverity)(int)d.Severity, d.Message, d.Path, d.AdditionalPaths);

    private static EcsValidationResult Result(string subject, IEnumerable<RuleDiagnostic> diagnostics) =>
        new(subject, diagnostics.Select(ToPublic));
}
