using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers;

/// <summary>One call on an EcsKit builder, with its arguments by parameter name and where it stands in source.</summary>
internal sealed class BuilderCall
{
    private BuilderCall(IInvocationOperation invocation) => Invocation = invocation;

    public IInvocationOperation Invocation { get; }

    public string Name => Invocation.TargetMethod.Name;

    /// <summary>The method name token (<c>Port</c> in <c>.Port(80)</c>), where findings about the call are reported.</summary>
    public Location Location => Invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
        ? access.Name.GetLocation()
        : Invocation.Syntax.GetLocation();

    /// <summary>The argument for a parameter (the default value when the caller left it out), or null.</summary>
    public IOperation? Value(string parameter) =>
        Invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value;

    /// <summary>Where the caller wrote an argument, or the call itself when it was left out.</summary>
    public Location LocationOf(string parameter)
    {
        var argument = Invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter);
        return argument is { ArgumentKind: ArgumentKind.Explicit } ? argument.Syntax.GetLocation() : Location;
    }

    public bool Has(string parameter) =>
        Invocation.Arguments.Any(a => a.Parameter?.Name == parameter && a.ArgumentKind == ArgumentKind.Explicit);

    /// <summary>The lambda passed for a parameter, or null when something else (a method group, a variable) was passed.</summary>
    public IAnonymousFunctionOperation? Lambda(string parameter) => Unwrap(Value(parameter)) as IAnonymousFunctionOperation;

    /// <summary>
    /// The calls on a builder of type <paramref name="builderType"/> inside a lambda, in the order they run
    /// (a chain <c>td.A().B()</c> runs A first). Null when the order is not certain: a call under a condition or a
    /// loop, or the builder escaping into other code.
    /// </summary>
    public static List<BuilderCall>? InLambda(IAnonymousFunctionOperation lambda, string builderType)
    {
        var builder = lambda.Symbol.Parameters.FirstOrDefault();
        if (builder is null)
        {
            return null;
        }
        var calls = new List<BuilderCall>();
        foreach (var reference in lambda.Body.Descendants().OfType<IParameterReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Parameter, builder))
            {
                continue;
            }
            // Every use of the builder must be the start of a chain of its own calls: a builder stored in a
            // variable, passed to a method (extension methods included) or chosen by a condition may be
            // configured out of sight.
            if (reference.Parent is not IInvocationOperation first || first.Instance != reference)
            {
                return null;
            }
            IOperation link = first;
            while (true)
            {
                var invocation = (IInvocationOperation)link;
                if (!EcsTypes.Is(invocation.TargetMethod.ContainingType, builderType) || PlaceOf(invocation, lambda) == Place.Uncertain)
                {
                    return null;
                }
                calls.Add(new BuilderCall(invocation));
                if (link.Parent is IInvocationOperation next && next.Instance == link)
                {
                    link = next;
                    continue;
                }
                // The chain's result is the builder again: it must be dropped, not kept for later calls.
                if (link.Parent is not (IExpressionStatementOperation or IReturnOperation))
                {
                    return null;
                }
                break;
            }
        }
        return calls.OrderBy(c => c.Location.SourceSpan.Start).ToList();
    }

    private enum Place
    {
        Direct,
        Uncertain,
    }

    // A call runs exactly once, in source order, unless something between it and the lambda makes it conditional,
    // repeated or deferred.
    private static Place PlaceOf(IOperation invocation, IAnonymousFunctionOperation lambda)
    {
        for (var parent = invocation.Parent; parent is not null && parent != lambda; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation or IConditionalOperation or ILoopOperation
                or ISwitchOperation or ISwitchExpressionOperation or ITryOperation or ICoalesceOperation or ICoalesceAssignmentOperation
                or IConditionalAccessOperation or IBranchOperation or IThrowOperation
                or IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr })
            {
                return Place.Uncertain;
            }
        }
        return Place.Direct;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IDelegateCreationOperation or IConversionOperation)
        {
            operation = operation is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)operation).Operand;
        }
        return operation;
    }

    public static BuilderCall Of(IInvocationOperation invocation) => new(invocation);
}
