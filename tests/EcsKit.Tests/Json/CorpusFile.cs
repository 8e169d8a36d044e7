using Xunit.Abstractions;

namespace EcsKit.Tests.Json;

/// <summary>A corpus file as a theory argument, shown by its full folder/file name in test results.</summary>
public sealed class CorpusFile : IXunitSerializable
{
    public CorpusFile()
    {
        Key = "";
    }

    public CorpusFile(string key)
    {
        Key = key;
    }

    /// <summary>folder/file name under the shared corpus.</summary>
    public string Key { get; private set; }

    public string Folder => Key.Split('/')[0];

    public string FullPath => SharedData.Require(["corpus", .. Key.Split('/')]);

    public void Deserialize(IXunitSerializationInfo info) => Key = info.GetValue<string>(nameof(Key));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Key), Key);

    public override string ToString() => Key;
}
