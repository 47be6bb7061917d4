#!/bin/sh
# The whole Horizon 2020 network at 1, 2, 4, 8 and 16 threads (time, speed-up, peak memory),
# for a machine with 16 cores. Arguments go to bench/multicore.ts (--threads, --sample).
set -eu
cd "$(dirname "$0")/.."
exec npx tsx bench/multicore.ts "$@"
