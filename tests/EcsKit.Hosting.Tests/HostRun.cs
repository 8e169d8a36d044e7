using System.Text;

namespace EcsKit.Hosting.Tests;

/// <summary>Runs an application's command line in-process and captures what it writes.</summary>
internal sealed record HostRun(int ExitCode, string Output, string Error)
{
    public static async Task<HostRun> Of(EcsApp app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EcsAppHost.RunAsync(app, args, HostConsole.Plain(output, error), CancellationToken.None);
        return new HostRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Starts a verb that runs until cancelled (foreground <c>up</c>); its output can be read while it runs.</summary>
    public static Running Start(EcsApp app, params string[] args) => new(app, args);

    public static EcsApp SmallApp()
    {
        var app = new EcsApp("demo");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(80)));
        app.Cluster("main").Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-1"));
        return app;
    }

    /// <summary>A verb running in-process, with what it wrote so far.</summary>
    internal sealed class Running : IDisposable
    {
        private readonly LiveWriter _output = new();
        private readonly LiveWriter _error = new();
        private readonly CancellationTokenSource _stop = new();

        public Running(EcsApp app, string[] args) =>
            Exit = Task.Run(() => EcsAppHost.RunAsync(app, args, HostConsole.Plain(_output, _error), _stop.Token));

        public Task<int> Exit { get; }

        public string Output => _output.Text;

        public string Error => _error.Text;

        /// <summary>Waits until <paramref name="condition"/> holds; fails with everything written when it does not in time, or when the verb ended.</summary>
        public async Task UntilAsync(Func<Running, bool> condition, TimeSpan timeout, string what)
        {
            using var limit = new CancellationTokenSource(timeout);
            while (!condition(this))
            {
                if (Exit.IsCompleted)
                {
                    Assert.Fail($"The verb ended (exit code {await Exit}) before {what}.\nOutput:\n{Output}\nError:\n{Error}");
                }
                if (limit.IsCancellationRequested)
                {
                    Assert.Fail($"Not {what} after {timeout.TotalSeconds:0} s.\nOutput:\n{Output}\nError:\n{Error}");
                }
                await Task.Delay(100);
            }
        }

        /// <summary>What Ctrl+C does: cancels the verb's token.</summary>
        public async Task<int> StopAsync(TimeSpan timeout)
        {
            await _stop.CancelAsync();
            return await Exit.WaitAsync(timeout);
        }

        public void Dispose() => _stop.Dispose();
    }

    /// <summary>A writer that other threads may read while the verb writes to it.</summary>
    private sealed class LiveWriter : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_gate)
            {
                _text.Append(buffer, index, count);
            }
        }
    }
}
