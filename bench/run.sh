#!/usr/bin/env bash
# The build benchmark: generates N synthetic notices and plans (bench/GenerateCorpus.java), checks
# that the corpus has no mistakes, then times cold builds with the real command line, the whole
# process from JVM start to finished site. See docs/performance.md.
#
#   bench/run.sh N [N2 …]          e.g. bench/run.sh 100 1000 10000
#
# Environment:
#   RUNS=3          cold builds per size; the figures are their medians
#   GAZETTE=…       the command that builds (default: bin/gazette, one tuned JVM; e.g. "java -jar target/gazette.jar")
#   GAZETTE_JAVA_OPTS=…  options for the JVM that builds (e.g. a flight recording, see docs/performance.md)
#   JAVA_OPTS=…     options for the rebuild benchmark's java
#   BENCH_DIR=…     where corpora go (default target/bench/, ignored by git); each run starts fresh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${RUNS:-3}
bench_dir=${BENCH_DIR:-$repo/target/bench}
read -r -a java_opts <<<"${JAVA_OPTS:-}"
read -r -a gazette <<<"${GAZETTE:-$repo/bin/gazette}"

if [ $# -eq 0 ] || ! [[ "$*" =~ ^[0-9\ ]+$ ]]; then
  echo "usage: bench/run.sh N [N2 …]   (RUNS=$runs cold builds each; JAVA_OPTS, BENCH_DIR optional)" >&2
  exit 2
fi

# GNU time reports peak memory (max RSS) of the whole process; Debian ships it as `time`.
if ! [ -x /usr/bin/time ]; then
  sudo_cmd=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo_cmd apt-get install -y -q time >/dev/null || { $sudo_cmd apt-get update -q >/dev/null && $sudo_cmd apt-get install -y -q time >/dev/null; }
fi
if ! [ -f target/gazette.jar ]; then
  echo "building target/gazette.jar …"
  mvn -q -B package -DskipTests
fi
jar=$repo/target/gazette.jar
mkdir -p "$bench_dir"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# measure LOG CMD…: runs CMD under GNU time; sets wall, cpu (user+sys, s), rss (MiB), status.
measure() {
  local log=$1
  shift
  status=0
  /usr/bin/time -v -o "$scratch/time" "$@" >"$log" 2>&1 || status=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$scratch/time")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$scratch/time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$scratch/time")
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

summary=()
for n in "$@"; do
  site=$bench_dir/site-$n
  echo "== $n notices and plans → $site"
  rm -rf "$site"
  java bench/GenerateCorpus.java "$n" "$site" | sed 's/^/   /'
  cp -r templates assets "$site"/
  cp content/*.md "$site"/content/ # the site's own pages (about, accessibility) the footer links to

  # A corpus with mistakes or warnings would time the error path: refuse it.
  measure "$scratch/check.log" "${gazette[@]}" check --source "$site"
  if [ "$status" -ne 0 ] || grep -q -v -e '^检查通过' -e '^以下草稿' -e '^  content/' "$scratch/check.log"; then
    echo "   gazette check found problems in the generated corpus; not benchmarking it:" >&2
    grep -v -e '^  content/' "$scratch/check.log" | head -20 >&2
    exit 1
  fi
  printf '   check: no problems, %.2f s wall, %.2f s CPU, %d MiB\n' "$wall" "$cpu" "$rss"

  walls=() cpus=() rsss=()
  for run in $(seq 1 "$runs"); do
    rm -rf "$site/out"
    measure "$scratch/build.log" "${gazette[@]}" build --source "$site" --output "$site/out"
    if [ "$status" -ne 0 ]; then
      echo "   build failed (exit $status):" >&2
      head -20 "$scratch/build.log" >&2
      exit 1
    fi
    printf '   cold build %d: %6.2f s wall, %6.2f s CPU (%.2f cores busy), max RSS %5d MiB\n' \
      "$run" "$wall" "$cpu" "$(awk -v c="$cpu" -v w="$wall" 'BEGIN { print c / w }')" "$rss"
    walls+=("$wall") cpus+=("$cpu") rsss+=("$rss")
  done
  line=$(grep -m1 '^已生成' "$scratch/build.log")
  documents=$(sed -E 's/^已生成 ([0-9]+) 篇文档.*/\1/' <<<"$line")
  pages=$(sed -E 's/.*共 ([0-9]+) 个页面.*/\1/' <<<"$line")
  files=$(sed -E 's/.*、([0-9]+) 个附件文件.*/\1/' <<<"$line")
  written=$(find "$site/out" -type f | wc -l)
  size=$(du -sh "$site/out" | cut -f1)
  wall_m=$(printf '%s\n' "${walls[@]}" | median)
  cpu_m=$(printf '%s\n' "${cpus[@]}" | median)
  rss_m=$(printf '%s\n' "${rsss[@]}" | sort -n | tail -1)
  rate=$(awk -v d="$documents" -v w="$wall_m" 'BEGIN { printf "%.0f", d / w }')
  cores=$(awk -v c="$cpu_m" -v w="$wall_m" 'BEGIN { printf "%.2f", c / w }')
  echo "   $documents documents published; $pages pages and $files attachment files, $written files in all ($size)"
  echo "   median of $runs: ${wall_m} s wall, $rate documents/s, ${cpu_m} s CPU = $cores of $(nproc) cores busy, peak RSS ${rss_m} MiB"

  # One notice edited in a running process, as the preview server will rebuild: bench/RebuildBench.java.
  java "${java_opts[@]}" -XX:+UseSerialGC -cp "$jar" bench/RebuildBench.java "$site" "$site/out" >"$scratch/rebuild.log" 2>&1 \
    || { echo "   rebuild benchmark failed:" >&2; tail -20 "$scratch/rebuild.log" >&2; exit 1; }
  grep -e '^   ' "$scratch/rebuild.log"
  rebuild=$(sed -nE 's/.*median ([0-9.]+) s.*/\1/p' "$scratch/rebuild.log")
  summary+=("$(printf '%8s %9s %7s %6s %9s %7s %8s %6s %9s %9s' "$n" "$documents" "$pages" "$files" "$wall_m" "$rate" "$cpu_m" "$cores" "$rss_m" "$rebuild")")
done

# What the JVM and the command line cost before any site work: the floor of every build.
starts=()
for run in $(seq 1 "$runs"); do
  measure "$scratch/version.log" "${gazette[@]}" --version
  starts+=("$wall")
done
echo
echo "JVM start + command line (gazette --version), median: $(printf '%s\n' "${starts[@]}" | median) s"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (figures are only comparable on an idle machine)"
echo
printf '%8s %9s %7s %6s %9s %7s %8s %6s %9s %9s\n' N documents pages files "wall(s)" "docs/s" "CPU(s)" cores "RSS(MiB)" "edit(s)"
printf '%s\n' "${summary[@]}"
