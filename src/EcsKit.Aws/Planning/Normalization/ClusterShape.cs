namespace EcsKit.Aws;

/// <summary>How clusters are compared: settings, capacity providers, configuration and tags, as DescribeClusters returns them.</summary>
internal static class ClusterShape
{
    public static readonly ResourceShape Instance = new()
    {
        NotCompared = ["clusterName"],
        Normalizers =
        [
            new DefaultElement("settings", "{\"name\":\"containerInsights\",\"value\":\"disabled\"}"),
            new DefaultValue("configuration.executeCommandConfiguration.logging", "\"DEFAULT\""),
            new DefaultValue("defaultCapacityProviderStrategy[].base", "0"),
            new DefaultValue("defaultCapacityProviderStrategy[].weight", "0"),
            new Unordered("capacityProviders"),
            KeyedList.By("settings", "name", "value"),
            KeyedList.By("defaultCapacityProviderStrategy", "capacityProvider"),
            KeyedList.By("tags", "key", "value"),
        ],
        PairNormalizers =
        [
            // containerInsights follows the account setting when the cluster does not say.
            new UndeclaredElements("settings", "name"),
            // A Cloud Map namespace is given by name or ARN but described by ARN, which a name cannot be matched to offline.
            new NamespaceByName("serviceConnectDefaults.namespace"),
        ],
    };
}
