#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt.
# Review the diff: a new line is a deliberate change of the public surface.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/; do
  file="$project/PublicAPI.Unshipped.txt"
  [ -f "$file" ] || continue
  csproj=$(realpath "$project"/*.csproj)
  dotnet build "$project" --no-incremental 2>&1 \
    | grep -F "[$csproj]" \
    | grep -o "error RS0016: Symbol '.*' is not part of the declared public API" \
    | sed "s/^error RS0016: Symbol '//; s/' is not part of the declared public API$//" \
    | sort -u > /tmp/ecskit-new-api.txt || true
  if [ -s /tmp/ecskit-new-api.txt ]; then
    { tail -n +2 "$file"; cat /tmp/ecskit-new-api.txt; } | sort -u > /tmp/ecskit-api.txt
    { echo "#nullable enable"; cat /tmp/ecskit-api.txt; } > "$file"
    echo "$file: $(wc -l < /tmp/ecskit-new-api.txt) symbol(s) added"
  fi
done
