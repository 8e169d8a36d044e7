using System.Collections.Generic;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers;

/// <summary>
/// Reads every task definition and service declared in one block of code (a method, a constructor, top-level
/// statements) into the facts of an application, with the source location of each fact.
/// </summary>
internal sealed class AppReader
{
    public const string AppType = "EcsKit.EcsApp";
    public const string ClusterBuilderType = "EcsKit.ClusterBuilder";

    private readonly Dictionary<IInvocationOperation, TaskFacts?> _tasks = new();
    private readonly Dictionary<ISymbol, IOperation> _assignments = new(SymbolEqualityComparer.Default);

    private AppReader()
    {
    }

    public AppFacts Facts { get; } = new();

    public SourceMap Map { get; } = new();

    /// <summary>
    /// True when a service refers to a task definition through a field or local this block does not assign, or
    /// names its cluster through something this block cannot follow: only the whole program can tell.
    /// </summary>
    public bool NeedsWholeProgram { get; private set; }

    /// <summary>Reads the declarations in <paramref name="blocks"/>; false when there are none.</summary>
    public static AppReader? Read(IEnumerable<IOperation> blocks)
    {
        var operations = blocks.SelectMany(b => b.DescendantsAndSelf()).ToList();
        // In the order they run: in a chain app.Cluster("c").Service("a", ...).Service("b", ...) the outer call (b)
        // comes first in the tree, but a runs first, and rules name the parties of a conflict in declaration order.
        var declarations = InRunOrder(operations.OfType<IInvocationOperation>().Where(i => Is(i, AppType, "TaskDefinition")));
        var services = InRunOrder(operations.OfType<IInvocationOperation>().Where(i => Is(i, ClusterBuilderType, "Service")));
        if (declarations.Count == 0 && services.Count == 0)
        {
            return null;
        }
        var reader = new AppReader();
        reader.Remember(operations);
        foreach (var declaration in declarations)
        {
            reader.Task(declaration);
        }
        var clusters = new Dictionary<string, ClusterFacts>(System.StringComparer.Ordinal);
        foreach (var declaration in services)
        {
            var cluster = reader.ClusterOf(declaration.Instance);
            var key = cluster.IsKnown ? cluster.Value : $"#{clusters.Count}";
            if (!clusters.TryGetValue(key, out var facts))
            {
                facts = new ClusterFacts { Path = $"clusters['{key}']", Name = cluster };
                clusters[key] = facts;
                reader.Facts.Clusters.Add(facts);
            }
            var name = Constants.String(BuilderCall.Of(declaration).Value("name"));
            var path = $"{facts.Path}.services['{(name.IsKnown ? name.Value : "#" + facts.Services.Count)}']";
            var service = ServiceReader.Read(declaration, cluster, path, reader.Map, reader.TaskOf);
            if (service is not null)
            {
                service.Task ??= reader.TaskNamed(service.TaskDefinition);
                facts.Services.Add(service);
            }
            else
            {
                facts.Services.IsComplete = false;
            }
        }
        return reader;
    }

    private TaskFacts? Task(IInvocationOperation declaration)
    {
        if (_tasks.TryGetValue(declaration, out var known))
        {
            return known;
        }
        _tasks[declaration] = null;
        var family = Constants.String(BuilderCall.Of(declaration).Value("family"));
        var path = $"taskDefinitions['{(family.IsKnown ? family.Value : "#" + _tasks.Count)}']";
        var facts = TaskDefinitionReader.Read(declaration, path, Map, DeclarationOf);
        _tasks[declaration] = facts;
        if (facts is not null)
        {
            Facts.TaskDefinitions.Add(facts);
        }
        else
        {
            Facts.TaskDefinitions.IsComplete = false;
        }
        return facts;
    }

    /// <summary>The <c>EcsApp.TaskDefinition</c> call a value comes from: the call itself, or a local or field it was stored in.</summary>
    private IInvocationOperation? DeclarationOf(IOperation value)
    {
        value = Unwrap(value);
        if (value is IInvocationOperation invocation && Is(invocation, AppType, "TaskDefinition"))
        {
            return invocation;
        }
        var symbol = value switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        return symbol is not null && _assignments.TryGetValue(symbol, out var assigned) ? DeclarationOf(assigned) : null;
    }

