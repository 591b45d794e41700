"""The discourse model and the speech-verb lemmas (invented sentences and names)."""

from __future__ import annotations

from archive.extract import discourse
from archive.extract.pipeline import run
from archive.extract.speaker_clauses import inflections, speech_verb_alternation
from archive.extract.text import sentence_spans


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    facts = run("Headline\n\n" + text, 8, None)
    return [(s.speaker, s.speaker_country) for s in facts.statements]


def _model(text: str) -> tuple[str, discourse.Discourse]:
    doc = "Headline\n\n" + text
    facts = run(doc, 8, None)
    return doc, discourse.build(doc, sentence_spans(doc), facts)


# -- speech verbs by lemma -------------------------------------------------------------


def test_inflections_by_rule() -> None:
    assert set(inflections("stress")) == {"stress", "stresses", "stressed", "stressing"}
    assert set(inflections("deny")) == {"deny", "denies", "denied", "denying"}
    assert set(inflections("reiterate")) >= {"reiterates", "reiterated", "reiterating"}
    assert set(inflections("say:said")) == {"say", "says", "said", "saying"}
    assert "quipped" in inflections("quip+")
    assert {"labelled", "labeled"} <= set(inflections("label+"))
    assert "pointed out" in inflections("point_out")


def test_bare_form_only_after_an_auxiliary() -> None:
    import re

    verb = re.compile(rf"\b(?:{speech_verb_alternation()})\b")
    assert verb.search("the minister will stress that")
    assert verb.search("she did not deny it")
    assert not verb.search("under great stress")
    assert verb.search("he had warned")


def test_new_inflection_is_a_cue() -> None:
    text = 'Foreign Minister Ilse Varga reaffirms that the border is "closed for good."'
    assert _speakers(text) == [("Ilse Varga", None)]


# -- roles and descriptions ----------------------------------------------------------


def test_demonym_role_links_to_the_person() -> None:
    text = (
        "Austrian President Lukas Brenner received the envoy in Vienna on Monday.\n\n"
        'The Austrian leader said the talks were "long overdue."'
    )
    assert _speakers(text) == [("Lukas Brenner", "AT")]


def test_role_prefers_the_subject_of_the_paragraph() -> None:
    text = (
        "Finance Minister Oskar Dahl met Trade Minister Pia Lund in Oslo. Dahl then held a "
        "video call with the central bank.\n\n"
        '"We will not wait," the minister said.'
    )
    doc, model = _model(text)
    ent = model.resolve(doc.index("the minister said"), "the minister")
    assert ent is not None and ent.name == "Oskar Dahl"


def test_description_with_another_country_is_not_the_person() -> None:
    text = (
        "Danish Foreign Minister Kasper Holm met his Swedish counterpart in Stockholm.\n\n"
        'A Swedish diplomat said the meeting was "frank."'
    )
    assert _speakers(text) == [("Sweden", "SE")]


def test_definite_unnamed_source_refers_back() -> None:
    text = (
        "A former Canadian official said the deal was fragile.\n\n"
        '"Nobody trusts anybody," the former official said.'
    )
    assert _speakers(text) == [("Canada", "CA")]


# -- pronouns --------------------------------------------------------------------------


def test_pronoun_skips_the_topic_named_before_it() -> None:
    text = (
        "Ingrid Solvang, an analyst, says the president needs allies.\n\n"
        'Kessler, she says, should "make the case in public."'
    )
    assert _speakers(text)[0][0] == "Ingrid Solvang"


def test_pronoun_finds_an_unnamed_speaker() -> None:
    text = (
        "The Romanian side said in a statement that the pace was fair.\n\n"
        "A Hungarian official who attended said the sides argued for hours. "
        '"We pushed hard," he said.'
    )
    assert _speakers(text)[-1] == ("Hungary", "HU")


def test_pronoun_agrees_in_gender() -> None:
    text = (
        'Mr Tomas Berg met Ms Elena Vasko in Prague. Mr Berg spoke first.\n\n"It is a good start," she said.'
    )
    assert _speakers(text) == [("Elena Vasko", None)]


def test_pronoun_resolves_to_speaker_of_a_reported_sentence() -> None:
    text = (
        'The two sides have not spoken since March, Petrov said. "I hope they return to the table," he said.'
    )
    assert _speakers(text)[0][0] == "Petrov"


