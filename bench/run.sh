#!/usr/bin/env bash
# msglint benchmark: msglint against PMD 7.27.0 (one rule, EmptyCatchBlock) on a generated
# codebase of about 5,000 files and 900K lines where 2% of files use Azure messaging.
# Prints medians of wall time, CPU time and peak RSS, the msglint/PMD ratio, the warm/cold
# ratio of msglint's own analysis time, dense throughput and the no-op overhead, and checks that
# msglint found exactly the findings the generator planted and that the two targets hold:
#   a cold run with cli/bin/msglint takes at most 0.05x PMD's wall time;
#   a warm re-run's stats.millis is at most 10% of the cold run's.
#   RUNS=3 FILES=5000 SHARE=0.02 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
FILES=${FILES:-5000}
SHARE=${SHARE:-0.02}
WORK=bench/target/run
if [[ ! -x /usr/bin/time ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
  echo "== installing GNU time (wall, CPU and peak RSS per run)"
  apt-get install -y -q time >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q time >/dev/null 2>&1; } || true
fi
[[ -x /usr/bin/time ]] || { echo "bench/run.sh needs GNU time for peak RSS: apt-get install -y time" >&2; exit 2; }
JAR=cli/target/msglint.jar
MSGLINT=cli/bin/msglint   # the launcher: class-data archive and C1, see README
GEN="java -cp bench/target/classes io.msglint.bench.CorpusGenerator"

echo "== building msglint"
mvn -B -q install -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
$GEN "$WORK/corpus" "$FILES" "$SHARE" 42
$GEN "$WORK/dense" 1000 1.0 43 >/dev/null
$GEN "$WORK/plain" 300 0 44 >/dev/null

echo "== resolving PMD 7.27.0 and the Azure SDK"
mvn -B -q -f bench/pmd/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/pmd.cp" >/dev/null
mvn -B -q -f samples/wrong/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/azure.cp" >/dev/null
mvn -B -q -f bench/pmd/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/plain.cp" -Dmdep.excludeGroupIds=com.azure >/dev/null

# measure NAME COMMAND...: appends "wall user+sys rssKB" to $WORK/NAME.times
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.tmp" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || true
  # The last line: GNU time puts "Command exited with non-zero status N" before it (PMD exits 4 on violations).
  tail -1 "$WORK/time.tmp" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >> "$WORK/$name.times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$WORK/$1.times" | median; }
stat_millis() { grep -o '"millis": [0-9]*' "$1" | head -1 | awk '{ print $2 }'; }

echo "== $RUNS runs each, side by side"
for i in $(seq "$RUNS"); do
  measure msglint "$MSGLINT" check --classpath "@$WORK/azure.cp" --base-dir "$WORK/corpus" \
      --format json --output "$WORK/msglint-$i.json" --format text --fail-on never "$WORK/corpus/src"
  stat_millis "$WORK/msglint-$i.json" >> "$WORK/cold.millis"
  measure msglint-jar java -jar "$JAR" check --classpath "@$WORK/azure.cp" --base-dir "$WORK/corpus" \
      --fail-on never "$WORK/corpus/src"
  measure pmd java -cp "$(cat "$WORK/pmd.cp")" net.sourceforge.pmd.cli.PmdCli check --no-cache \
      -d "$WORK/corpus/src" -R category/java/errorprone.xml/EmptyCatchBlock -f text
done

echo "== a first run that fills a fresh cache, then a warm re-run on the unchanged tree, $RUNS times"
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/cache-$i"
  for run in filling warm; do
    "$MSGLINT" check --classpath "@$WORK/azure.cp" --cache "$WORK/cache-$i" --format json \
        --output "$WORK/$run-$i.json" --fail-on never "$WORK/corpus/src"
    stat_millis "$WORK/$run-$i.json" >> "$WORK/$run.millis"
  done
done

