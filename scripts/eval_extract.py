"""Quick extraction check without a database: dev.jsonl in, gold-schema JSONL out.

    python scripts/eval_extract.py ../shared/corpus/dev.jsonl /tmp/pred.jsonl
    python3 ../shared/corpus/score.py ../shared/corpus/dev /tmp/pred.jsonl

`make eval` is the real measure (import, store, export); this one is for
iterating on rules quickly.
"""

from __future__ import annotations

import json
import sys
from datetime import date

from archive.extract import extract
from archive.extract.gold import to_gold


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            rec = json.loads(line)
            pub = date.fromisoformat(rec["published"]) if rec.get("published") else None
            facts = extract(rec.get("title"), rec["text"], pub)
            row = to_gold(
                facts, id=rec["id"], title=rec.get("title"), published=pub, source=rec.get("source")
            )
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
