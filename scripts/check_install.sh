#!/usr/bin/env bash
# A fresh `pip install .` (runtime dependencies only, no test extras) must run every
# documented input format: build a throw-away venv, import one file of each format
# from examples/ and standard input, and check every article landed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m venv "$work/venv"
if ! { "$work/venv/bin/python" -m pip install -q --upgrade pip && "$work/venv/bin/python" -m pip install -q .; } \
    > "$work/pip.log" 2>&1; then
    cat "$work/pip.log" >&2
    echo "check_install: pip install . failed" >&2
    exit 1
fi
archive="$work/venv/bin/archive"
db="$work/check.db"
fail=0

# file (format by extension) and the number of articles it holds
while read -r file count; do
    if ! out=$("$archive" --db "$db" import "examples/$file" --json 2>&1); then
        echo "check_install: importing examples/$file failed: $out" >&2
        fail=1
        continue
    fi
    new=$("$work/venv/bin/python" -c 'import json,sys; print(json.loads(sys.argv[1])["new"])' "$out")
    if [ "$new" != "$count" ]; then
        echo "check_install: examples/$file gave $new new articles, expected $count: $out" >&2
        fail=1
    fi
done <<'LIST'
dawn-2018-qureshi-moscow.txt 1
baltic-ferry.md 1
harbour-talks.html 1
wire-briefs.json 2
andean-post.jsonl 1
asia-feed.jsonl.gz 1
LIST

# standard input, into a database of its own (the file above is already stored)
if ! out=$("$archive" --db "$work/stdin.db" import - --format html --json < examples/harbour-talks.html 2>&1) \
    || [ "$("$work/venv/bin/python" -c 'import json,sys; print(json.loads(sys.argv[1])["new"])' "$out")" != 1 ]; then
    echo "check_install: import from standard input failed: $out" >&2
    fail=1
fi

# the read side works too
"$archive" --db "$db" stats > /dev/null
"$archive" --db "$db" meetings list --format json > /dev/null

[ "$fail" = 0 ] && echo "check_install: a plain pip install imports txt, md, html, json, jsonl, gz and stdin"
exit "$fail"
