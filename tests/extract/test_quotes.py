"""Quotation spans and speakers on sentences written for these tests."""

from __future__ import annotations

from archive.extract.quotes import find_statements, quote_spans, quote_text
from archive.extract.records import ArticleFacts, CountryMention, Person, PersonMention, TitleMention
from archive.extract.text import sentence_spans


def _doc(body: str, title: str = "Headline") -> tuple[str, int]:
    return f"{title}\n\n{body}", len(title)


def _person(doc: str, name: str, *forms: str, country: str | None = None, title: str | None = None) -> Person:
    mentions = []
    for form in (name, *forms):
        i = doc.find(form)
        while i >= 0:
            if not any(m.start <= i < m.end for m in mentions):
                mentions.append(PersonMention(i, i + len(form), form))
            i = doc.find(form, i + len(form))
    mentions.sort(key=lambda m: m.start)
    titles = []
    if title and (j := doc.find(title)) >= 0:
        titles.append(TitleMention(title, j, j + len(title)))
    return Person(name, list(forms), titles, country, None, mentions)


def _country(doc: str, surface: str, code: str, kind: str = "name") -> list[CountryMention]:
    out, i = [], doc.find(surface)
    while i >= 0:
        out.append(CountryMention(code, i, i + len(surface), surface, kind))
        i = doc.find(surface, i + 1)
    return out


def _run(body: str, persons: list[Person] | None = None, countries=None, title="Headline"):
    doc, te = _doc(body, title)
    facts = ArticleFacts(countries=countries or [], persons=persons or [])
    return find_statements(doc, sentence_spans(doc), te, facts)


def _texts(body: str, title: str = "Headline") -> list[str]:
    return [s.text for s in _run(body, title=title)]


# -- spans ----------------------------------------------------------------------------


def test_curly_and_straight_double_quotes():
    assert _texts('“We will talk,” the envoy said. Later he said "nothing changed" today.') == [
        "We will talk,",
        "nothing changed",
    ]


def test_single_quotes_and_apostrophes():
    body = "The deal, which the country’s leader called ‘a fair bargain’, isn't final in the '90s sense."
    assert _texts(body) == ["a fair bargain"]


def test_plural_possessive_is_not_a_closing_mark():
    assert _texts("The ministers' talks ended and the farmers' union called it 'unfair'.") == ["unfair"]


def test_fragment():
    assert _texts("The minister said the city “warmly welcomes” the plan.") == ["warmly welcomes"]


def test_headline_quotes_ignored():
    assert _texts("Nothing quoted here.", title="Leader calls talks 'useful'") == []


def test_interrupted_quote_is_two_statements():
    assert _texts("“We are ready,” he said, “to talk.”") == ["We are ready,", "to talk."]


def test_multi_paragraph_quote_is_one_statement():
    body = "“The first part goes on.\n\n“And the second part ends here.”"
    assert _texts(body) == ["The first part goes on. And the second part ends here."]


def test_nested_quote_gives_two_statements():
    body = "“He asked me: ‘Can you fix it?’” an aide told reporters."
    assert _texts(body) == ["He asked me: ‘Can you fix it?’", "Can you fix it?"]


def test_word_as_word_is_not_a_statement():
    body = "“The word ‘crisis’ is too mild,” the official said."
    assert _texts(body) == ["The word ‘crisis’ is too mild,"]


def test_scare_quoted_names_are_not_statements():
    body = 'They signed the "Harbour Accord" and saw the so-called "grand bargain" fail.'
    assert _texts(body) == []


def test_closing_mark_only():
    body = 'The premier spoke at length but, he added, the door remains open. We will wait."'
    assert _texts(body) == ["the door remains open. We will wait."]


def test_quoted_subheading():
    body = "‘Steady Progress’\n\nThe minister said “we have made steady progress” this year."
    assert _texts(body) == ["Steady Progress", "we have made steady progress"]


def test_quote_spans_parts():
    doc = "“one\n\n“two”"
    (q,) = quote_spans(doc)
    assert quote_text(doc, q) == "one two"


# -- speakers ---------------------------------------------------------------------------


