using System.Reflection;

namespace EcsKit.Tests.Conformance;

/// <summary>The C# model against the ECS API model: every type, member, kind and required flag.</summary>
public sealed class ModelConformanceTests
{
    private static readonly EcsModelExtract Model = EcsModelExtract.Committed;

    public static TheoryData<string> ModelTypeNames { get; } = new(ModelTypes.Records.Select(t => t.Name));

    [Fact]
    public void Every_model_type_stands_for_a_structure_of_the_ECS_model()
    {
        var unmapped = ModelTypes.Records
            .Where(t => !Model.Shapes.TryGetValue(ModelTypes.ShapeName(t), out var shape) || !shape.IsStructure || shape.Document)
            .Select(t => $"{t.Name} (shape {ModelTypes.ShapeName(t)})")
            .ToList();

        Assert.Empty(unmapped);
        Assert.Equal(ModelTypes.Records.Count, ModelTypes.Records.Select(ModelTypes.ShapeName).Distinct().Count());
    }

    [Fact]
    public void Every_structure_of_the_ECS_model_has_a_model_type()
    {
        var missing = Model.Shapes.Values
            .Where(s => s.IsStructure && !s.Document && ModelTypes.RecordForShape(s.Name) is null)
            .Select(s => s.Name)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_enumeration_stands_for_an_enum_shape_with_the_same_values_in_the_same_order()
    {
        var enumShapes = Model.Shapes.Values.Where(s => s.IsEnum).Select(s => s.Name).ToList();
        var problems = ModelTypes.Enums
            .Select(t => ShapeKinds.Mismatch(t, t.Name, Model))
            .OfType<string>()
            .ToList();

        Assert.Empty(problems);
        Assert.Equal(enumShapes, ModelTypes.Enums.Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Every_property_is_a_member_of_the_shape_with_the_matching_kind(string typeName)
    {
        var type = ModelTypes.Record(typeName);
        var shape = Model.Shape(ModelTypes.ShapeName(type));

        var problems = ModelTypes.JsonProperties(type)
            .Select(p => shape.TargetOf(p.Name) is { } target
                ? ShapeKinds.Mismatch(p.PropertyType, target, Model) is { } mismatch ? $"{p.Name}: {mismatch}" : null
                : $"{p.Name}: {shape.Name} has no such member")
            .OfType<string>()
            .ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Every_member_of_the_shape_is_modelled(string typeName)
    {
        var type = ModelTypes.Record(typeName);
        var modelled = ModelTypes.JsonProperties(type).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var missing = Model.Shape(ModelTypes.ShapeName(type)).Members.Select(m => m.Name).Where(m => !modelled.Contains(m)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Required_members_are_exactly_the_required_properties(string typeName)
    {
        var type = ModelTypes.Record(typeName);

        var required = ModelTypes.JsonProperties(type).Where(p => p.IsRequired).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(Model.Shape(ModelTypes.ShapeName(type)).Required.Order(StringComparer.Ordinal), required);
    }

    // An optional member that cannot be null would always be written (the serializer omits only nulls), and a
    // required one that can be null would let a model in code lack what ECS requires.
    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Optional_properties_are_nullable_and_required_ones_are_not(string typeName)
    {
        var type = ModelTypes.Record(typeName);
        var nullability = new NullabilityInfoContext();

        var wrong = ModelTypes.JsonProperties(type)
            .Where(p => p.IsRequired == (nullability.Create(ModelTypes.ClrProperty(type, p)).WriteState == NullabilityState.Nullable))
            .Select(p => $"{p.Name} ({(p.IsRequired ? "required" : "optional")} {ShapeKinds.Display(p.PropertyType)})")
            .ToList();

        Assert.Empty(wrong);
    }
}
