using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers;

/// <summary>
/// Reads argument values the way the rules need them: compile-time constants (literals, <c>const</c> fields,
/// constant concatenation and interpolation, enum members, <c>TimeSpan.FromSeconds(constant)</c>) are known,
/// <c>null</c> is absent, anything else is unknown and never guessed.
/// </summary>
internal static class Constants
{
    public static Fact<string> String(IOperation? value)
    {
        if (IsAbsent(value))
        {
            return Fact<string>.Absent;
        }
        var constant = Unwrap(value).ConstantValue;
        if (!constant.HasValue)
        {
            return Fact<string>.Unknown;
        }
        return constant.Value switch
        {
            null => Fact<string>.Absent,
            string text => Fact<string>.Of(text),
            _ => Fact<string>.Unknown,
        };
    }

    public static Fact<int> Int(IOperation? value)
    {
        if (IsAbsent(value))
        {
            return Fact<int>.Absent;
        }
        // An int passed to an int? parameter is wrapped in an implicit conversion that has no constant value itself.
        var constant = Unwrap(value).ConstantValue;
        if (!constant.HasValue)
        {
            return Fact<int>.Unknown;
        }
        return constant.Value switch
        {
            null => Fact<int>.Absent,
            int number => Fact<int>.Of(number),
            _ => Fact<int>.Unknown,
        };
    }

    public static Fact<bool> Bool(IOperation? value)
    {
        if (IsAbsent(value))
        {
            return Fact<bool>.Absent;
        }
        var constant = Unwrap(value).ConstantValue;
        return constant.HasValue && constant.Value is bool flag ? Fact<bool>.Of(flag)
            : constant.HasValue && constant.Value is null ? Fact<bool>.Absent
            : Fact<bool>.Unknown;
    }

    /// <summary>An enum argument as the ECS API string its member carries (<c>[JsonStringEnumMemberName("awsvpc")]</c>).</summary>
    public static Fact<string> Enum(IOperation? value)
    {
        if (IsAbsent(value))
        {
            return Fact<string>.Absent;
        }
        // The enum-typed constant may sit under implicit conversions (to a nullable enum), or above one (an
        // optional parameter's default value is stored as a number converted to the enum).
        INamedTypeSymbol? enumType = null;
        IOperation? operation = null;
        for (IOperation? current = value; current is not null; current = current is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : null)
        {
            var type = current.Type as INamedTypeSymbol;
            if (type is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            {
                type = type.TypeArguments[0] as INamedTypeSymbol;
            }
            if (type?.TypeKind == TypeKind.Enum && current.ConstantValue.HasValue)
            {
                enumType = type;
                operation = current;
                break;
            }
        }
        if (enumType is null || operation is null || operation.ConstantValue.Value is null)
        {
            return Fact<string>.Unknown;
        }
        var field = enumType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.HasConstantValue && Equals(Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture), Convert.ToInt64(operation.ConstantValue.Value, CultureInfo.InvariantCulture)));
        var name = field?.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.Name == "JsonStringEnumMemberNameAttribute")?
            .ConstructorArguments.FirstOrDefault().Value as string;
        return name is null ? Fact<string>.Unknown : Fact<string>.Of(name);
    }

    /// <summary>A <c>TimeSpan</c> argument in whole seconds: <c>TimeSpan.FromSeconds(10)</c>, <c>FromMinutes(1)</c>, <c>TimeSpan.Zero</c>.</summary>
    public static Fact<int> Seconds(IOperation? value)
    {
        if (value is null)
        {
            return Fact<int>.Absent;
        }
        var operation = Unwrap(value);
        if (IsAbsent(operation))
        {
            return Fact<int>.Absent;
        }
        if (operation is IFieldReferenceOperation { Field: { Name: "Zero", ContainingType.Name: "TimeSpan" } })
        {
            return Fact<int>.Of(0);
        }
        if (operation is IInvocationOperation { TargetMethod.ContainingType.Name: "TimeSpan", Arguments.Length: 1 } call
            && call.Arguments[0].Value.ConstantValue is { HasValue: true } constant)
        {
            double amount;
            try
            {
                amount = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is InvalidCastException or FormatException)
            {
                return Fact<int>.Unknown;
            }
            var seconds = call.TargetMethod.Name switch
            {
                "FromSeconds" => amount,
                "FromMinutes" => amount * 60,
                "FromHours" => amount * 3600,
                "FromMilliseconds" => amount / 1000,
                _ => double.NaN,
            };
            return !double.IsNaN(seconds) && seconds == Math.Floor(seconds) && seconds <= int.MaxValue && seconds >= int.MinValue
                ? Fact<int>.Of((int)seconds)
                : Fact<int>.Unknown;
        }
        return Fact<int>.Unknown;
    }

    /// <summary>The strings of a <c>params string[]</c> argument or a collection; each may be unknown, and the list is unknown when it is not written out.</summary>
    public static FactList<Fact<string>> Strings(IOperation? value)
    {
        if (value is null)
        {
            return new FactList<Fact<string>>();
        }
        var operation = Unwrap(value);
        if (operation is IArrayCreationOperation { Initializer: { } initializer })
        {
            return new FactList<Fact<string>>(initializer.ElementValues.Select(String));
        }
        if (operation.ConstantValue is { HasValue: true, Value: null })
        {
            return new FactList<Fact<string>>();
        }
        return new FactList<Fact<string>>(isComplete: false);
    }

    /// <summary>The enum members of a <c>params</c> array argument as their ECS API strings; the list is unknown when it is not written out.</summary>
    public static FactList<Fact<string>> Enums(IOperation? value)
    {
        if (value is null)
        {
            return new FactList<Fact<string>>();
        }
        var operation = Unwrap(value);
        if (operation is IArrayCreationOperation { Initializer: { } initializer })
        {
            return new FactList<Fact<string>>(initializer.ElementValues.Select(Enum));
        }
        return new FactList<Fact<string>>(isComplete: false);
    }

    /// <summary>The ints of a collection argument written out as an array (<c>new[] { 1, 2 }</c>); unknown otherwise.</summary>
    public static FactList<Fact<int>> Ints(IOperation? value)
    {
        if (IsAbsent(value))
        {
            return new FactList<Fact<int>>();
        }
        var operation = Unwrap(value);
        if (operation is IArrayCreationOperation { Initializer: { } initializer })
        {
            return new FactList<Fact<int>>(initializer.ElementValues.Select(Int));
        }
        return new FactList<Fact<int>>(isComplete: false);
    }

    /// <summary>Nothing given: no argument, <c>null</c>, or the <c>null</c>/<c>default</c> of an optional nullable parameter.</summary>
    private static bool IsAbsent([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] IOperation? value)
    {
        if (value is null)
        {
            return true;
        }
        var operation = Unwrap(value);
        return operation.ConstantValue is { HasValue: true, Value: null }
            || operation is IDefaultValueOperation && (operation.Type is { IsReferenceType: true } || operation.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T);
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }
        return operation;
    }
}
