"""Quotation sources named by bodies, asides and relative clauses (invented sentences)."""

from __future__ import annotations

from archive.extract.pipeline import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    facts = run("Headline\n\n" + text, 8, None)
    return [(s.speaker, s.speaker_country) for s in facts.statements]


def test_body_after_opening_phrase() -> None:
    text = 'In a note issued in Lisbon, the Portuguese Foreign Ministry described the move as "a mistake."'
    assert _speakers(text) == [("Portuguese Foreign Ministry", "PT")]


def test_relative_clause_subject() -> None:
    text = (
        'Alvaro Bento met Danish Foreign Minister Kasper Holm, who later told reporters it was "a fine day."'
    )
    assert _speakers(text)[0][0] == "Kasper Holm"


def test_what_it_called() -> None:
    text = (
        "On Friday, Chile's foreign ministry summoned the envoy, Anna Berg, "
        'to protest what it called "a hostile act."'
    )
    assert _speakers(text)[0][1] == "CL"


def test_statement_refers_back_to_its_issuer() -> None:
    text = (
        "Foreign ministers of the three countries met by video link, the Estonian Foreign Ministry "
        "said in a press release.\n\n"
        'The press release said the sides agreed that transit was "a priority area."'
    )
    assert _speakers(text) == [("Estonian Foreign Ministry", "EE")]


def test_lower_case_body_statement_refers_back() -> None:
    text = (
        "The delegations will meet on Friday, according to a Maltese foreign ministry statement.\n\n"
        '"Friday will show who is serious," the statement said.'
    )
    assert _speakers(text)[0][1] == "MT"


def test_document_read_by_a_person_is_the_documents() -> None:
    text = (
        "The final communique, read by the head of the Andean Commission, Rosa Villca, said the "
        'bloc "firmly rejects" the measures.'
    )
    assert _speakers(text)[0][0] == "Andean Commission"


def test_joint_statement_without_issuer() -> None:
    text = 'A joint statement said both governments would "keep talking."'
    assert _speakers(text) == [("joint statement", None)]


def test_ministry_statement_refers_back_to_the_ministry() -> None:
    text = (
        "The talks were held in Tallinn, the Latvian Foreign Ministry said.\n\n"
        'According to the ministry statement, the ministers "reaffirmed their partnership".'
    )
    assert _speakers(text)[0][1] == "LV"


def test_sentence_initial_according_to() -> None:
    text = 'According to the LFA statement, the two sides "agreed to disagree".'
    assert _speakers(text)[0][0] == "LFA"


def test_agency_quoted_person_as_saying() -> None:
    text = (
        "Foreign Minister Pavel Koren met the envoy on Monday.\n\n"
        'The state agency quoted Koren as saying the deal was "a turning point."'
    )
    assert _speakers(text)[0][0] == "Pavel Koren"


def test_person_was_quoted_in_a_statement() -> None:
    text = (
        "Finance Minister Lena Aro met creditors in Paris.\n\n"
        'Aro was quoted in the ministry\'s statement as saying the talks were "useful."'
    )
    assert _speakers(text)[0][0] == "Lena Aro"


def test_nested_reporting_credits_the_reported_speaker() -> None:
    text = (
        'Deputy Minister Ivo Stanek told his guest that Slovakia "values the partnership," '
        "the state news agency TASR reported."
    )
    assert _speakers(text)[0][0] == "Ivo Stanek"


def test_agency_by_its_own_name() -> None:
    text = (
        "Talks resumed in Geneva on Tuesday.\n\n"
        'In a separate commentary, Bernpost said the delegates were "running out of time."'
    )
    assert _speakers(text)[0][0] == "Bernpost"


def test_nested_reporting_after_a_closing_comma() -> None:
    text = (
        'Minister Ivo Stanek told his guest that Slovakia "values the partnership," '
        "the state news agency TASR reported."
    )
    assert _speakers(text)[0][0] == "Ivo Stanek"


def test_plural_subject_with_bare_verb() -> None:
    text = 'Croatian officials describe the plan as "premature."'
    assert _speakers(text) == [("Croatia", "HR")]


def test_quote_ending_in_an_inner_quote_takes_the_cue_after_it() -> None:
    text = (
        "\"The minister said, and I quote, 'We stand together,'\" government spokeswoman "
        "Rita Pellegrini told reporters."
    )
    assert _speakers(text)[0][0] == "Rita Pellegrini"


def test_party_with_lower_case_head() -> None:
    text = 'The ruling Green Horizon party said the trip had shown "resolve, not fear".'
    assert _speakers(text)[0][0] == "Green Horizon"


def test_seat_of_government_in_lower_case() -> None:
    text = 'A state department spokesman called the accord "a welcome step".'
    assert _speakers(text) == [("state department", "US")]


def test_officials_in_a_body() -> None:
    text = (
        "Chancellor Greta Holm will fly to Ottawa on Monday.\n\n"
        'Officials in the Chancellery had described the trip as a "working visit."'
    )
    assert _speakers(text)[0][0] == "Chancellery"