def test_role_with_possessive_country_is_the_person() -> None:
    text = (
        "Secretary of State Ana Pires flew to Rome on Monday.\n\n"
        "Portugal's top diplomat said the two countries had agreed to form a group on "
        '"smaller problems" first.'
    )
    assert _speakers(text)[0][0] == "Ana Pires"


def test_coordinated_verb_is_not_a_reporting_frame() -> None:
    text = (
        "Defence Minister Olek Marchuk arrived in Riga.\n\n"
        'He also urged European partners to speed up payments, and said Kyiv expected a decision "within weeks".'
    )
    assert _speakers(text)[0][0] == "Olek Marchuk"


def test_object_relative_names_its_own_speaker() -> None:
    text = (
        "Ambassador Lars Vik saved his scorn for the envoy Piet Dekker, who had called for "
        'talks with Ivo Kral, who Dekker said was bringing only "shame".'
    )
    assert _speakers(text)[0][0] == "Piet Dekker"


def test_honorific_overrides_a_wrong_surname_merge() -> None:
    text = (
        "President Daniel Ochieng Waweru arrived on Monday, accompanied by his wife, Amani Waweru.\n\n"
        'Mr Waweru said the talks had lost years to "paperwork and pride".'
    )
    assert _speakers(text)[0][0] == "Daniel Ochieng Waweru"


def test_quote_paragraph_after_a_paragraph_about_a_speaker() -> None:
    text = (
        "Foreign Minister Lucia Ferrante met her Greek counterpart in Athens.\n\n"
        "Speaking at a joint news conference, Ferrante defended the plan against its critics.\n\n"
        '"Nobody here believes a fence will stop a family that has decided to leave."'
    )
    assert _speakers(text)[0][0] == "Lucia Ferrante"


def test_apposition_gives_a_role_for_later_descriptions() -> None:
    text = (
        "Earlier, Foreign Minister Omar Haddad held talks with the Andean League Secretary-General, "
        "Luis Ferreira Prado, at the league's headquarters. The secretary-general said the council "
        'would speak with "one voice or not at all."'
    )
    assert _speakers(text)[0][0] == "Luis Ferreira Prado"


def test_pronoun_subject_without_a_cue() -> None:
    text = (
        'President Rodrigo Salas said: "We want respect." He also wanted foreign troops out '
        '"probably in the next two years."'
    )
    assert _speakers(text)[-1][0] == "Rodrigo Salas"


def test_model_api_resolves_parties_for_other_stages() -> None:
    text = (
        "Nordic talks: Prime Minister Ana Vidal of Portugal met Croatian President Tomas Kral in "
        "Lisbon on Monday.\n\nThe premier later flew to Madrid. She met the king there."
    )
    doc, model = _model(text)
    premier = model.resolve_person(doc.index("The premier"), "the premier")
    assert premier is not None
    ent = model.person_entity(premier)
    assert ent is not None and ent.name == "Ana Vidal"
    she = model.resolve(doc.index("She met"), "She")
    assert she is not None and she.name == "Ana Vidal"
    croat = model.resolve(doc.index("The premier"), "the Croatian president")
    assert croat is not None and croat.name == "Tomas Kral"


def test_the_visiting_minister_is_the_one_introduced_as_visiting() -> None:
    from datetime import date

    from archive.extract import extract

    body = (
        "Tehran, Jan 13, IRNA -- Foreign Minister Reza Karimi here Monday conferred with his visiting "
        "Armenian counterpart Gagik Sargsyan. The meeting was also attended by Iran's Deputy Foreign "
        'Minister Abbas Kalantari.\n\nThe Iranian foreign minister said, "Security comes first." '
        'For his part, the visiting minister described relations as "exemplary" and praised the talks.'
    )
    facts = extract("Headline", body, date(2020, 1, 14))
    assert [s.speaker for s in facts.statements] == ["Reza Karimi", "Gagik Sargsyan"]


def test_a_role_after_an_opening_participle_is_the_subject_the_pronoun_continues() -> None:
    text = (
        "Norwegian Foreign Minister Karl Berg met Polish Foreign Minister Tomasz Kowalczyk in Oslo.\n\n"
        "Asked whether the deal was dead, the Polish minister smiled. He said his offer stood "
        'and that Berg had heard it before. "We are patient people," he said.'
    )
    assert _speakers(text)[-1][0] == "Tomasz Kowalczyk"


