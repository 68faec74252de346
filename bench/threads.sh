#!/usr/bin/env bash
# CPU time of one command by thread, as a small build spends it: the builder's threads against the
# JIT compiler's and the collector's (docs/performance.md, "a small site's start").
#
#   bench/threads.sh bin/gazette build --source SITE --output OUT
#
# Linux only. Reads /proc/<pid>/task/*/stat every 20 ms while the command runs and prints the last
# reading before it exited, summed by thread name (numbered threads such as "C1 CompilerThre0" and
# "…1" together), then the total. The command must be the JVM itself or exec it (bin/gazette does);
# its own output goes to stderr. A thread that ends before the command does is still counted when
# its last reading was taken; one that lives for less than 20 ms may be missed.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: bench/threads.sh COMMAND [ARG …]" >&2
  exit 2
fi
ticks=$(getconf CLK_TCK)
"$@" >&2 &
pid=$!
last=""
best=0
while kill -0 "$pid" 2>/dev/null; do
  reading=""
  for task in /proc/"$pid"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    # Fields 14 and 15 of stat (utime, stime), counted after the ")" that ends the name.
    cpu=$(cut -d')' -f2 "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }') || continue
    [ -n "$cpu" ] && reading+="$name|$cpu"$'\n'
  done
  total=$(printf '%s' "$reading" | awk -F'|' '{ t += $2 } END { print t + 0 }')
  # A process that has exited reads as no threads: keep the fullest reading.
  if [ "$total" -ge "$best" ]; then
    best=$total
    last=$reading
  fi
  sleep 0.02
done
wait "$pid" || status=$?
# Linux cuts thread names to 15 characters ("C1 CompilerThre"); the JVM's main thread is named "java".
printf '%s' "$last" | awk -F'|' -v hz="$ticks" '
  { name = $1; sub(/[0-9]+$/, "", name); cpu[name] += $2; total += $2 }
  END {
    for (n in cpu) if (cpu[n] > 0) printf "%7.2f s  %s\n", cpu[n] / hz, n
    printf "%7.2f s  %s\n", total / hz, "(all threads)"
  }' | sort -rn
exit "${status:-0}"
