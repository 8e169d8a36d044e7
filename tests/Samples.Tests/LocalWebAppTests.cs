using EcsKit.Docker;
using Samples.LocalWebApp;

namespace Samples.Tests;

/// <summary>The local sample runs on the real engine: the web service answers on its published port, and the worker reaches it by name.</summary>
public sealed class LocalWebAppTests
{
    [Fact]
    public async Task The_web_service_answers_and_the_worker_reaches_it_by_name()
    {
        var app = NotesApp.Build($"notes-test-{Guid.NewGuid().ToString("N")[..6]}");
        await using var docker = await LocalDocker.ConnectAsync();
        try
        {
            await using var local = await docker.UpAsync(app);
            await local.WaitStableAsync(TimeSpan.FromSeconds(90));

            var web = local.Services.Single(s => s.ServiceName == "web").Tasks.Single();
            var port = web.Container("web").NetworkBindings.Single(b => b.ContainerPort == 80).HostPort;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            Assert.Contains("EcsKit", await http.GetStringAsync($"http://127.0.0.1:{port}/"));
            var metadata = await http.GetStringAsync($"http://127.0.0.1:{port}/task.json");
            Assert.Contains(web.TaskArn, metadata);

            var lines = new List<string>();
            using var enough = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await docker.FollowLogsAsync(app.Name, "worker", follow: true, line =>
                {
                    lines.Add(line.Text);
                    if (line.Text.Contains("backend says: <h1>EcsKit", StringComparison.Ordinal))
                    {
                        enough.Cancel();
                    }
                }, enough.Token);
            }
            catch (OperationCanceledException)
            {
            }
            Assert.Contains(lines, l => l.Contains("backend says: <h1>EcsKit", StringComparison.Ordinal));
        }
        finally
        {
            await docker.DownAsync(app.Name);
        }
    }
}
