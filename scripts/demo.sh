#!/usr/bin/env bash
# The EcsKit demo: builds the Fargate web shop sample (samples/FargateWebApp) and shows what EcsKit makes of it:
# the ECS API JSON of its cluster, task definition and service, written one file per resource to demo.out/.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }

say "Building the sample (dotnet build samples/FargateWebApp)"
dotnet build samples/FargateWebApp --configuration Release --nologo -v quiet
say "Listing its verbs (dotnet run -- --help)"
dotnet run --project samples/FargateWebApp --configuration Release --no-build -- --help
say "Writing its ECS JSON to demo.out/ (dotnet run -- synth --out demo.out)"
dotnet run --project samples/FargateWebApp --configuration Release --no-build -- synth --out demo.out
say "The task definition, as 'aws ecs register-task-definition --cli-input-json file://demo.out/task-definition.shop-web.json' takes it:"
cat demo.out/task-definition.shop-web.json
