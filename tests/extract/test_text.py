"""Sentence and paragraph spans."""

from archive.extract.text import SentenceIndex, paragraph_spans, sentence_spans


def test_abbreviations_and_initials_do_not_split() -> None:
    doc = "Mr. Reyes met Gen. Hollis. John F. Walker left on Monday."
    spans = [doc[s.start : s.end] for s in sentence_spans(doc)]
    assert spans == ["Mr. Reyes met Gen. Hollis.", "John F. Walker left on Monday."]


def test_paragraphs_never_share_a_sentence() -> None:
    doc = "Headline here\n\nFirst body sentence. Second one"
    sents = sentence_spans(doc)
    assert [s.paragraph for s in sents] == [0, 1, 1]
    assert paragraph_spans(doc)[0] == (0, 13)


def test_sentence_index() -> None:
    doc = "One. Two. Three."
    idx = SentenceIndex(sentence_spans(doc))
    assert idx.at(doc.index("Two")).start == doc.index("Two")


def test_dateline_forms() -> None:
    from archive.extract.text import DATELINE

    for head in (
        "NAIROBI, Aug 12 (Reuters) - ",
        "SUVA, Fiji (AP) — ",
        "TOKYO, March 3 Kyodo - ",
        "REYKJAVIK, Thursday — ",
        "ABU DHABI, 9th July, 2014 (WAM) -- ",
        "ISLAMABAD: ",
        "Tehran, Jan 13, IRNA -- ",
        "Harare (AFP) - ",
        "Santiago, 24 February 2021. ",
    ):
        m = DATELINE.match(head + "Foreign Minister X met Y.")
        assert m is not None and m.end() == len(head), head
    assert DATELINE.match("Foreign Minister X met Y on Monday - and left.") is None
