#!/usr/bin/env bash
# Parsing benchmark (see bench/README.md). Generates sites of 100, 1,000 and 10,000 clients
# into a temporary folder, then measures
#   1. in-process reading with Bconf.load: warm-up runs, then the median of several runs;
#   2. `bin/bconf check` as a whole process, on the Director tree and on the whole site:
#      median wall time and median peak RSS of RUNS runs, with /usr/bin/time;
#   3. the parser's SLL-then-LL strategy against full LL only, in-process, on the largest site.
#
# Usage: bench/run.sh [CLIENTS...]          (default: 100 1000 10000)
# Environment: RUNS (whole-process runs, default 5), WARMUP (default 3), MEASURED (in-process
# runs, default 7), KEEP=1 keeps the generated sites and prints where they are.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${RUNS:-5}"
warmup="${WARMUP:-3}"
measured="${MEASURED:-7}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
. bench/timing.sh

mvn -B -q -DskipTests package >&2
cp="target/bconf.jar:target/test-classes"
work="$(mktemp -d "${TMPDIR:-/tmp}/bconf-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "sites kept in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

sites=()
for n in "${sizes[@]}"; do
  java -cp "$cp" dev.bconf.bench.SiteGenerator --clients "$n" --out "$work/site-$n" >&2
  sites+=("$work/site-$n")
done
largest="${sites[${#sites[@]}-1]}"

echo "## Machine"
echo
echo '```'
echo "nproc: $(nproc)"
free -h
java -version 2>&1
echo '```'
echo
echo "## In-process: Bconf.load (warm-up $warmup, median of $measured)"
echo
java -cp "$cp" dev.bconf.bench.ParseBench --warmup "$warmup" --runs "$measured" "${sites[@]}"
echo

echo "## Whole process: bin/bconf check (median of $runs runs, warm page cache)"
echo
echo "| input | wall s | peak RSS MB |"
echo "|---|---:|---:|"
for site in "${sites[@]}"; do
  timed "${site#"$work/"}/dir01/etc/bareos" bin/bconf check "$site/dir01/etc/bareos"
  timed "${site#"$work/"}" bin/bconf check "$site"
done
echo

echo "## Parser prediction on $(basename "$largest"): SLL first (default) against LL only"
echo
echo "SLL, then LL with recovery on a syntax error:"
java -cp "$cp" dev.bconf.bench.ParseBench --warmup "$warmup" --runs "$measured" "$largest"
echo
echo "LL only (-Dbconf.parser.llOnly=true):"
java -Dbconf.parser.llOnly=true -cp "$cp" dev.bconf.bench.ParseBench --warmup "$warmup" --runs "$measured" "$largest"
