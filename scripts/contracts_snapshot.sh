#!/usr/bin/env bash
# Prints one digest line per contract output (`newsmon figures`, `newsmon dedup`, `newsmon sql --format json`)
# on the dev data: ../shared/gold and ../shared/pages when present, the project's own fixtures otherwise.
# Run it before and after a change that must not change behaviour, and compare:
#   scripts/contracts_snapshot.sh > /tmp/before.txt; ...; scripts/contracts_snapshot.sh | diff /tmp/before.txt -
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
SHARED=${SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
digest() { sha256sum | cut -c1-16; }

inputs=(tests/data/figures_stress.jsonl)
if [ -d "$SHARED/gold" ]; then inputs+=("$SHARED"/gold/*.jsonl); fi
for f in "${inputs[@]}"; do
    # every contract line: id and text, with the feed entries' date as 'published'
    "$BIN/python" - "$f" >"$work/in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    item = json.loads(line)
    text = item.get("text") or "\n\n".join(x for x in (item.get("title"), item.get("description")) if x)
    out = {"id": str(item.get("id")), "text": text}
    if item.get("date"):
        out["published"] = item["date"]
    print(json.dumps(out, ensure_ascii=False))
PY
    echo "figures $(basename "$f") $("$BIN/newsmon" figures <"$work/in.jsonl" | digest)"
done

if [ -f "$SHARED/pages/ground-truth.json" ]; then
    "$BIN/python" - "$SHARED/pages/ground-truth.json" >"$work/dedup.jsonl" <<'PY'
import json, sys
pages = json.load(open(sys.argv[1], encoding="utf-8"))
for key, page in sorted(pages.items()):
    body = page["articleBody"]
    print(json.dumps({"id": key, "text": body}, ensure_ascii=False))
    print(json.dumps({"id": key + "-copy", "text": body}, ensure_ascii=False))
    half = body[: len(body) // 2]
    print(json.dumps({"id": key + "-excerpt", "text": half}, ensure_ascii=False))
PY
    echo "dedup pages $("$BIN/newsmon" dedup <"$work/dedup.jsonl" | digest)"
fi

# one offline run with one closed feed: the seeds only; the ids and times vary, the content must not
printf '[topic]\nkeywords = ["Libya"]\n[[feeds]]\nname = "closed"\nurl = "http://127.0.0.1:9/feed"\n' >"$work/feeds.toml"
NEWSMON_ALLOWED_HOSTS=127.0.0.1 NEWSMON_RETRIES=0 NEWSMON_DB="$work/s.duckdb" NEWSMON_FEEDS="$work/feeds.toml" "$BIN/newsmon" run >/dev/null 2>&1 || true
for q in "select title, source, is_seed, length(text) n from articles order by title" \
         "select kind, value, qualifier, unit, location, as_of, sentence from figures order by 1, 2, 7" \
         "select * exclude (run_id, fetched_at) from figure_history order by all" \
         "select topic, kind, unit, location, value from latest_figures order by all"; do
    echo "sql $(echo "$q" | cut -c1-40 | tr ' ' _) $("$BIN/newsmon" sql --db "$work/s.duckdb" --format json "$q" 2>&1 | digest)"
done
