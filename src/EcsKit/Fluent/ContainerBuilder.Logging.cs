namespace EcsKit;

public sealed partial class ContainerBuilder
{
    /// <summary>Any log driver with its options (<c>logConfiguration</c>).</summary>
    public ContainerBuilder Logging(LogDriver driver, IReadOnlyDictionary<string, string>? options = null, IEnumerable<Secret>? secretOptions = null) =>
        With(c => c with
        {
            LogConfiguration = new LogConfiguration
            {
                LogDriver = driver,
                Options = options is null ? null : new Dictionary<string, string>(options, StringComparer.Ordinal),
                SecretOptions = secretOptions?.ToList(),
            },
        });

    /// <summary>Sends output to CloudWatch Logs through the <c>awslogs</c> driver.</summary>
    /// <param name="group">The log group (<c>awslogs-group</c>).</param>
    /// <param name="region">The region of the log group (<c>awslogs-region</c>).</param>
    /// <param name="streamPrefix">Stream name prefix (<c>awslogs-stream-prefix</c>; required on Fargate).</param>
    /// <param name="createGroup">Creates the group when missing (<c>awslogs-create-group</c>; needs logs:CreateLogGroup).</param>
    /// <param name="nonBlocking">Buffers instead of blocking the container when CloudWatch is slow (<c>mode=non-blocking</c>).</param>
    public ContainerBuilder AwsLogs(string group, string region, string? streamPrefix = null, bool createGroup = false, bool nonBlocking = false)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["awslogs-group"] = Guard.NotEmpty(group, Owner, nameof(group)),
            ["awslogs-region"] = Guard.NotEmpty(region, Owner, nameof(region)),
        };
        if (streamPrefix is not null)
        {
            options["awslogs-stream-prefix"] = streamPrefix;
        }
        if (createGroup)
        {
            options["awslogs-create-group"] = "true";
        }
        if (nonBlocking)
        {
            options["mode"] = "non-blocking";
        }
        return Logging(LogDriver.Awslogs, options);
    }

    /// <summary>Sends output to the task's FireLens log router (<c>awsfirelens</c> driver) with the router's output options, such as <c>Name=cloudwatch</c>.</summary>
    public ContainerBuilder FireLensLogs(IReadOnlyDictionary<string, string> options, IEnumerable<Secret>? secretOptions = null) =>
        Logging(LogDriver.Awsfirelens, options, secretOptions);

    /// <summary>Keeps output in Docker's <c>json-file</c> driver, rotated at <paramref name="maxSize"/> (such as <c>10m</c>) over <paramref name="maxFiles"/> files.</summary>
    public ContainerBuilder JsonFileLogs(string? maxSize = null, int? maxFiles = null)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (maxSize is not null)
        {
            options["max-size"] = maxSize;
        }
        if (maxFiles is { } files)
        {
            options["max-file"] = Guard.Positive(files, Owner, nameof(maxFiles)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Logging(LogDriver.JsonFile, options.Count == 0 ? null : options);
    }

    /// <summary>Makes this container the task's FireLens log router (<c>firelensConfiguration</c>).</summary>
    public ContainerBuilder FireLensRouter(FirelensConfigurationType type = FirelensConfigurationType.Fluentbit, IReadOnlyDictionary<string, string>? options = null) =>
        With(c => c with
        {
            FirelensConfiguration = new FirelensConfiguration
            {
                Type = type,
                Options = options is null ? null : new Dictionary<string, string>(options, StringComparer.Ordinal),
            },
        });
}
