#!/usr/bin/env bash
# The benchmark (see bench/README.md). Generates sites of 100, 1,000 and 10,000 clients (a
# Director tree, every client's File Daemon configuration, a Storage Daemon) into a temporary
# folder and prints Markdown tables:
#   1. the JVM floor: hello world, and a program that starts picocli, reads one file and
#      writes with Jackson (bench/floor/Floor.java), with bin/bconf's JVM options, against
#      `bconf check` on the small bundled sample; and what only finding and reading every
#      file of the largest Director tree costs a JVM (bench/floor/ReadTree.java);
#   2. whole `bin/bconf check` and `bin/bconf topology` runs on each site and `check` on its
#      Director tree: median wall time, throughput and median peak RSS;
#   3. Bacula's own config test, `bacula-dir -t`, on each Director written in the directives
#      Bacula 9.6 accepts, as one file and as a tree of includes, against `bin/bconf check` on
#      the same inputs and on the Bareos Director tree, with the ratio and the cost of the
#      added clients, T(largest) - T(smallest);
#   4. in-process `Bconf.load` once the JIT has settled, and SLL-first against LL-only parsing.
#
# Usage: bench/run.sh [CLIENTS...]          (default: 100 1000 10000)
# Environment: RUNS (counted whole-process runs, default 5), WARMUP (uncounted, default 1),
# MEASURED (in-process runs, default 7), KEEP=1 keeps the generated sites, JAVA_HOME the java
# that runs everything (as bin/bconf takes it). Without
# bacula-dir (Debian package bacula-director) section 3 is left out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
measured="${MEASURED:-7}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
. bench/timing.sh

mvn -B -q -DskipTests package >&2
mvn -B -q test-compile >&2
cp="target/bconf.jar:target/test-classes"
work="$(mktemp -d "${TMPDIR:-/tmp}/bconf-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "sites kept in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
# The JVM options bin/bconf runs with, so that the floor is measured with the same ones.
eval "$(grep '^opts=(' bin/bconf)"
java="java"
[ -z "${JAVA_HOME:-}" ] || java="$JAVA_HOME/bin/java"

for n in "${sizes[@]}"; do
  "$java" -cp "$cp" dev.bconf.bench.SiteGenerator --clients "$n" --out "$work/site-$n" >&2
  "$java" -cp "$cp" dev.bconf.bench.SiteGenerator --clients "$n" --out "$work/bacula-$n" --dialect bacula >&2
done

echo "## Machine"
echo
echo '```'
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
free -h | head -2
"$java" -version 2>&1
echo "bin/bconf JVM options: ${opts[*]}, plus its class archive (class data sharing, or ahead-of-time cache on Java 24+)"
echo '```'
echo

echo "## JVM floor (median of $runs runs after $warmup uncounted)"
echo
mkdir -p "$work/hello" "$work/floor"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
javac -nowarn -cp target/bconf.jar -d "$work/floor" bench/floor/Floor.java bench/floor/ReadTree.java
sample_file=samples/single-host/etc/bareos/bareos-fd.conf
[ -f "$sample_file" ] || sample_file="$(find samples/single-host -name '*.conf' | sort | head -1)"
echo "| run | wall s | peak RSS MiB |"
echo "|---|---:|---:|"
measure "$java" "${opts[@]}" -cp "$work/hello" Hello
echo "| hello world | $WALL | $RSS |"
measure "$java" "${opts[@]}" -cp "target/bconf.jar:$work/floor" Floor "$sample_file"
floor="$WALL"
echo "| floor: picocli, one file read, Jackson writes (bench/floor/Floor.java) | $WALL | $RSS |"
measure bin/bconf check samples/single-host
echo "| bconf check samples/single-host | $WALL | $RSS |"
small="$WALL"
largest_director="$work/site-${sizes[${#sizes[@]}-1]}/dir01/etc/bareos"
measure "$java" "${opts[@]}" -cp "$work/floor" ReadTree "$largest_director"
echo "| reading floor: list and read every file of the ${sizes[${#sizes[@]}-1]}-client Director tree, $(cat "$work/out.txt") (bench/floor/ReadTree.java) | $WALL | $RSS |"
echo
echo "bconf check on the small sample / floor: $(ratio "$small" "$floor")"
echo

