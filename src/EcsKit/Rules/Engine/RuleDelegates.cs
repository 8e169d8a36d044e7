namespace EcsKit.Rules;

/// <summary>A rule over one task definition.</summary>
internal delegate void TaskRule(TaskFacts task, RuleContext context);

/// <summary>A rule over one service and the task definition it runs (null when unknown).</summary>
internal delegate void ServiceRule(ServiceFacts service, TaskFacts? task, RuleContext context);

/// <summary>A rule over the services of one cluster (they share container instances).</summary>
internal delegate void ClusterRule(ClusterFacts cluster, RuleContext context);

/// <summary>A rule over a whole application.</summary>
internal delegate void AppRule(AppFacts app, RuleContext context);
