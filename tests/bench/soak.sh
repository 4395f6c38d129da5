#!/usr/bin/env bash
# Soak, run by hand: the suite's soak test (mixed reads and an editor's writes against Portal as its own process)
# for longer than the suite's 30-second smoke run. Prints reads, p50 and p99 latency, statuses and memory.
# Usage: tests/bench/soak.sh [seconds]   (default 600)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORTAL_SOAK_SECONDS="${1:-600}" dotnet test tests/Portal.Tests -c Release --nologo \
  --filter "FullyQualifiedName~Portal.Tests.Hosting.SoakTests" --logger "console;verbosity=detailed"
