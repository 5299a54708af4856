#!/usr/bin/env bash
# Prints every finding and diagnostic msglint reports on the samples, the rule fixtures and the
# bench corpus, without timing figures: run it before and after a change that must not change
# any verdict (a refactoring) and diff the two outputs.
#   bench/findings-snapshot.sh > before.txt; ...; bench/findings-snapshot.sh > after.txt; diff before.txt after.txt
# Needs a built msglint (mvn -B -q install -DskipTests) and test classes of linter-core.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/target/snapshot
mkdir -p "$WORK"
JAR=cli/target/msglint.jar
for sample in wrong right; do
  [[ -f "$WORK/$sample.cp" ]] || mvn -B -q -f "samples/$sample/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$PWD/$WORK/$sample.cp" >/dev/null
done
[[ -f "$WORK/core-test.cp" ]] || mvn -B -q -pl linter-core dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$WORK/core-test.cp" >/dev/null
[[ -d "$WORK/corpus" ]] || java -cp bench/target/classes io.msglint.bench.CorpusGenerator "$WORK/corpus" 5000 0.02 42 >/dev/null

# scan NAME BASE CLASSPATH PATH...: the JSON report, stats dropped
scan() {
  local name=$1 base=$2 cp=$3; shift 3
  java -jar "$JAR" check --classpath "$cp" --base-dir "$base" --format json --output "$WORK/$name.json" \
      --fail-on never "$@" >/dev/null 2>&1 || echo "$name: exit $?"
  echo "== $name"
  sed '/"stats"/,$d' "$WORK/$name.json"
}
scan wrong samples/wrong "@$WORK/wrong.cp" samples/wrong/src/main/java
scan right samples/right "@$WORK/right.cp" samples/right/src/main/java
scan fixtures linter-core/src/test "$(cat "$WORK/core-test.cp"):linter-core/target/test-classes" \
    linter-core/src/test/java/fixtures linter-core/src/test/uncompiled
scan corpus "$WORK/corpus" "@$WORK/wrong.cp" "$WORK/corpus/src"
