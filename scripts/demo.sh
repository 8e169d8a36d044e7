#!/usr/bin/env bash
# The EcsKit demo: the local sample (samples/LocalWebApp: a web service and a worker defined as ECS Fargate services)
# runs on the local Docker engine and answers curl. Installs and starts what it needs (Docker engine, busybox image,
# curl) and can be run again: it stops the previous run of the sample first.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }

. scripts/lib/engine.sh
ensure_engine
if ! command -v curl >/dev/null 2>&1; then
  _apt_install curl
fi

say "Building the sample (dotnet build samples/LocalWebApp)"
dotnet build samples/LocalWebApp --configuration Release --nologo -v quiet
notes() { dotnet samples/LocalWebApp/bin/Release/net10.0/LocalWebApp.dll "$@"; }

say "Stopping an earlier run of the sample, if any (notes down)"
notes down
say "Starting it on local Docker in the background (notes up --detach)"
notes up --detach

port=$(notes ps --json | tr -d ' \n' | grep -o '"name":"web"[^]]*"hostPort":[0-9]*' | grep -o '[0-9]*$' | head -n 1)
if [ -z "$port" ]; then
  echo "error: the web service published no port; see 'notes ps' and 'notes logs'." >&2
  exit 1
fi
say "curl http://localhost:$port/"
curl -fsS "http://localhost:$port/"
say "curl http://localhost:$port/task.json   (what the task metadata endpoint told the web container about its task)"
curl -fsS "http://localhost:$port/task.json" | head -c 400
echo
say "The worker reaches the web service by its name (notes logs worker):"
sleep 1
notes logs worker | tail -n 3
cat <<MESSAGE
==> The sample keeps running in the background. Try:
      dotnet samples/LocalWebApp/bin/Release/net10.0/LocalWebApp.dll ps
      dotnet samples/LocalWebApp/bin/Release/net10.0/LocalWebApp.dll logs -f
      dotnet samples/LocalWebApp/bin/Release/net10.0/LocalWebApp.dll down
MESSAGE
