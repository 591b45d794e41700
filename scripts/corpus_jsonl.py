"""Turn an annotated folder (<id>.txt + <id>.json gold) into an import file.

    python scripts/corpus_jsonl.py eval/own > /tmp/own.jsonl

The .txt holds the headline, a blank line and the body; the gold file gives
the publication date and source, which the importer needs to resolve dates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    folder = Path(sys.argv[1])
    for txt in sorted(folder.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        title, _, body = txt.read_text(encoding="utf-8").partition("\n\n")
        row = {
            "id": txt.stem,
            "title": title.strip(),
            "published": gold.get("published"),
            "source": gold.get("source"),
            "text": body.strip(),
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
