using System.Security.Cryptography;
using System.Text;

namespace EcsKit.Docker.Tasks;

/// <summary>A short hash of a task definition's ECS JSON, to tell whether what runs is what is declared.</summary>
internal static class DefinitionHashes
{
    public static string Of(TaskDefinition definition) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EcsJson.Serialize(definition))))[..16];
}
