#!/usr/bin/env bash
# Runs the fuzz properties (src/test/java/dev/bconf/fuzz) far longer than the unit tests do.
#
#   scripts/fuzz.sh [TRIES] [SEED]
#
# TRIES per property (default 5000; the unit tests take 300), SEED to replay a run that failed
# (default: a new random seed each run, printed in the report). Each failing input is kept in
# target/fuzz-failures/<digest>/; copy the smallest into
# src/test/resources/fuzz-regressions/<what-it-broke>/, where FuzzRegressionTest replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
tries="${1:-5000}"
seed="${2:-random}"
exec mvn -B -q test \
    -Dtest='ReaderFuzzTest,ValueFuzzTest,PartsFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbconf.fuzz.tries="$tries" -Dbconf.fuzz.seed="$seed" -Djqwik.reporting.onlyfailures=false
