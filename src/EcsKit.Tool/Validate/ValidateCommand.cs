using System.CommandLine;
using System.Diagnostics;
using EcsKit.Rules;
using EcsKit.Tool.Reports;

namespace EcsKit.Tool.Validate;

/// <summary><c>ecskit validate</c>: checks task-definition and service JSON files against every rule.</summary>
internal static class ValidateCommand
{
    public const int NoErrors = 0;
    public const int ErrorsFound = 1;
    public const int Unreadable = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "JSON files, or folders to search for *.json (register-task-definition input, describe-task-definition output, create-service input, describe-services output).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for people, json for scripts, sarif for code-scanning tools (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var suppress = new Option<string[]>("--suppress")
        {
            Description = "Rule ids to turn off, such as ECS0044 (repeat the option or separate ids with commas).",
            AllowMultipleArgumentsPerToken = true,
        };
        var severity = new Option<string[]>("--severity")
        {
            Description = "Severity overrides as ID=error|warning|info|none, such as ECS0008=error.",
            AllowMultipleArgumentsPerToken = true,
        };
        var local = new Option<bool>("--local") { Description = "Also check what breaks when every service runs on one local Docker host (ECS0011)." };
        var reserved = new Option<int[]>("--reserved-port")
        {
            Description = "Host ports your container instances reserve besides ECS's own (ECS_RESERVED_PORTS).",
            AllowMultipleArgumentsPerToken = true,
        };
        var timing = new Option<bool>("--timing") { Description = "Print how long reading and checking took (to standard error)." };

        var command = new Command("validate", "Check ECS task-definition and service JSON files. Exit code 0: no errors; 1: errors found; 2: a file could not be read or parsed.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { format, suppress, severity, local, reserved, timing })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new RuleOptions { LocalDocker = result.GetValue(local) };
            options.ReservedHostPorts.AddRange(result.GetValue(reserved) ?? []);
            if (!TryApply(options, result.GetValue(suppress), result.GetValue(severity), out var problem))
            {
                await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return Unreadable;
            }
            var clock = Stopwatch.StartNew();
            var files = InputFile.Find(result.GetValue(paths) ?? [], out var missing);
            var (reports, skipped) = ValidationRun.Run(files, options);
            clock.Stop();
            foreach (var path in missing)
            {
                await error.WriteLineAsync($"error: {path}: no such file or folder").ConfigureAwait(false);
            }
            var text = result.GetValue(format) switch
            {
                "json" => JsonReport.Write(reports, skipped),
                "sarif" => SarifReport.Write(reports),
                _ => TextReport.Write(reports, skipped),
            };
            await output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(timing))
            {
                await error.WriteLineAsync($"validated {reports.Count} file(s) in {clock.Elapsed.TotalMilliseconds:0.0} ms").ConfigureAwait(false);
            }
            return missing.Count > 0 || reports.Any(r => r.Unreadable) ? Unreadable
                : reports.Any(r => r.Findings.Any(f => f.Severity == EcsSeverity.Error)) ? ErrorsFound
                : NoErrors;
        });
        return command;
    }

    private static bool TryApply(RuleOptions options, string[]? suppressed, string[]? severities, out string problem)
    {
        foreach (var id in (suppressed ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!RuleCatalog.Contains(id.ToUpperInvariant()))
            {
                problem = $"--suppress {id}: there is no such rule (ids run from ECS0001 to ECS0086)";
                return false;
            }
            options.Severities[id.ToUpperInvariant()] = RuleSeverity.None;
        }
        foreach (var entry in (severities ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || !RuleCatalog.Contains(parts[0].ToUpperInvariant())
                || !Enum.TryParse<RuleSeverity>(parts[1], ignoreCase: true, out var level) || !Enum.IsDefined(level))
            {
                problem = $"--severity {entry}: write ID=LEVEL with a rule id such as ECS0008 and a level of error, warning, info or none";
                return false;
            }
            options.Severities[parts[0].ToUpperInvariant()] = level;
        }
        problem = "";
        return true;
    }
}
