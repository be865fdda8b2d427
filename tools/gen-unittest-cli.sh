#!/usr/bin/env bash
# Records `python3.13 -m unittest discover ...` on src/test/resources/unittest-cli/tests for
# UnittestCliTest (DIR in cases.txt stands for the copy's directory): each case is "### ARGS", the output (2>&1, the directory as DIR, times as
# X.XXXs), then "rc=STATUS".
set -euo pipefail
cd "$(dirname "$0")/../src/test/resources/unittest-cli"
work=$(mktemp -d)
cp -r tests "$work/"
out="$PWD/expected.txt"
: > "$out"
while IFS= read -r args; do
  echo "### $args" >> "$out"
  set +e
  (cd "$work" && PYENV_VERSION=3.13.0 python3.13 -m unittest ${args//DIR/$work} > "$work/run.txt" 2>&1)
  status=$?
  set -e
  sed -E -e "s|$work|DIR|g" -e 's/in [0-9]+\.[0-9]+s/in X.XXXs/' "$work/run.txt" >> "$out"
  echo "rc=$status" >> "$out"
done < cases.txt
rm -rf "$work"
