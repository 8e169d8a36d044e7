namespace EcsKit;

/// <summary>Argument checks for the fluent builders, with messages that say which definition and what to do.</summary>
internal static class Guard
{
    public static string Name(string? value, string what, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"A {what} needs a non-empty name.", paramName);
        }
        return value;
    }

    public static string NotEmpty(string? value, string owner, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{owner}: {paramName} must not be empty.", paramName);
        }
        return value;
    }

    /// <summary>ECS takes durations in whole seconds; anything finer would be silently rounded, so it is refused.</summary>
    public static int Seconds(TimeSpan value, string owner, string paramName)
    {
        if (value < TimeSpan.Zero || value.Ticks % TimeSpan.TicksPerSecond != 0 || value.TotalSeconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{owner}: {paramName} must be a whole, non-negative number of seconds (ECS takes seconds), for example TimeSpan.FromSeconds(30).");
        }
        return (int)value.TotalSeconds;
    }

    public static int Positive(int value, string owner, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{owner}: {paramName} must be greater than zero.");
        }
        return value;
    }

    public static int Port(int value, string owner, string paramName)
    {
        if (value is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{owner}: {paramName} must be a port number from 0 to 65535.");
        }
        return value;
    }
}
