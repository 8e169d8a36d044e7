using System.Globalization;

namespace EcsKit.Docker.Metadata;

/// <summary>Timestamps as the ECS agent writes them (Go's RFC3339Nano of a UTC time), which clients of the endpoint parse.</summary>
internal static class Rfc3339
{
    /// <summary>UTC with a <c>Z</c>, the fraction without trailing zeros and no fraction at all when it is zero, as Go writes it.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z";
}
