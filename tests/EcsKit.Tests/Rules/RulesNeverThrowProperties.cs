using System.Reflection;
using CsCheck;
using EcsKit.Rules;
using EcsKit.Tests.Json;

namespace EcsKit.Tests.Rules;

/// <summary>No rule throws, whatever the definitions, and whatever part of them is unknown (as in source code the analyzers read).</summary>
public sealed class RulesNeverThrowProperties
{
    private const int Iterations = 300;

    private static readonly Gen<EcsApp> Apps =
        Gen.Select(TaskDefinitionGenerators.TaskDefinition.Array[1, 4], ServiceGenerators.Service.Array[0, 4], Gen.Int[0, 2], (tasks, services, clusters) =>
        {
            var app = new EcsApp("random");
            var families = new List<string>();
            for (var i = 0; i < tasks.Length; i++)
            {
                families.Add(app.Add(tasks[i] with { Family = $"{tasks[i].Family}-{i}" }).Family);
            }
            for (var i = 0; i < services.Length; i++)
            {
                var service = services[i];
                var name = $"{service.ServiceName}-{i}";
                var cluster = $"cluster-{i % (clusters + 1)}";
                var family = families[i % families.Count];
                app.Cluster(cluster).Service(name, s => s.With(_ => service with { ServiceName = name, Cluster = cluster, TaskDefinition = family }));
            }
            return app;
        });

    private static EcsValidationOptions EverythingOn()
    {
        var options = new EcsValidationOptions { LocalDocker = true };
        foreach (var rule in RuleCatalog.All)
        {
            options.SetSeverity(rule.Id, EcsSeverity.Info);
        }
        options.ReservedHostPorts.Add(8080);
        return options;
    }

    [Fact]
    public void Validating_random_applications_never_throws_and_every_finding_is_well_formed() =>
        Apps.Sample(app =>
        {
            var result = app.Validate(EverythingOn());

            Assert.All(result.Diagnostics, d =>
            {
                Assert.True(RuleCatalog.Contains(d.Id), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Message), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Path), d.Id);
            });
        }, iter: Iterations);

    [Fact]
    public void Rules_never_throw_when_facts_are_unknown() =>
        Gen.Select(Apps, Gen.Int).Sample((app, seed) =>
        {
            var facts = ModelFacts.App(app);
            Unknowns.Scatter(facts, new Random(seed));

            RuleRunner.Run(facts, EverythingOn().Rules);
        }, iter: Iterations);

    /// <summary>Turns a random share of the facts into unknowns and marks some lists incomplete, by reflection over the facts classes.</summary>
    private static class Unknowns
    {
        public static void Scatter(object facts, Random random)
        {
            foreach (var property in facts.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                var type = property.PropertyType;
                var value = property.GetValue(facts);
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fact<>))
                {
                    if (random.Next(3) == 0)
                    {
                        property.SetValue(facts, type.GetProperty(nameof(Fact<int>.Unknown), BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
                    }
                }
                else if (value is System.Collections.IEnumerable items and not string)
                {
                    if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FactList<>) && random.Next(4) == 0)
                    {
                        type.GetProperty(nameof(FactList<int>.IsComplete))!.SetValue(value, false);
                    }
                    foreach (var item in items.Cast<object>().Where(i => i is not null && i.GetType().Namespace == typeof(TaskFacts).Namespace && !i.GetType().IsValueType))
                    {
                        Scatter(item, random);
                    }
                }
                else if (value is not null && type.Namespace == typeof(TaskFacts).Namespace && type.IsClass)
                {
                    Scatter(value, random);
                }
            }
        }
    }
}
