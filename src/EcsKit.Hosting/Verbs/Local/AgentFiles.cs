using System.Text;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// The background agent's files beside its owner file ($TMPDIR/ecskit/): <c>APP.log</c> receives everything it
/// writes, <c>APP.status</c> says <c>ready</c> once every service is stable or <c>failed</c> with the reason on the
/// lines after, which the waiting <c>up --detach</c> reads.
/// </summary>
internal sealed record AgentFiles(string Log, string Status)
{
    private const string ReadyText = "ready";
    private const string FailedText = "failed";

    public static AgentFiles For(string app)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ecskit");
        return new AgentFiles(Path.Combine(folder, $"{app}.log"), Path.Combine(folder, $"{app}.status"));
    }

    /// <summary>Before an agent starts: an empty log and no status.</summary>
    public void Reset()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Log)!);
        File.WriteAllText(Log, "");
        File.Delete(Status);
    }

    public void Ready() => Write(ReadyText);

    /// <summary>After the agent stopped the application on request: a leftover <c>ready</c> would say it still runs.</summary>
    public void Clear() => File.Delete(Status);

    public void Failed(string reason) => Write($"{FailedText}\n{reason}");

    /// <summary>Whether the agent is ready (true), failed (false, with the reason), or neither yet (null).</summary>
    public (bool? Ready, string? Reason) Read()
    {
        string text;
        try
        {
            text = File.ReadAllText(Status);
        }
        catch (FileNotFoundException)
        {
            return (null, null);
        }
        catch (DirectoryNotFoundException)
        {
            return (null, null);
        }
        if (text == ReadyText)
        {
            return (true, null);
        }
        return text.StartsWith(FailedText + "\n", StringComparison.Ordinal) ? (false, text[(FailedText.Length + 1)..]) : (null, null);
    }

    // Written aside and moved into place: the reader never sees half a status.
    private void Write(string text)
    {
        var partial = Status + ".partial";
        File.WriteAllText(partial, text, new UTF8Encoding(false));
        File.Move(partial, Status, overwrite: true);
    }
}
