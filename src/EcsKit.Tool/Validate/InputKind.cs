namespace EcsKit.Tool.Validate;

/// <summary>What a JSON file holds.</summary>
internal enum InputKind
{
    TaskDefinition,
    Service,
    Unknown,
}
