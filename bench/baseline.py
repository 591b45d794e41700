"""The speed baseline of the benchmarks: spaCy's small English pipeline, timed on our texts.

The targets are stated against en_core_web_sm's full pipeline. When that model
package is installed it is used as it is. Package registries here do not carry
it and nothing may be downloaded at run time, so otherwise the baseline is the
same pipeline built from spaCy's English "efficiency" config, the one the small
model is trained from: a hash-embedding CNN tok2vec shared by tagger and
parser, an NER with a tok2vec of its own, an attribute ruler mapping tags to
parts of speech and the rule lemmatizer (tables from spacy-lookups-data), with
the small model's label sets and untrained weights. Speed depends on that
architecture, the label counts and the text, not on the weights' values.
Install with `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import time
import warnings
from typing import Any

# Penn Treebank tags of the small model's tagger, with their universal part of speech.
_TAGS = {
    "$": "SYM", "''": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", ".": "PUNCT",
    ":": "PUNCT", "ADD": "X", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON",
    "FW": "X", "HYPH": "PUNCT", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "LS": "X",
    "MD": "AUX", "NFP": "PUNCT", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NNS": "NOUN",
    "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV",
    "RBS": "ADV", "RP": "ADP", "SYM": "SYM", "TO": "PART", "UH": "INTJ", "VB": "VERB",
    "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON",
    "WP": "PRON", "WP$": "PRON", "WRB": "ADV", "XX": "X", "_SP": "SPACE", "``": "PUNCT",
}  # fmt: skip
_DEPS = [
    "acl",
    "acomp",
    "advcl",
    "advmod",
    "agent",
    "amod",
    "appos",
    "attr",
    "aux",
    "auxpass",
    "case",
    "cc",
    "ccomp",
    "compound",
    "conj",
    "csubj",
    "csubjpass",
    "dative",
    "dep",
    "det",
    "dobj",
    "expl",
    "intj",
    "mark",
    "meta",
    "neg",
    "nmod",
    "npadvmod",
    "nsubj",
    "nsubjpass",
    "nummod",
    "oprd",
    "parataxis",
    "pcomp",
    "pobj",
    "poss",
    "preconj",
    "predet",
    "prep",
    "prt",
    "punct",
    "quantmod",
    "relcl",
    "xcomp",
]
_ENTS = [
    "CARDINAL",
    "DATE",
    "EVENT",
    "FAC",
    "GPE",
    "LANGUAGE",
    "LAW",
    "LOC",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PERSON",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
]


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
    return _same_architecture(), "en_core_web_sm's architecture and label sets, untrained weights"


def _same_architecture() -> Any:
    from spacy.cli.init_config import init_config
    from spacy.training import Example
    from spacy.util import load_model_from_config

    config = init_config(lang="en", pipeline=["tagger", "parser", "ner"], optimize="efficiency")
    config["components"]["ner"]["model"]["tok2vec"] = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 96,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 2500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 96,
            "depth": 4,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    }
    nlp = load_model_from_config(config, auto_fill=True)
    ruler = nlp.add_pipe("attribute_ruler", before="ner")
    nlp.add_pipe("lemmatizer", config={"mode": "rule"}, before="ner")

    def examples() -> list[Example]:
        n = max(len(_TAGS), len(_DEPS), len(_ENTS)) + 1
        doc = nlp.make_doc(" ".join(["word"] * n))
        tags = [list(_TAGS)[i % len(_TAGS)] for i in range(n)]
        deps = ["ROOT"] + [_DEPS[i % len(_DEPS)] for i in range(n - 1)]
        ents = [f"U-{_ENTS[i]}" if i < len(_ENTS) else "O" for i in range(n)]
        example = Example.from_dict(doc, {"tags": tags, "heads": [0] * n, "deps": deps, "entities": ents})
        return [example] * 40  # the parser keeps only labels seen 30 times (min_action_freq)

    nlp.initialize(get_examples=examples)
    ruler.load_from_tag_map({tag: {"POS": pos} for tag, pos in _TAGS.items()})  # initialize clears it
    return nlp


def seconds(nlp: Any, texts: list[str]) -> float:
    """CPU seconds of the full pipeline over ``texts`` in this process (one worker)."""
    start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # untrained weights make the lemmatizer note missing POS
        for _ in nlp.pipe(texts, n_process=1):
            pass
    return time.process_time() - start
