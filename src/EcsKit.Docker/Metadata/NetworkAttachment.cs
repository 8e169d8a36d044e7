namespace EcsKit.Docker.Metadata;

/// <summary>A container network namespace's attachment to one Docker network.</summary>
/// <param name="Network">The Docker network name.</param>
/// <param name="IPv4Address">The address on that network.</param>
/// <param name="PrefixLength">The subnet prefix length of the address.</param>
/// <param name="MacAddress">The interface's MAC address, when Docker gives one.</param>
/// <param name="Gateway">The network's gateway address, when it has one.</param>
internal sealed record NetworkAttachment(string Network, string IPv4Address, int PrefixLength, string? MacAddress, string? Gateway);