def test_named_speaker_after_and_before():
    body = "“We are ready,” said Anna Lind. Anna Lind told reporters: “We will wait.”"
    doc, _ = _doc(body)
    p = _person(doc, "Anna Lind", country="SE")
    st = _run(body, [p])
    assert [(s.speaker, s.speaker_person, s.speaker_country) for s in st] == [
        ("Anna Lind", 0, "SE"),
        ("Anna Lind", 0, "SE"),
    ]
    assert st[0].cue == "said" and doc[st[0].cue_start : st[0].cue_end] == "said"


def test_pronoun_speaker_is_the_latest_subject():
    body = "Omar Hadi met Lena Berg on Monday.\n\n“It went well,” he said."
    doc, _ = _doc(body)
    ps = [_person(doc, "Omar Hadi", "Hadi"), _person(doc, "Lena Berg", "Berg")]
    (st,) = _run(body, ps)
    assert st.speaker == "Omar Hadi"


def test_role_speaker_resolves_to_titled_person():
    body = "Foreign Minister Ivo Marek arrived in the capital.\n\n“Talks were useful,” the minister said."
    doc, _ = _doc(body)
    p = _person(doc, "Ivo Marek", country="CZ", title="Foreign Minister")
    (st,) = _run(body, [p])
    assert st.speaker == "Ivo Marek" and st.speaker_person == 0


def test_organisation_speaker():
    body = "The sides “agreed to meet again”, a statement issued by the Foreign Office said."
    (st,) = _run(body)
    assert st.speaker == "Foreign Office" and st.speaker_person is None


def test_unnamed_official_takes_country():
    body = "“It was a surprise,” a Norwegian official told reporters."
    doc, _ = _doc(body)
    (st,) = _run(body, countries=_country(doc, "Norwegian", "NO", "demonym"))
    assert st.speaker_country == "NO" and st.speaker_person is None


def test_country_speaker_with_calling_it():
    body = "Chile welcomed the decision on Friday, calling it “a step forward”."
    doc, _ = _doc(body)
    (st,) = _run(body, countries=_country(doc, "Chile", "CL"))
    assert (st.speaker, st.speaker_country, st.cue) == ("Chile", "CL", "calling")


def test_unnamed_source_without_country_is_none():
    body = "“Nothing moved,” a diplomat said."
    (st,) = _run(body)
    assert st.speaker is None


def test_following_quote_paragraph_keeps_speaker():
    body = "“First point,” said Anna Lind.\n\n“Second point, made at length.”"
    doc, _ = _doc(body)
    st = _run(body, [_person(doc, "Anna Lind")])
    assert [s.speaker for s in st] == ["Anna Lind", "Anna Lind"]


def test_trailing_according_to_statement_names_the_issuer():
    body = (
        "The sides “agreed to meet”, a statement issued by the Foreign Office said.\n\n"
        "The Chilean minister “welcomed” the offer, according to the statement."
    )
    st = _run(body)
    assert [s.speaker for s in st] == ["Foreign Office", "Foreign Office"]


def test_according_to_title_and_name():
    body = "The two discussed “trade and security”, according to Ministry Spokesperson Anna Lind."
    doc, _ = _doc(body)
    (st,) = _run(body, [_person(doc, "Anna Lind", country="SE")])
    assert st.speaker == "Anna Lind"


def test_unqualified_body_takes_the_country_of_unqualified_officials():
    body = (
        "Foreign Minister Ivo Marek met Chilean Foreign Minister Ana Lucero in Lima. "
        "They “agreed to meet again”, a statement by the Foreign Office said."
    )
    doc, _ = _doc(body)
    ps = [
        _person(doc, "Ivo Marek", country="CZ", title="Foreign Minister"),
        _person(doc, "Ana Lucero", country="CL"),
    ]
    ps[1].titles.append(
        TitleMention("Foreign Minister", doc.index("Foreign Minister Ana"), doc.index(" Ana"))
    )
    cs = _country(doc, "Chilean", "CL", "demonym")
    (st,) = _run(body, ps, countries=cs)
    assert (st.speaker, st.speaker_country) == ("Foreign Office", "CZ")


def test_unqualified_body_without_officials_has_no_country():
    body = "Chile and Peru talked. They “agreed to meet again”, a statement by the Foreign Office said."
    doc, _ = _doc(body)
    cs = _country(doc, "Chile", "CL") + _country(doc, "Peru", "PE")
    (st,) = _run(body, countries=cs)
    assert (st.speaker, st.speaker_country) == ("Foreign Office", None)
