#!/usr/bin/env bash
# Checks the generator's Bacula variant with Bacula's own reader (`bacula-dir -t`, which fails
# on an unknown directive or a dangling reference) and with `bin/bconf check`, and compares
# their median wall time and peak RSS (see bench/README.md).
#
# Usage: bench/bacula-check.sh [CLIENTS...]   (default: 100 1000 10000); RUNS (default 5)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${RUNS:-5}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
bacula_dir="$(command -v bacula-dir || echo /usr/sbin/bacula-dir)"
if [ ! -x "$bacula_dir" ]; then
  echo "bench: bacula-dir is missing (Debian package: bacula-director)" >&2
  exit 2
fi
. bench/timing.sh

mvn -B -q -DskipTests package >&2
cp="target/bconf.jar:target/test-classes"
work="$(mktemp -d "${TMPDIR:-/tmp}/bconf-bacula.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$bacula_dir" -? 2>&1 | grep -m1 '^Version' || true
echo
echo "| check | wall s | peak RSS MB |"
echo "|---|---:|---:|"
for n in "${sizes[@]}"; do
  java -cp "$cp" dev.bconf.bench.SiteGenerator --clients "$n" --out "$work/site-$n" --dialect bacula >&2
  conf="$work/site-$n/dir01/etc/bacula/bacula-dir.conf"
  timed "bacula-dir -t, $n clients" "$bacula_dir" -t -c "$conf"
  timed "bconf check, $n clients" bin/bconf check "$conf"
done
