using EcsKit;
using EcsKit.Hosting.TestApp;

// Usage: EcsKit.Hosting.TestApp SHAPE NAME VERB [OPTIONS]: the first two arguments choose the application, the
// rest is its command line, the way a real program may take its own arguments before the verb.
if (args.Length < 2)
{
    await Console.Error.WriteLineAsync($"usage: EcsKit.Hosting.TestApp {string.Join('|', TestApps.Shapes)} NAME VERB [OPTIONS]");
    return 2;
}
return await TestApps.Build(args[0], args[1]).RunAsync(args[2..]);
