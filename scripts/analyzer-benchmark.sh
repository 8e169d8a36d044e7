#!/usr/bin/env bash
# Measures what the EcsKit analyzers cost at compile time on a large definition.
#
#   scripts/analyzer-benchmark.sh [GROUPS] [RUNS] [PLAIN]
#
# PLAIN (default 0) adds that many files of ordinary application code (about 160 lines each: records, LINQ,
# string formatting, no EcsKit), to measure a project where the definitions are only part of the code.
#
# Packs EcsKit into a local feed, generates a console project with GROUPS methods (default 50) that each declare
# 10 task definitions and 10 services through the fluent API (500 + 500 by default), and compiles it RUNS times
# (default 3) without and with the EcsKit analyzers. Everything else is the same: the SDK's own analyzers run in
# both builds, only the EcsKit analyzer assemblies are taken off the compiler's command line.
# Prints the median compile time (the Csc task) of both, the analyzers' share, the time per definition, and the
# EcsKit analyzers' own time as the compiler reports it (-p:ReportAnalyzer=true).
set -euo pipefail
cd "$(dirname "$0")/.."

groups=${1:-50}
runs=${2:-3}
plain=${3:-0}
per_group=10
work=$(mktemp -d "${TMPDIR:-/tmp}/ecskit-analyzer-benchmark.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '==> %s\n' "$*" >&2; }

say "Packing EcsKit $version"
dotnet pack src/EcsKit --configuration Release --output "$work/feed" --artifacts-path "$work/artifacts" \
  "-p:Version=$version" -tl:off -v:q -nologo >/dev/null

project="$work/bench"
mkdir -p "$project/Definitions"
cat >"$project/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="EcsKit" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
EOF
cat >"$project/Bench.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="EcsKit" Version="$version" />
  </ItemGroup>
  <!-- -p:EcsKitAnalyzers=false: the same compilation without the EcsKit analyzer assemblies. -->
  <Target Name="RemoveEcsKitAnalyzers" BeforeTargets="CoreCompile" Condition="'\$(EcsKitAnalyzers)' == 'false'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="\$([System.String]::Copy('%(Filename)').StartsWith('EcsKit.Analyzers'))" />
    </ItemGroup>
  </Target>
</Project>
EOF
printf 'root = true\n' >"$project/.editorconfig"
printf '<Project />\n' >"$project/Directory.Build.props"
printf '<Project />\n' >"$project/Directory.Build.targets"

say "Generating $((groups * per_group)) task definitions and $((groups * per_group)) services in $groups methods"
{
  echo 'using EcsKit;'
  echo ''
  echo 'var app = new EcsApp("bench");'
  for ((g = 0; g < groups; g++)); do printf 'Bench.Group%03d.Define(app);\n' "$g"; done
  echo 'Console.WriteLine($"{app.TaskDefinitions.Count} task definitions, {app.Services.Count} services");'
} >"$project/Program.cs"
for ((g = 0; g < groups; g++)); do
  file=$(printf '%s/Definitions/Group%03d.cs' "$project" "$g")
  {
    echo 'using EcsKit;'
    echo ''
    echo 'namespace Bench;'
    echo ''
    printf 'internal static class Group%03d\n{\n' "$g"
    echo '    public static void Define(EcsApp app)'
    echo '    {'
    printf '        var cluster = app.Cluster("cluster-%03d");\n' "$g"
    for ((i = 0; i < per_group; i++)); do
      n=$(printf '%03d-%02d' "$g" "$i")
      # One planted mistake per method (ECS0020, a warning): proof that the analyzers read every method.
      sidecar_command='"--config=/etc/ecs/ecs-default-config.yaml"'
      if [ "$i" -eq 0 ]; then sidecar_command='"sh", "-c", "nginx && php-fpm"'; fi
      cat <<EOF
        var td$i = app.TaskDefinition("app-$n", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .ExecutionRole("arn:aws:iam::123456789012:role/app-$n-execution")
            .Container("web", c => c
                .Image("public.ecr.aws/nginx/nginx:1.27")
                .Port(8080, name: "http")
                .HealthCheck("CMD-SHELL", "curl -fs http://localhost:8080/ || exit 1",
                    interval: TimeSpan.FromSeconds(10), timeout: TimeSpan.FromSeconds(3), retries: 3)
                .Environment("ASPNETCORE_URLS", "http://+:8080")
                .Environment("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")
                .SecretsManagerSecret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-$n-AbCdEf")
                .DependsOn("sidecar", ContainerCondition.Start)
                .ReadonlyRootFilesystem()
                .AwsLogs(group: "/ecs/app-$n", region: "eu-west-1", streamPrefix: "web"))
            .Container("sidecar", c => c
                .Image("public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1")
                .Command($sidecar_command)
                .Essential(false)
                .Cpu(128)
                .MemoryReservation(256)
                .AwsLogs(group: "/ecs/app-$n", region: "eu-west-1", streamPrefix: "otel")));
        cluster.Service("app-$n", s => s
            .TaskDefinition(td$i)
            .DesiredCount(2)
            .Fargate()
            .Subnets("subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002")
            .SecurityGroups("sg-0a1b2c3d4e5f60003")
            .LoadBalancer("arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app-$n/0123456789abcdef", "web", 8080)
            .RollingUpdate(minimumHealthyPercent: 100, maximumPercent: 200)
            .CircuitBreaker(rollback: true));
EOF
    done
    echo '    }'
    echo '}'
  } >"$file"
done

mkdir -p "$project/Plain"
for ((p = 0; p < plain; p++)); do
  n=$(printf '%03d' "$p")
  {
    echo 'namespace Bench.Plain;'
    echo ''
    echo "public sealed record Order$n(int Id, string Customer, decimal Amount, DateTime Placed);"
    echo ''
    echo "public static class OrderReport$n"
    echo '{'
    for ((m = 0; m < 20; m++)); do
      echo "    public static string Summary$m(IEnumerable<Order$n> orders, decimal threshold)"
      echo '    {'
      echo "        var large = orders.Where(o => o.Amount > threshold + $m).OrderByDescending(o => o.Amount).ToList();"
      echo '        var byCustomer = large.GroupBy(o => o.Customer).Select(g => (Customer: g.Key, Total: g.Sum(o => o.Amount)));'
      echo '        var lines = byCustomer.Select(c => $"{c.Customer,-20} {c.Total,12:N2}");'
      echo "        return string.Join(Environment.NewLine, lines) + \$\" ({large.Count} orders over {threshold + $m:N2})\";"
      echo '    }'
      echo ''
    done
    echo '}'
  } >"$project/Plain/Orders$n.cs"
done

cd "$project"
dotnet restore -v:q -nologo >/dev/null
say "Warming up the compiler server (one build of each kind)"
dotnet build --no-restore -tl:off -v:q -nologo -p:EcsKitAnalyzers=false >/dev/null
dotnet build --no-restore -tl:off -v:q -nologo >"$work/warmup.log" || { cat "$work/warmup.log"; exit 1; }

# Milliseconds the Csc task took in one forced recompilation.
compile_ms() {
  touch Program.cs
  dotnet build --no-restore -tl:off -nologo -v:q -clp:PerformanceSummary "$@" >"$work/build.log" || { cat "$work/build.log"; exit 1; }
  grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' "$work/build.log" | awk '{print $1}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

without=(); with=()
for ((r = 1; r <= runs; r++)); do
  say "Run $r of $runs"
  without+=("$(compile_ms -p:EcsKitAnalyzers=false)")
  with+=("$(compile_ms)")
done
without_ms=$(printf '%s\n' "${without[@]}" | median)
with_ms=$(printf '%s\n' "${with[@]}" | median)

# The compiler's own account of the EcsKit analyzers (time summed over threads, so it can exceed the wall-clock difference).
touch Program.cs
dotnet build --no-restore -tl:off -nologo -v:d -p:ReportAnalyzer=true >"$work/report.log"
analyzer_s=$(grep -E '^ +[0-9.<]+ +[0-9]+ +EcsKit\.Analyzers, ' "$work/report.log" | head -n 1 | awk '{print $1}')
diagnostics=$({ grep -oE '[A-Za-z0-9/]+\.cs\([0-9]+,[0-9]+\): (warning|error) ECS[0-9]{4}' "$work/report.log" || true; } | sort -u | wc -l)

definitions=$((groups * per_group * 2))
echo "Machine:                     $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other builds make the times noisy)"
echo "Definitions:                 $((groups * per_group)) task definitions + $((groups * per_group)) services in $groups methods ($(cd Definitions && cat ./*.cs | wc -l) lines)"
echo "Other code:                  $plain files ($(cat Plain/*.cs 2>/dev/null | wc -l) lines without EcsKit)"
echo "Compile without analyzers:   ${without_ms} ms (median of $runs: ${without[*]})"
echo "Compile with analyzers:      ${with_ms} ms (median of $runs: ${with[*]})"
awk -v a="$without_ms" -v b="$with_ms" -v d="$definitions" 'BEGIN {
  printf "Share of the analyzers:      %d ms, %.1f%% of the compile time with analyzers\n", b - a, (b - a) * 100 / b
  printf "Per definition:              %.2f ms (%d definitions)\n", (b - a) / d, d
}'
echo "EcsKit analyzer time (csc):  ${analyzer_s:-?} s (ReportAnalyzer)"
echo "ECS diagnostics reported:    $diagnostics (expected $groups: one planted ECS0020 per method)"