echo "== dense codebase (every file uses the SDK) and a module without Azure messaging"
for i in $(seq "$RUNS"); do
  "$MSGLINT" check --classpath "@$WORK/azure.cp" --format json --output "$WORK/dense-$i.json" --fail-on never "$WORK/dense/src"
  stat_millis "$WORK/dense-$i.json" >> "$WORK/dense.millis"
  "$MSGLINT" check --format json --output "$WORK/plain-$i.json" --fail-on never "$WORK/plain/src"
  stat_millis "$WORK/plain-$i.json" >> "$WORK/plain.millis"
done

echo "== planted findings"
sed -E 's/^([^:]+):([0-9]+):[0-9]+: [a-z]+ \[(ML[0-9]+).*/\1:\2 \3/;t;d' "$WORK/msglint.out" | sort > "$WORK/found.txt"
sort "$WORK/corpus/expected-findings.txt" > "$WORK/expected.txt"
if diff -u "$WORK/expected.txt" "$WORK/found.txt" > "$WORK/findings.diff"; then
  planted="exactly the $(wc -l < "$WORK/expected.txt") planted findings"
else
  planted="MISMATCH, see $WORK/findings.diff"
fi

m_wall=$(column_median msglint 1); m_cpu=$(column_median msglint 2); m_rss=$(column_median msglint 3)
j_wall=$(column_median msglint-jar 1); j_cpu=$(column_median msglint-jar 2); j_rss=$(column_median msglint-jar 3)
p_wall=$(column_median pmd 1); p_cpu=$(column_median pmd 2); p_rss=$(column_median pmd 3)
cold=$(median < "$WORK/cold.millis"); warm=$(median < "$WORK/warm.millis"); filling=$(median < "$WORK/filling.millis")
dense=$(median < "$WORK/dense.millis"); plain=$(median < "$WORK/plain.millis")
lines=$(find "$WORK/corpus/src" -name '*.java' -exec cat {} + | wc -l)
echo
echo "corpus: $FILES files, $lines lines, share $SHARE; medians of $RUNS runs; $(nproc) cores"
printf '%-10s %10s %10s %12s\n' tool "wall s" "cpu s" "peak RSS MB"
printf '%-10s %10s %10s %12d\n' msglint "$m_wall" "$m_cpu" $((m_rss / 1024))
printf '%-10s %10s %10s %12d   (java -jar, without the launcher)\n' "msglint" "$j_wall" "$j_cpu" $((j_rss / 1024))
printf '%-10s %10s %10s %12d\n' "PMD 7.27" "$p_wall" "$p_cpu" $((p_rss / 1024))
MAX_WALL_RATIO=0.05
MAX_WARM_RATIO=0.1
awk -v m="$m_wall" -v p="$p_wall" -v t="$MAX_WALL_RATIO" 'BEGIN { printf "wall ratio msglint/PMD: %.3f (target <= %s)\n", m / p, t }'
awk -v w="$warm" -v c="$cold" -v f="$filling" -v t="$MAX_WARM_RATIO" 'BEGIN {
  printf "analysis time (stats.millis), target warm/cold <= %s:\n", t
  printf "  cold run without a cache %d ms; warm re-run %d ms: %.3f\n", c, w, w / c
  printf "  first run filling the cache %d ms; warm re-run %d ms: %.3f\n", f, w, w / f }'
awk -v d="$dense" 'BEGIN { printf "dense (1000 files, all using the SDK): %d ms, %.0f files/s (target >= 100)\n", d, 1000 / (d / 1000) }'
echo "no Azure messaging (300 files), command line: ${plain} ms of analysis"
echo "no Azure messaging, Maven plugin (a module whose compile classpath has no messaging library):"
java -cp "bench/target/classes:linter-core/target/classes:rules/target/classes:annotations/target/classes" \
    io.msglint.bench.NoOpOverhead "$WORK/plain.cp" | sed 's/^/  /'
echo "  (target < 100 ms: the plugin stops after this probe)"
echo "findings: $planted"
targets=$(awk -v m="$m_wall" -v p="$p_wall" -v w="$warm" -v c="$cold" -v tw="$MAX_WALL_RATIO" -v tc="$MAX_WARM_RATIO" \
  'BEGIN { print (m / p <= tw && w / c <= tc) ? "met" : "MISSED" }')
echo "targets: $targets"
[[ "$planted" == exactly* && "$targets" == met ]]
