#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks (Release build) and prints their tables. Not part of the test run.
#   ./scripts/benchmark.sh                 every benchmark
#   ./scripts/benchmark.sh '*Validation*'  a subset
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-*}"
echo "==> Running benchmarks matching '$filter' (dotnet run -c Release --project tests/EcsKit.Benchmarks)"
dotnet run -c Release --project tests/EcsKit.Benchmarks -- --filter "$filter" --artifacts artifacts/benchmarks
