using System.CommandLine;

namespace EcsKit.Hosting.Verbs;

/// <summary>One verb of the application's command line (synth, and later validate, up, deploy ...).</summary>
internal interface IVerb
{
    Command Create(EcsApp app, HostConsole console);
}
