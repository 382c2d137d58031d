# Sourced by the benchmark scripts: medians of repeated runs measured with /usr/bin/time.
# The caller sets `runs` (how many runs) and `work` (a scratch folder).

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (Debian package: time)" >&2
  exit 2
fi

# median VALUES...: the middle value, or the mean of the two middle ones.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# timed LABEL COMMAND...: runs COMMAND `runs` times, its output discarded (a failing run
# aborts the script), and prints the table row "| LABEL | median wall s | median peak RSS MB |".
timed() {
  local label="$1" walls=() rss=() wall kb
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > /dev/null
    read -r wall kb < "$work/time.txt"
    walls+=("$wall")
    rss+=("$((kb / 1024))")
  done
  echo "| $label | $(median "${walls[@]}") | $(median "${rss[@]}") |"
}
