namespace EcsKit;

/// <summary>How serious a validation finding is.</summary>
public enum EcsSeverity
{
    /// <summary>Worth knowing; ECS accepts the definition.</summary>
    Info = 1,

    /// <summary>Likely to cause trouble on ECS (a conflict under some conditions, a practice that hides failures).</summary>
    Warning = 2,

    /// <summary>ECS rejects the definition, or the tasks cannot run as written.</summary>
    Error = 3,
}
