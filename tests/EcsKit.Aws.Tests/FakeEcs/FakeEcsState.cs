using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>
/// A stateful, scriptable ECS for scenarios: clusters, task definition revisions, services with deployments and
/// events, tasks and container instances, answering the JSON 1.1 operations of <see cref="IEcsApi"/> the way ECS
/// does (shapes, epoch-seconds timestamps, error types). Time is simulated: every request moves the clock one
/// second, and a service progresses each time DescribeServices looks at it, as its <see cref="ServiceScript"/> says.
/// </summary>
/// <example><c>await using var ecs = new LoopbackEcs(state.Handle);</c></example>
public sealed partial class FakeEcsState
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";
    public const string ArnPrefix = "arn:aws:ecs:" + Region + ":" + Account + ":";

    private readonly Lock _lock = new();
    private readonly Random _random = new(7);
    private readonly Dictionary<string, ServiceScript> _scripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Tag>> _tags = new(StringComparer.Ordinal);
    private int _throttle;

    /// <summary>The simulated clock: starts 2025-11-25 09:00 UTC, one second more per request.</summary>
    public DateTimeOffset Now { get; private set; } = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Items per page of the List operations (unless the request asks for fewer).</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>DescribeServices calls of its service a running task takes to stop once a scale-in or deletion stops it (0: at once).</summary>
    public int StopDescribes { get; set; }

    /// <summary>The script of services that have none of their own.</summary>
    public ServiceScript DefaultScript { get; set; } = ServiceScript.StableAfter(2);

    public Dictionary<string, FakeCluster> Clusters { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<FakeTaskDefinition>> Families { get; } = new(StringComparer.Ordinal);

    public List<FakeService> Services { get; } = [];

    public List<FakeTask> Tasks { get; } = [];

    public List<FakeContainerInstance> ContainerInstances { get; } = [];

    /// <summary>Makes the next deployments of services named <paramref name="serviceName"/> follow <paramref name="script"/>.</summary>
    public void Script(string serviceName, ServiceScript script)
    {
        lock (_lock)
        {
            _scripts[serviceName] = script;
        }
    }

    /// <summary>Answers the next <paramref name="requests"/> requests with ThrottlingException.</summary>
    public void ThrottleNext(int requests)
    {
        lock (_lock)
        {
            _throttle = requests;
        }
    }

    /// <summary>Registers an EC2 container instance with <paramref name="cluster"/>.</summary>
    public FakeContainerInstance AddContainerInstance(string cluster, string ec2InstanceId, bool agentConnected, int runningTasksCount = 0)
    {
        lock (_lock)
        {
            var instance = new FakeContainerInstance($"{ArnPrefix}container-instance/{cluster}/{NewId()}", cluster, ec2InstanceId, agentConnected, runningTasksCount);
            ContainerInstances.Add(instance);
            return instance;
        }
    }

    /// <summary>Answers one request (the handler of <see cref="LoopbackEcs"/>).</summary>
    public EcsReply Handle(RecordedRequest request)
    {
        lock (_lock)
        {
            Now = Now.AddSeconds(1);
            if (_throttle > 0)
            {
                _throttle--;
                return EcsReply.Error("ThrottlingException", "Rate exceeded");
            }
            try
            {
                return EcsReply.Ok(Dispatch(request.Operation, request.Json));
            }
            catch (FakeEcsException e)
            {
                return EcsReply.Error(e.Type, e.Message);
            }
        }
    }

    private JsonObject Dispatch(string operation, JsonObject request) => operation switch
    {
        "CreateCluster" => CreateCluster(request),
        "DescribeClusters" => DescribeClusters(request),
        "DeleteCluster" => DeleteCluster(request),
        "RegisterTaskDefinition" => RegisterTaskDefinition(request),
        "DescribeTaskDefinition" => DescribeTaskDefinition(request),
        "ListTaskDefinitions" => ListTaskDefinitions(request),
        "DeregisterTaskDefinition" => DeregisterTaskDefinition(request),
        "CreateService" => CreateService(request),
        "UpdateService" => UpdateService(request),
        "DescribeServices" => DescribeServices(request),
        "DeleteService" => DeleteService(request),
        "ListServices" => ListServices(request),
        "RunTask" => RunTask(request),
        "StopTask" => StopTask(request),
        "DescribeTasks" => DescribeTasks(request),
        "ListTasks" => ListTasks(request),
        "ListContainerInstances" => ListContainerInstances(request),
        "DescribeContainerInstances" => DescribeContainerInstances(request),
        "DeregisterContainerInstance" => DeregisterContainerInstance(request),
        "TagResource" => TagResource(request),
        "ListTagsForResource" => ListTagsForResource(request),
        _ => throw new FakeEcsException("UnknownOperationException", $"The fake ECS does not implement {operation}."),
    };

    /// <summary>ECS timestamps: epoch seconds as a number with milliseconds.</summary>
    private static JsonValue Epoch(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000m);

    private string NewId() => string.Concat(Enumerable.Range(0, 16).Select(_ => _random.Next(256).ToString("x2", CultureInfo.InvariantCulture)));

    private string NewDeploymentId() => "ecs-svc/" + string.Concat(Enumerable.Range(0, 19).Select(_ => _random.Next(10).ToString(CultureInfo.InvariantCulture)));

    /// <summary>The last part of an ARN or the name itself.</summary>
    private static string NameOf(string nameOrArn) => nameOrArn.StartsWith("arn:", StringComparison.Ordinal) ? nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..] : nameOrArn;

    private static string Required(JsonObject request, string member) =>
        (string?)request[member] is { Length: > 0 } value ? value : throw FakeEcsException.InvalidParameter($"{member} is required.");

    private static List<string> Strings(JsonObject request, string member) =>
        (request[member] as JsonArray ?? []).Select(n => (string?)n ?? "").ToList();

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    /// <summary>One page of a List operation: nextToken is the offset, opaque to clients.</summary>
    private JsonObject Page(List<string> items, JsonObject request, string member)
    {
        var offset = 0;
        if ((string?)request["nextToken"] is { } token)
        {
            try
            {
                offset = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw FakeEcsException.InvalidParameter("Invalid token");
            }
        }
        var size = Math.Min(PageSize, (int?)request["maxResults"] ?? int.MaxValue);
        var response = new JsonObject { [member] = Array(items.Skip(offset).Take(size).Select(i => JsonValue.Create(i))) };
        if (offset + size < items.Count)
        {
            response["nextToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + size).ToString(CultureInfo.InvariantCulture)));
        }
        return response;
    }
}
