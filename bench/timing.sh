# Sourced by the benchmark: medians of repeated whole-process runs measured with /usr/bin/time.
# The caller sets `runs` (counted runs), `warmup` (runs not counted, first) and `work` (a
# scratch folder).

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (Debian package: time)" >&2
  exit 2
fi

# median VALUES...: the middle value, or the mean of the two middle ones.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# measure COMMAND...: runs COMMAND `warmup` times uncounted and `runs` times counted, its
# output kept in $work/out.txt (the last run's), and sets WALL (median wall seconds, to the
# millisecond) and RSS (median peak resident set, MiB, from /usr/bin/time). Exit codes 0 and 1 (findings) count as runs; others abort.
measure() {
  local walls=() rss=() kb code start end
  for i in $(seq $((warmup + runs))); do
    code=0
    start="$EPOCHREALTIME"
    /usr/bin/time -f '%M' -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || code=$?
    end="$EPOCHREALTIME"
    if [ "$code" -gt 1 ]; then
      echo "bench: '$*' exited with $code:" >&2
      cat "$work/err.txt" >&2
      exit 1
    fi
    [ "$i" -gt "$warmup" ] || continue
    kb="$(tail -1 "$work/time.txt")"
    # /usr/bin/time gives wall time in hundredths; a native daemon's check takes a few of them.
    walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
    rss+=("$((kb / 1024))")
  done
  WALL="$(median "${walls[@]}")"
  RSS="$(median "${rss[@]}")"
}

# ratio A B: A / B to two decimals.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}
