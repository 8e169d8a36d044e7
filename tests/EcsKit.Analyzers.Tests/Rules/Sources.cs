namespace EcsKit.Analyzers.Tests.Rules;

/// <summary>Wraps fluent EcsKit code into a whole program, so that each test shows only the definition it is about.</summary>
internal static class Sources
{
    private const string Header = """
        using System;
        using EcsKit;

        var app = new EcsApp("shop");

        """;

    /// <summary>A program declaring task definition 'web' configured by <paramref name="configure"/> (the chain after <c>td</c>).</summary>
    public static string Task(string configure) => Header + "app.TaskDefinition(\"web\", td => td" + configure + ");\n";

    /// <summary>A program made of <paramref name="statements"/> after <c>var app = new EcsApp("shop");</c>.</summary>
    public static string Program(string statements) => Header + statements + "\n";
}
