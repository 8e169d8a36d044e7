#!/usr/bin/env bash
# Benchmarks the local Docker target on this machine and prints a table of numbers (not a test):
#   - up of a two-service app until every task is RUNNING and HEALTHY, against `docker-compose up -d` of the same
#     containers and a plain script of `docker network create` + `docker run -d`;
#   - the service scheduler's replacement of a killed task, against Docker's own restart (--restart always);
#   - down, against `docker-compose down` and `docker stop` + `docker rm`;
#   - the memory of an EcsKit process running 20 tasks.
# Health checks run every second, below ECS's 5 s minimum: the EcsKit runs suppress rule ECS0060.
#   ./scripts/local-benchmark.sh        one cold run, then 5 runs (median and minimum)
#   ./scripts/local-benchmark.sh 3      one cold run, then 3 runs
# Installs what it needs (a Docker engine, the busybox image, Debian's docker-compose 1.29.2), builds Release, and
# removes everything it started, also after a failure or Ctrl-C. docs/local-benchmark.md explains the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
case "$runs" in
  ''|*[!0-9]*|0) echo "usage: $0 [RUNS]   (RUNS ≥ 1, default 5)" >&2; exit 2 ;;
esac

say() { printf '==> %s\n' "$*"; }

. scripts/lib/engine.sh
ensure_engine
if ! command -v docker-compose >/dev/null 2>&1; then
  _apt_install docker-compose
fi
say "docker-compose: $(docker-compose version --short)"

# What a run left when it was killed before its own cleanup: containers and networks labelled ecskit-bench,
# EcsKit applications named bench-*.
sweep() {
  docker ps -aq --filter label=ecskit-bench | xargs -r docker rm -f >/dev/null 2>&1 || true
  docker ps -a --filter label=com.ecskit.app --format '{{.ID}} {{.Label "com.ecskit.app"}}' \
    | awk '$2 ~ /^bench-/ { print $1 }' | xargs -r docker rm -f >/dev/null 2>&1 || true
  docker network ls -q --filter label=ecskit-bench | xargs -r docker network rm >/dev/null 2>&1 || true
  docker network ls --filter label=com.ecskit.app --format '{{.Name}}' \
    | grep '^ecskit-bench-' | xargs -r docker network rm >/dev/null 2>&1 || true
  rm -f "${TMPDIR:-/tmp}"/ecskit/bench-*.owner
}
finish() {
  sweep
  stop_engine
}
trap finish EXIT

say "Building the benchmarks (Release)"
dotnet build tests/EcsKit.Benchmarks --configuration Release --nologo -v quiet
say "Running: dotnet run -c Release --project tests/EcsKit.Benchmarks -- local $runs"
dotnet run --configuration Release --no-build --project tests/EcsKit.Benchmarks -- local "$runs"