echo "## Whole process (median of $runs runs after $warmup uncounted, warm page cache)"
echo
echo "| clients | run | files | wall s | files/s | peak RSS MiB |"
echo "|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  for run in "check site" "topology site" "check director"; do
    set -- ${run}
    input="$site"
    [ "$2" = director ] && input="$site/dir01/etc/bareos"
    files="$(bin/bconf check --fail-on never "$input" | sed -n 's/.* in \([0-9]*\) files\.$/\1/p')"
    measure bin/bconf "$1" "$input"
    echo "| $n | $1, $([ "$2" = site ] && echo "whole site" || echo "Director tree") | $files | $WALL | $(awk -v f="$files" -v w="$WALL" 'BEGIN { printf "%d", f / w }') | $RSS |"
  done
done
echo

bacula_dir="$(command -v bacula-dir || echo /usr/sbin/bacula-dir)"
if [ -x "$bacula_dir" ]; then
  echo "## Bacula's config test on the same Director trees (median of $runs runs after $warmup uncounted)"
  echo
  "$bacula_dir" -? 2>&1 | grep -m1 '^Version' || true
  echo
  echo "Each Director is written in Bacula's directives as one file and as a tree of one file per"
  echo "resource that the main file includes file by file; bconf also checks the same Director as"
  echo "Bareos lays it out (bareos-dir.d/<type>/<name>.conf, no includes)."
  echo
  echo "| clients | bacula-dir -t, one file | bacula-dir -t, tree | bconf, same file | bconf, same tree | bconf, Bareos Director tree | Bareos tree / bacula tree |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  declare -A t_bacula_file t_bacula_tree t_bconf_file t_bconf_tree t_bconf_bareos
  for n in "${sizes[@]}"; do
    file="$work/bacula-$n/dir01/etc/bacula/bacula-dir.conf"
    tree="$work/bacula-$n/dir01/etc/bacula-tree/bacula-dir.conf"
    measure "$bacula_dir" -t -c "$file"; t_bacula_file[$n]="$WALL"
    measure "$bacula_dir" -t -c "$tree"; t_bacula_tree[$n]="$WALL"
    measure bin/bconf check "$file"; t_bconf_file[$n]="$WALL"
    measure bin/bconf check "$tree"; t_bconf_tree[$n]="$WALL"
    measure bin/bconf check "$work/site-$n/dir01/etc/bareos"; t_bconf_bareos[$n]="$WALL"
    echo "| $n | ${t_bacula_file[$n]} | ${t_bacula_tree[$n]} | ${t_bconf_file[$n]} | ${t_bconf_tree[$n]} |" \
        "${t_bconf_bareos[$n]} | $(ratio "${t_bconf_bareos[$n]}" "${t_bacula_tree[$n]}") |"
  done
  first="${sizes[0]}"
  last="${sizes[${#sizes[@]}-1]}"
  cost() {
    local -n t=$1
    awk -v a="${t[$last]}" -v b="${t[$first]}" 'BEGIN { printf "%.2f", a - b }'
  }
  echo "| T($last) - T($first) | $(cost t_bacula_file) | $(cost t_bacula_tree) | $(cost t_bconf_file) |" \
      "$(cost t_bconf_tree) | $(cost t_bconf_bareos) | |"
  echo
else
  echo "(bacula-dir not found: install Debian's bacula-director for the comparison with Bacula's config test)" >&2
fi

echo "## In-process: Bconf.load (warm-up 3 runs and 3 s at least, median of $measured)"
echo
sites=()
for n in "${sizes[@]}"; do sites+=("$work/site-$n"); done
"$java" "${opts[@]}" -cp "$cp" dev.bconf.bench.ParseBench --warmup 3 --runs "$measured" "${sites[@]}"
echo
largest="${sites[${#sites[@]}-1]}"
echo "LL only (-Dbconf.parser.llOnly=true) on $(basename "$largest"), against the SLL-first row above:"
echo
"$java" "${opts[@]}" -Dbconf.parser.llOnly=true -cp "$cp" dev.bconf.bench.ParseBench --warmup 3 --runs "$measured" "$largest"
