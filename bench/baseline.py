"""The speed baseline of the benchmarks: spaCy's small English pipeline, timed on our texts.

The targets are stated against en_core_web_sm's full pipeline. When that model
package is installed it is used as it is. Package registries here do not carry
it and nothing may be downloaded at run time, so otherwise the baseline is the
same architecture built from spaCy's own English "efficiency" config (the one
the small model is trained from: hash-embedding CNN tok2vec, tagger, dependency
parser, NER) with untrained weights. Speed depends on the architecture and the
text, not on the weights' values, so the timing stands for the model's.
Install with `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import time
from typing import Any


def load() -> tuple[Any, str] | None:
    """(pipeline, label), or None when spaCy is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    try:
        return spacy.load("en_core_web_sm"), "en_core_web_sm"
    except OSError:
        pass
    from spacy.cli.init_config import init_config
    from spacy.training import Example
    from spacy.util import load_model_from_config

    config = init_config(lang="en", pipeline=["tagger", "parser", "ner"], optimize="efficiency")
    nlp = load_model_from_config(config, auto_fill=True)

    def examples() -> list[Example]:
        doc = nlp.make_doc("The minister met her counterpart in the capital on Monday.")
        n = len(doc)
        annotations = {"tags": ["NN"] * n, "heads": [0] * n, "deps": ["ROOT"] + ["dep"] * (n - 1)}
        return [Example.from_dict(doc, {**annotations, "entities": ["O"] * n})]

    nlp.initialize(get_examples=examples)
    return nlp, "en_core_web_sm architecture (tok2vec, tagger, parser, ner; untrained weights)"


def seconds(nlp: Any, texts: list[str]) -> float:
    """Wall time of the full pipeline over ``texts`` on one core."""
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=1):
        pass
    return time.perf_counter() - start