def test_a_capitalised_article_surname_alone_is_the_person_named_in_full() -> None:
    facts = run(
        "Headline\n\nQatari envoy Abdulrahman Jassim Al-Harbi met them. Later Al-Harbi chaired the "
        'session. "It went well," Al-Harbi said.',
        8,
        None,
    )
    assert [(p.name, p.aliases) for p in facts.persons] == [("Abdulrahman Jassim Al-Harbi", ["Al-Harbi"])]
    assert facts.statements[0].speaker == "Abdulrahman Jassim Al-Harbi"


def test_the_visiting_minister_of_a_datelined_story_is_the_one_from_elsewhere() -> None:
    text = (
        "NAIROBI, Aug 12 (Reuters) - Ugandan Commerce Minister Samuel Kagoda held talks here today "
        "with Kenyan Finance Minister Joseph Wambua.\n\nKenyan Trade Minister Elijah Kipsang also "
        'attended.\n\n"We came to agree," the visiting minister told reporters.'
    )
    assert _speakers(text)[-1][0] == "Samuel Kagoda"
    text = (
        "HARARE, Sept 9 (AFP) - South Africa's Deputy Foreign Minister Mandla Dube met Zimbabwean "
        "Foreign Minister Tendai Moyo here today.\n\nThe talks were also attended by South Africa's "
        'ambassador to Zimbabwe, Johan Pienaar.\n\n"We are neighbours," the visiting envoy said.'
    )
    assert _speakers(text)[-1][0] == "Mandla Dube"  # the ambassador is posted there, not visiting


def test_a_guest_in_subject_position_is_the_antecedent_of_the_next_he() -> None:
    text = (
        "NAIROBI, Aug 12 (Reuters) - Ugandan Commerce Minister Samuel Kagoda held talks here today "
        "with Kenyan Finance Minister Joseph Wambua.\n\nWambua spoke of tariffs.\n\n"
        'The Ugandan guest expressed his appreciation. "Coffee must move," he said.'
    )
    assert _speakers(text)[-1][0] == "Samuel Kagoda"


def test_a_reporting_clause_set_off_after_a_name_is_someone_else_speaking() -> None:
    text = (
        "Ugandan Commerce Minister Samuel Kagoda held talks in Nairobi with Kenyan Finance Minister "
        "Joseph Wambua.\n\nThe Kenyan minister said the talks went well. Kagoda, he noted, had "
        'brought proposals. "We settle an old account," he said.'
    )
    assert _speakers(text)[-1][0] == "Joseph Wambua"


def test_the_visiting_minister_is_the_one_told_as_arriving() -> None:
    text = (
        "Togolese Foreign Minister Komlan Adjo, arrived in Accra on Monday and was welcomed by "
        "Deputy Foreign Minister Kwabena Boateng.\n\nOn Tuesday he held talks with Foreign Minister "
        'Akosua Mensah.\n\n"Our borders are open," the visiting minister told journalists.'
    )
    assert _speakers(text)[-1][0] == "Komlan Adjo"


def test_it_after_a_body_told_with_its_own_statement_is_that_body() -> None:
    text = (
        "Prime Minister Kenzo Murata met Mongolian President Sodnom Baatar.\n\n"
        'A joint communique issued after the talks spoke of a "comprehensive partnership".\n\n'
        "The Kyrgyz energy ministry was more guarded in its statement. It said the talks had been "
        '"constructive and businesslike."'
    )
    assert _speakers(text)[-1][0] == "Kyrgyz energy ministry"


def test_a_role_subject_of_any_verb_in_the_sentence_before_is_the_next_he() -> None:
    text = (
        "ADDIS ABABA, Oct 10 (AFP) - Somali Foreign Minister Mohamed Farah arrived here on Sunday. He "
        'met his Ethiopian counterpart Ketema Alemu.\n\nMr. Farah told reporters: "We came to talk."\n\n'
        "The Ethiopian Foreign Minister was more guarded. At a dinner he gave for his guest, he said: "
        '"The boundaries are not open to negotiation."'
    )
    assert _speakers(text)[-1][0] == "Ketema Alemu"
