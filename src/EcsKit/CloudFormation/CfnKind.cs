namespace EcsKit.CloudFormation;

/// <summary>The JSON type of a member on either side of the mapping.</summary>
internal enum CfnKind
{
    /// <summary>Anything; copied as it is.</summary>
    Any,
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
    Map,
}
