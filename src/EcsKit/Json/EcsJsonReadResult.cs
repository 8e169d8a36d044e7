namespace EcsKit;

/// <summary>What <see cref="EcsJson"/> read from a JSON text, and what it left out on the way.</summary>
/// <typeparam name="T">The model type read.</typeparam>
/// <param name="Value">The definition, in the shape of the ECS API's create/register input.</param>
/// <param name="Path">Where in the text the definition stood: <c>$</c> for API input, <c>$.taskDefinition</c> (and the like) for describe output.</param>
/// <param name="ReadOnlyMembers">Members the input carried that ECS reports but never takes as input (such as <c>revision</c> or <c>status</c>); they are not written back.</param>
public sealed record EcsJsonReadResult<T>(T Value, string Path, IReadOnlyList<string> ReadOnlyMembers);
