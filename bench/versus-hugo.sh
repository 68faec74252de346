#!/usr/bin/env bash
# Gazette against Hugo on the same notices, side by side: generates N notices and plans
# (bench/GenerateCorpus.java), turns them into the Hugo anchor site (bench/ToHugo.java, templates of
# /work/shared/anchors/hugo-site or $HUGO_ANCHOR), then times cold builds of both interleaved
# (A B A B A B), the whole process from start to finished site, and prints each median and the ratio.
#
#   bench/versus-hugo.sh N [N2 …]      e.g. bench/versus-hugo.sh 100 1000 10000
#
# Environment:
#   RUNS=3          builds of each tool per size; the figures are their medians
#   GAZETTE=…       the command that builds (default: bin/gazette, the launcher as shipped)
#   CORPUS=DIR      time this Gazette site instead of a generated one (then N is only a label)
#   BENCH_DIR=…     where sites go (default target/bench/, ignored by git)
#   HUGO_ANCHOR=…   the Hugo site whose config and layouts to use
# Installs Debian's hugo and time packages when missing (as root, or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${RUNS:-3}
bench_dir=${BENCH_DIR:-$repo/target/bench}
anchor=${HUGO_ANCHOR:-/work/shared/anchors/hugo-site}
read -r -a gazette <<<"${GAZETTE:-$repo/bin/gazette}"

if [ $# -eq 0 ] || ! [[ "$*" =~ ^[0-9\ ]+$ ]]; then
  echo "usage: bench/versus-hugo.sh N [N2 …]   (RUNS=$runs builds of each, interleaved)" >&2
  exit 2
fi
if ! [ -f "$anchor/config.toml" ]; then
  echo "no Hugo anchor site at $anchor (set HUGO_ANCHOR)" >&2
  exit 2
fi

sudo_cmd=$([ "$(id -u)" -eq 0 ] || echo sudo)
for tool in hugo:hugo time:/usr/bin/time; do
  if ! command -v "${tool#*:}" >/dev/null; then
    echo "installing Debian's ${tool%%:*} …"
    $sudo_cmd apt-get install -y -q "${tool%%:*}" >/dev/null \
      || { $sudo_cmd apt-get update -q >/dev/null && $sudo_cmd apt-get install -y -q "${tool%%:*}" >/dev/null; }
  fi
done
if ! [ -f target/gazette.jar ]; then
  echo "building target/gazette.jar …"
  mvn -q -B package -DskipTests
fi
echo "$(hugo version | cut -d' ' -f1-2) against Gazette ($(${gazette[@]} --version 2>&1 | head -1)), $runs builds each, $(nproc) cores"

# measure LOG CMD…: runs CMD under GNU time; sets wall and cpu (user+sys) in s, rss in MiB.
measure() {
  local log=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" "$@" >"$log" 2>&1 || {
    echo "   failed: $*" >&2
    tail -20 "$log" >&2
    exit 1
  }
  read -r wall user sys kib <"$scratch/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss=$((kib / 1024))
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
summary=()
for n in "$@"; do
  dir=$bench_dir/versus-$n
  site=${CORPUS:-$dir/gazette}
  hugo_site=$dir/hugo
  echo "== $n notices → $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ -z "${CORPUS:-}" ]; then
    java bench/GenerateCorpus.java "$n" "$site" | sed 's/^/   /'
    cp -r templates assets "$site"/
    cp content/*.md "$site"/content/ # the site's own pages (about, accessibility) the footer links to
  fi
  cp -r "$anchor" "$hugo_site"
  rm -rf "$hugo_site/content" "$hugo_site/public"
  java -cp target/gazette.jar bench/ToHugo.java "$site" "$hugo_site" | sed 's/^/   /'

  # One untimed build of each first, so neither pays for reading the sources into the page cache.
  measure "$scratch/g.log" "${gazette[@]}" build --source "$site" --output "$dir/out-gazette"
  (cd "$hugo_site" && measure "$scratch/h.log" hugo --quiet -d "$dir/out-hugo")
  g_walls=() g_cpus=() g_rss=() h_walls=() h_cpus=() h_rss=()
  for run in $(seq 1 "$runs"); do
    rm -rf "$dir/out-gazette"
    measure "$scratch/g.log" "${gazette[@]}" build --source "$site" --output "$dir/out-gazette"
    g_walls+=("$wall") g_cpus+=("$cpu") g_rss+=("$rss")
    printf '   %d  Gazette %6.2f s wall %7.2f s CPU %5d MiB' "$run" "$wall" "$cpu" "$rss"
    rm -rf "$dir/out-hugo"
    (cd "$hugo_site" && measure "$scratch/h.log" hugo --quiet -d "$dir/out-hugo" && echo "$wall $cpu $rss" >"$scratch/h")
    read -r wall cpu rss <"$scratch/h"
    h_walls+=("$wall") h_cpus+=("$cpu") h_rss+=("$rss")
    printf '   Hugo %6.2f s wall %7.2f s CPU %5d MiB\n' "$wall" "$cpu" "$rss"
  done
  gw=$(printf '%s\n' "${g_walls[@]}" | median) gc=$(printf '%s\n' "${g_cpus[@]}" | median)
  hw=$(printf '%s\n' "${h_walls[@]}" | median) hc=$(printf '%s\n' "${h_cpus[@]}" | median)
  gr=$(printf '%s\n' "${g_rss[@]}" | sort -n | tail -1) hr=$(printf '%s\n' "${h_rss[@]}" | sort -n | tail -1)
  ratio=$(awk -v g="$gw" -v h="$hw" 'BEGIN { printf "%.2f", g / h }')
  cpu_ratio=$(awk -v g="$gc" -v h="$hc" 'BEGIN { printf "%.2f", g / h }')
  g_files=$(find "$dir/out-gazette" -type f | wc -l) h_files=$(find "$dir/out-hugo" -type f | wc -l)
  echo "   medians: Gazette ${gw} s (${gc} s CPU, ${gr} MiB, $g_files files), Hugo ${hw} s (${hc} s CPU, ${hr} MiB, $h_files files): ratio ${ratio} wall, ${cpu_ratio} CPU"
  summary+=("$(printf '%8s %10s %10s %9s %10s %10s %9s %7s %7s' "$n" "$gw" "$gc" "$gr" "$hw" "$hc" "$hr" "$ratio" "$cpu_ratio")")
done
echo
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times are only comparable on an idle machine)"
printf '%8s %10s %10s %9s %10s %10s %9s %7s %7s\n' N "Gazette(s)" "CPU(s)" "RSS(MiB)" "Hugo(s)" "CPU(s)" "RSS(MiB)" ratio "CPU"
printf '%s\n' "${summary[@]}"
