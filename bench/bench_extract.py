"""Extraction throughput, next to spaCy's en_core_web_sm on the same texts in the same run.

    python bench/bench_extract.py [--corpus ../shared/corpus/dev.jsonl] [--articles 1000]

The corpus is repeated until it holds at least ``--articles`` articles. The
baseline (bench/baseline.py: en_core_web_sm, or its architecture when the model
package is absent) runs when spaCy is installed (`pip install -e '.[bench]'`;
nothing is downloaded). Both sides are timed in CPU seconds, so a busy machine does not skew the
ratio. Target: at least 10x the baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from archive.extract import document, extract

ROOT = Path(__file__).resolve().parent.parent


def load(corpus: Path) -> list[tuple[str | None, str, date | None]]:
    if corpus.suffix == ".jsonl":
        rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [
            (r.get("title"), r["text"], date.fromisoformat(r["published"]) if r.get("published") else None)
            for r in rows
        ]
    from archive.readers import RawArticle, ReadOptions, iter_articles

    return [
        (a.title, a.text, a.published)
        for a in iter_articles([str(corpus)], ReadOptions())
        if isinstance(a, RawArticle)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
    ap.add_argument("--corpus", type=Path, default=default if default.exists() else ROOT / "examples")
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()

    base = load(args.corpus)
    if not base:
        raise SystemExit(f"no articles in {args.corpus}")
    items = (base * (args.articles // len(base) + 1))[: max(args.articles, len(base))]
    words = sum(len(document(t, b).split()) for t, b, _ in items)

    extract(*items[0])  # load gazetteers once, as a long import would
    start = time.process_time()
    for title, body, published in items:
        extract(title, body, published)
    ours = time.process_time() - start
    print(f"corpus: {args.corpus} ({len(base)} distinct articles), {len(items)} articles, {words} words")
    print(
        f"archive extractor   {len(items) / ours:9.1f} articles/s  {words / ours:11.0f} words/s  (CPU time)"
    )

    sys.path.insert(0, str(ROOT / "bench"))
    import baseline

    loaded = baseline.load()
    if loaded is None:
        print("baseline: spaCy not installed; skipped (pip install -e '.[bench]')")
        return
    nlp, label = loaded
    sample = items[: min(len(items), 200)]  # the baseline is slow: time a sample, same texts
    texts = [document(t, b) for t, b, _ in sample]
    sample_words = sum(len(t.split()) for t in texts)
    theirs = baseline.seconds(nlp, texts)
    print(f"baseline: {label}")
    print(
        f"spaCy               {len(sample) / theirs:9.1f} articles/s  {sample_words / theirs:11.0f} words/s  (CPU time)"
    )
    print(f"ratio: {(words / ours) / (sample_words / theirs):.1f}x the baseline's words/s (target >= 10x)")


if __name__ == "__main__":
    main()