    private (Fact<string> Family, TaskFacts? Task) TaskOf(IOperation value)
    {
        var declaration = DeclarationOf(value);
        if (declaration is null)
        {
            NeedsWholeProgram = true;
            return (Fact<string>.Unknown, null);
        }
        var task = Task(declaration);
        return (task?.Family ?? Constants.String(BuilderCall.Of(declaration).Value("family")), task);
    }

    /// <summary>
    /// The task definition a service names by family, family:revision or ARN, when that family is declared in this
    /// block (the runtime finds it among the application's definitions the same way).
    /// </summary>
    private TaskFacts? TaskNamed(Fact<string> reference)
    {
        if (!reference.IsKnown)
        {
            return null;
        }
        var text = reference.Value;
        var family = text.Substring(text.LastIndexOf('/') + 1).Split(':')[0];
        var matches = Facts.TaskDefinitions.Where(t => t.Family.Is(family)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The cluster a <c>Service</c> call's receiver belongs to: <c>app.Cluster("x")</c>, a chain of <c>Service</c> calls, a <c>c =&gt; c.Service(...)</c> lambda or a local holding a cluster.</summary>
    private Fact<string> ClusterOf(IOperation? receiver)
    {
        for (var depth = 0; receiver is not null && depth < 64; depth++)
        {
            receiver = Unwrap(receiver);
            switch (receiver)
            {
                case IInvocationOperation call when Is(call, AppType, "Cluster"):
                    return Constants.String(BuilderCall.Of(call).Value("name"));
                case IInvocationOperation call when EcsTypes.Is(call.TargetMethod.ContainingType, ClusterBuilderType):
                    receiver = call.Instance;
                    continue;
                case IParameterReferenceOperation parameter:
                    var lambda = Enclosing<IAnonymousFunctionOperation>(parameter, l => SymbolEqualityComparer.Default.Equals(l.Symbol.Parameters.FirstOrDefault(), parameter.Parameter));
                    var owner = lambda is null ? null : Enclosing<IInvocationOperation>(lambda, _ => true);
                    return owner is not null && Is(owner, AppType, "Cluster") ? Constants.String(BuilderCall.Of(owner).Value("name")) : Fact<string>.Unknown;
                case ILocalReferenceOperation local when _assignments.TryGetValue(local.Local, out var assigned):
                    receiver = assigned;
                    continue;
                default:
                    return Fact<string>.Unknown;
            }
        }
        return Fact<string>.Unknown;
    }

    // Locals and fields assigned exactly once in the block are followed; one assigned twice is not.
    private void Remember(List<IOperation> operations)
    {
        var twice = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        void Note(ISymbol symbol, IOperation value)
        {
            if (!twice.Contains(symbol) && !_assignments.ContainsKey(symbol))
            {
                _assignments[symbol] = value;
            }
            else
            {
                _assignments.Remove(symbol);
                twice.Add(symbol);
            }
        }
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Note(declarator.Symbol, initializer.Value);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                    Note(local.Local, assignment.Value);
                    break;
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation field } assignment:
                    Note(field.Field, assignment.Value);
                    break;
                case IFieldInitializerOperation initializer:
                    foreach (var field in initializer.InitializedFields)
                    {
                        Note(field, initializer.Value);
                    }
                    break;
            }
        }
    }

    private static List<IInvocationOperation> InRunOrder(IEnumerable<IInvocationOperation> calls) =>
        calls.OrderBy(c => BuilderCall.Of(c).Location.SourceSpan.Start).ToList();

    private static T? Enclosing<T>(IOperation operation, System.Func<T, bool> match) where T : class, IOperation
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T found && match(found))
            {
                return found;
            }
        }
        return null;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }
        return operation;
    }

    private static bool Is(IInvocationOperation invocation, string type, string method) =>
        invocation.TargetMethod.Name == method && EcsTypes.Is(invocation.TargetMethod.ContainingType, type);
}
