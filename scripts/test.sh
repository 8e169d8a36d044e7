#!/usr/bin/env bash
# Runs every EcsKit test project. Installs what the tests need first (idempotent):
#   - Debian's AWS CLI v2 at /usr/bin/aws, the oracle that judges EcsKit's ECS JSON;
#   - a Docker engine (Debian's docker.io, started when none answers and stopped again at the end) and the
#     local test image made from busybox-static, for the local Docker target's tests.
# Prints "N passed, N failed, N skipped" over all test projects as its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }

if [ ! -x /usr/bin/aws ]; then
  say "Installing the AWS CLI (Debian package awscli) for the JSON interop tests"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq awscli >/dev/null
fi
say "AWS CLI: $(/usr/bin/aws --version 2>&1)"

# The pause program's listings are checked against the GNU assemblers for x86-64 and arm64.
tools=()
[ -x /usr/bin/gcc ] && [ -x /usr/bin/readelf ] || tools+=(gcc binutils)
[ -x /usr/bin/aarch64-linux-gnu-as ] || tools+=(binutils-aarch64-linux-gnu)
if [ ${#tools[@]} -gt 0 ]; then
  say "Installing ${tools[*]} (Debian packages) for the pause program's assembler checks"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${tools[@]}" >/dev/null
fi

. scripts/lib/engine.sh
ensure_engine
trap stop_engine EXIT

results=artifacts/test-results
rm -rf "$results"
say "Building and running the tests (dotnet test EcsKit.sln)"
status=0
dotnet test EcsKit.sln --configuration Release --logger "trx" --results-directory "$results" --filter "Engine!=Restart" "$@" || status=$?
# The engine restart test stops and starts dockerd, so it runs alone, and only on an engine this script started.
if [ "$ECSKIT_STARTED_DOCKERD" = 1 ]; then
  say "Running the engine restart test on its own (it restarts the dockerd this script started)"
  ECSKIT_TEST_RESTARTS_ENGINE=1 ECSKIT_DOCKERD_LOG="$ECSKIT_DOCKERD_LOG" dotnet test tests/EcsKit.Docker.Tests --configuration Release --no-build \
    --logger "trx;LogFileName=engine-restart.trx" --results-directory "$results" --filter "Engine=Restart" || status=$?
fi

# Total the TRX counters of every test project.
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(value total); executed=$(value executed)
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + total - executed))
done
if [ "$files" -eq 0 ]; then
  echo "No test results were written: the build failed."
  status=1
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
# Stop the engine now rather than on exit: the summary must be the last line.
stop_engine
trap - EXIT
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
