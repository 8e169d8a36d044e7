namespace EcsKit.Rules;

/// <summary>
/// ECS0082: an environment variable that holds a secret in plain text: a secret-sounding name with a literal value, or
/// a value that is an AWS access key id or a private key. Messages name the variable, never its value.
/// </summary>
internal static class Ecs0082PlaintextSecret
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            foreach (var variable in container.Environment)
            {
                if (!variable.Name.IsKnown || !variable.Value.IsKnown)
                {
                    continue;
                }
                var kind = SecretLikeness.CredentialInValue(variable.Value.Value);
                string what;
                if (kind is not null)
                {
                    what = " holds what looks like " + kind;
                }
                else if (SecretLikeness.NameLooksSecret(variable.Name.Value) && SecretLikeness.IsLiteralSecretValue(variable.Value.Value))
                {
                    what = " has a name that suggests a secret and a literal value";
                }
                else
                {
                    continue;
                }
                context.Report(
                    RuleIds.PlaintextSecret,
                    variable.Member("value"),
                    "Environment variable '" + variable.Name.Value + "' of container '" + container.Name.Or("?") + "'" + what
                    + "; environment values are stored in plain text in the task definition, so pass it through secrets (Secrets Manager or SSM Parameter Store).");
            }
        }
    }
}
