#!/usr/bin/env bash
# The search benchmark (docs/search.md). for N generated notices and plans (bench/GenerateCorpus.java),
# builds the site with phase timings, then prints the search index's budgets:
#   - index build time inside the build (the "search index" phase) and, alone, its time and the heap
#     it needs beyond its input (bench/SearchBench.java);        budget ≤ 10 s, ≤ 1 GiB at 10,000
#   - the whole index's size and file count;                   budget ≤ 30 MB
#   - per query, bytes of index downloaded and time to first results in headless Chromium with the
#     CPU throttled 4× and no cache (bench/SearchQueryBench.java); budgets ≤ 300 KB, ≤ 300 ms
#     from navigation; and the same query asked again in place on the search page; first of all the
#     floor: when a trivial page and the search page without a query are parsed and painted
#   - where the time from navigation to the first results goes, for one query: the page's milestones
#     and the main thread's work by kind, from a Chromium performance trace (bench/SearchTrace.java)
#
#   bench/search.sh N            e.g. bench/search.sh 10000
#
# Environment: BENCH_DIR (default target/bench), GAZETTE (default bin/gazette), AGAINST (another build's
# output folder of the same corpus, e.g. a copy of $BENCH_DIR/search-N/out made before a change: the queries
# are then loaded from both in turn and compared pair by pair, docs/search.md).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
n=${1:-}
if ! [[ "$n" =~ ^[0-9]+$ ]]; then
  echo "usage: bench/search.sh N" >&2
  exit 2
fi
bench_dir=${BENCH_DIR:-$repo/target/bench}
read -r -a gazette <<<"${GAZETTE:-$repo/bin/gazette}"
[ -f target/gazette.jar ] || mvn -q -B -o package -DskipTests
classpath=$repo/target/search-bench.classpath
[ -f "$classpath" ] || mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null

site=$bench_dir/search-$n
if ! [ -d "$site/content" ]; then
  mkdir -p "$bench_dir"
  java bench/GenerateCorpus.java "$n" "$site" | sed 's/^/   /'
fi
rm -rf "$site/templates" "$site/assets"
cp -r templates assets "$site"/
cp content/*.md "$site"/content/

echo "== $n notices and plans → $site/out"
rm -rf "$site/out"
GAZETTE_JAVA_OPTS="${GAZETTE_JAVA_OPTS:-} -Dgazette.timings=true" "${gazette[@]}" build --source "$site" --output "$site/out" >"$site/build.log" 2>&1 \
  || { echo "build failed:" >&2; tail -20 "$site/build.log" >&2; exit 1; }
grep -m1 '^已生成' "$site/build.log" | sed 's/^/   /'
grep -E '^\s+search index' "$site/build.log" | sed 's/^ */   in the build: /'
bytes=$(du -sb "$site/out/search" | cut -f1)
files=$(find "$site/out/search" -type f -name '*.json' | wc -l)
shards=$(find "$site/out/search/shards" -type f | wc -l)
largest=$(find "$site/out/search/shards" -type f -printf '%s\n' | sort -n | tail -1)
manifest=$(stat -c %s "$site/out/search/index.json")
printf '   index: %.1f MB in %d files (%d shards, largest %.1f KB; manifest %.1f KB)\n' \
  "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$files" "$shards" "$(awk -v b="$largest" 'BEGIN { print b / 1024 }')" \
  "$(awk -v b="$manifest" 'BEGIN { print b / 1024 }')"

java -Xmx4g -cp "$repo/target/gazette.jar" bench/SearchBench.java "$site" "$site/out" 3

# Queries: a common word, a campaign name, a place name, a document number the corpus has, mixed text, one character.
number=$(set +o pipefail; grep -rh '^doc_number:' "$site/content/notices" | head -1 | sed 's/^doc_number: *//')
java ${AGAINST:+"-Dbench.against=$AGAINST"} -cp "$(cat "$classpath"):$repo/target/gazette.jar" bench/SearchQueryBench.java "$site/out" \
  科普 科技活动周 沙坡头区 "$number" "2022年 科普讲座进校园" 5G 科
java -cp "$(cat "$classpath"):$repo/target/gazette.jar" bench/SearchTrace.java "$site/out" 沙坡头区
