#!/usr/bin/env bash
# Score `linimasa graph` against the development gold in this folder.
#
# The article texts are NOT in the repository: this script pulls the annotated
# ids out of ../shared/corpus/indonesian-news.jsonl (relative to the repository
# root) into a temporary docs file, runs the extractor on it and scores the
# output with ../shared/eval/score.py.
#
# usage: Tests/LinimasaExtractTests/DevGold/score-dev.sh [--json]
# env:   LINIMASA  path to a built linimasa binary (default: `swift run linimasa`)
#        SHARED    path to the shared folder (default: <repo>/../shared)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shared="${SHARED:-$root/../shared}"
gold="$here/corpus-dev.gold.jsonl"
corpus="$shared/corpus/indonesian-news.jsonl"
scorer="$shared/eval/score.py"

for f in "$corpus" "$scorer"; do
  [[ -f "$f" ]] || { echo "missing $f (is ../shared next to the repository?)" >&2; exit 2; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
docs="$tmp/docs.jsonl"
pred="$tmp/pred.json"

python3 -c 'import json,sys; ids={json.loads(l)["doc"] for l in open(sys.argv[1]) if l.strip()}; out=open(sys.argv[3],"w"); [out.write(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip() and json.loads(l)["id"] in ids]' \
  "$gold" "$corpus" "$docs"

if [[ -n "${LINIMASA:-}" ]]; then
  "$LINIMASA" graph "$docs" --format json -o "$pred"
else
  (cd "$root" && swift run linimasa graph "$docs" --format json -o "$pred")
fi

python3 "$scorer" --gold "$gold" --docs "$docs" --pred "$pred" "$@"