def test_quote_described_by_an_apposition_takes_the_earlier_cue() -> None:
    text = (
        "Denmark has made its views plain. Its embassy cautioned against "
        '"politicising trade", a phrase diplomats read as aimed at the visit.'
    )
    assert _speakers(text)[0][1] == "DK"


def test_it_added_refers_to_a_body_named_without_a_quote() -> None:
    text = (
        "The talks were useful, the Latvian Foreign Ministry said on Monday.\n\n"
        '"We will meet again," it added.'
    )
    assert _speakers(text) == [("Latvian Foreign Ministry", "LV")]


def test_the_broadcaster_refers_back_to_the_named_medium() -> None:
    text = (
        "The state broadcaster NRK reported the talks on Monday.\n\n"
        '"The sides are far apart," the broadcaster wrote on X.'
    )
    assert _speakers(text)[0][0] == "NRK"


def test_a_persons_press_office() -> None:
    text = (
        "Estonian President Karl Tamm called his Latvian counterpart, Ivars Ozols, on Saturday, "
        'and the two leaders "told the commissions to hurry," according to Mr. Tamm\'s press office.'
    )
    assert _speakers(text) == [("Tamm's press office", "EE")]


def test_it_said_after_an_unqualified_ministry() -> None:
    text = (
        "TALLINN - Foreign Minister Karl Berg flew to Riga on Monday.\n\n"
        'The ministry said in a statement that the talks would continue. "The door remains open," it said.'
    )
    assert _speakers(text) == [("ministry", "EE")]


def test_administration_official_speaks_for_the_own_side() -> None:
    text = (
        "OTTAWA - Prime Minister Claire Dubois will host the Nordvik party leader on Friday.\n\n"
        "A senior government official, who spoke on condition of anonymity, said the meeting would "
        'be held in her office. "We decided protocol should not get in the way," the official said.'
    )
    assert _speakers(text) == [("Canada", "CA")]


def test_a_document_with_no_body_behind_it_is_the_source() -> None:
    text = (
        'The final communique of the session underlines "the common will of the two countries." '
        'It adds that the two sides agreed "to open the crossing."'
    )
    assert _speakers(text) == [("final communique", None), ("final communique", None)]
    text = 'The final minutes of the session underline that the sides "will meet again."'
    assert _speakers(text) == [("final minutes", None)]


def test_a_document_does_not_hide_the_body_that_issued_it() -> None:
    text = 'The ministry said in a statement that the talks were "useful and frank."'
    assert _speakers(text) == [("ministry", None)]


def test_her_ministry_is_her_countrys_ministry() -> None:
    text = (
        "Guatemalan Foreign Minister Ana Lopez spoke in Congress. "
        'Her foreign ministry called the patrols "a provocation."'
    )
    assert _speakers(text) == [("Guatemala foreign ministry", "GT")]


def test_the_presidency_and_informed() -> None:
    text = 'The presidency informed that the meeting "took place in a climate of frankness."'
    assert _speakers(text)[0][0] == "presidency"


def test_words_a_statement_reports_a_person_urging() -> None:
    text = (
        "The premier was received by President Andrei Popescu. The presidency said in a statement "
        'that Popescu had urged the government to "show results against corruption."'
    )
    assert _speakers(text)[0][0] == "Andrei Popescu"
    text = (
        "The premier was received by President Andrei Popescu. The presidency said in a statement "
        "that Popescu had asked the minister to convey to the premier the country's "
        '"firm will to deepen integration."'
    )
    assert _speakers(text)[0][0] == "presidency"


def test_a_plan_told_by_a_body_stays_the_bodys() -> None:
    text = (
        "Fisheries Minister Ingrid Solheim of Norway spoke. Solheim will stress next week that the "
        'country "cannot keep paying," her ministry said.'
    )
    assert _speakers(text)[0][0] != "Ingrid Solheim"


def test_it_takes_up_the_body_whose_press_release_was_cited() -> None:
    text = (
        '"Ghana is a partner," Foreign Minister Kofi Mensah said, according to a press release from '
        'the foreign ministry. It added that the two sides "shared the view that trade must grow."'
    )
    assert [s for s, _c in _speakers(text)] == ["Kofi Mensah", "foreign ministry"]


def test_the_nationality_mediator_is_the_one_of_that_country_named() -> None:
    text = (
        "The talks were chaired by Qatari Minister of State Khalid al-Mutawa. "
        '"Both sides showed flexibility," the Qatari mediator said.'
    )
    assert _speakers(text)[0][0] == "Khalid al-Mutawa"


def test_he_added_after_a_role_subject_in_the_sentence_before() -> None:
    text = (
        "UN special envoy Halvard Sandvik met Deputy Foreign Minister Khaled Mutawa. "
        '"We are not asking for favours," the deputy minister said.\n\nQuoted by KUNA, the envoy said '
        'he would carry the file. "I have no illusions about the difficulty," he added.'
    )
    assert [s for s, _c in _speakers(text)] == ["Khaled Mutawa", "Halvard Sandvik"]
