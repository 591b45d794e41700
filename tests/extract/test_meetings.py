"""Meeting detection on crafted sentences, with hand-built person/country records."""

from __future__ import annotations

import re
from datetime import date

from archive.extract.meetings import find_meetings
from archive.extract.records import ArticleFacts, CountryMention, Person, PersonMention
from archive.extract.text import sentence_spans

PUB = date(2019, 6, 12)  # a Wednesday

PEOPLE = {
    "Ivo Novak": "HU",
    "Novak": "HU",
    "Anna Varga": "HU",
    "Varga": "HU",
    "Tomas Lind": "SE",
    "Lind": "SE",
    "Pedro Alves": "PT",
    "Alves": "PT",
    "Mara Costa": "BR",
    "Eva Berg": "SE",
}
PLACES = {
    "Lisbon": ("PT", "city"),
    "Stockholm": ("SE", "city"),
    "Budapest": ("HU", "city"),
    "BUDAPEST": ("HU", "city"),
    "Sweden": ("SE", "name"),
    "Portugal": ("PT", "name"),
    "Swedish": ("SE", "demonym"),
    "Portuguese": ("PT", "demonym"),
    "Hungarian": ("HU", "demonym"),
    "Hungary": ("HU", "name"),
    "Lisbon Palace": ("PT", "body"),
    "Riverside Hall": ("PT", "body"),
}


def _facts(doc: str) -> ArticleFacts:
    facts = ArticleFacts()
    by_name: dict[str, Person] = {}
    taken: list[tuple[int, int]] = []
    for form in sorted(PEOPLE, key=len, reverse=True):
        full = next(n for n in PEOPLE if n.endswith(form) and " " in n) if " " not in form else form
        for m in re.finditer(rf"\b{re.escape(form)}\b", doc):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            p = by_name.setdefault(full, Person(name=full, country=PEOPLE[full]))
            p.mentions.append(PersonMention(m.start(), m.end(), form))
    facts.persons = list(by_name.values())
    for p in facts.persons:
        p.mentions.sort(key=lambda pm: pm.start)
    for word, (code, kind) in PLACES.items():
        for m in re.finditer(rf"\b{word}\b", doc):
            facts.countries.append(CountryMention(code, m.start(), m.end(), word, kind))
    facts.countries.sort(key=lambda c: c.start)
    return facts


def _run(body: str, published: date | None = PUB, title: str = "Headline"):
    doc = f"{title}\n\n{body}"
    facts = _facts(doc)
    meetings = find_meetings(doc, sentence_spans(doc), len(title), published, facts)
    names = [sorted(facts.persons[i].name for i in m.participants) for m in meetings]
    return meetings, names


def test_met_with_place_and_weekday() -> None:
    ms, names = _run("Foreign Minister Anna Varga met Tomas Lind in Stockholm on Monday.")
    assert names == [["Anna Varga", "Tomas Lind"]]
    m = ms[0]
    assert m.countries == ["HU", "SE"]
    assert (m.location, m.location_country) == ("Stockholm", "SE")
    assert m.date == date(2019, 6, 10)
    assert m.cameo == "040" and m.trigger == "met"


def test_held_talks_with_counterpart_and_repeats_merge() -> None:
    body = (
        "Anna Varga held talks with her Swedish counterpart Tomas Lind in Stockholm yesterday.\n\n"
        "The two ministers discussed trade and energy.\n\n"
        "Experts will meet again, officials said after the meeting."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"]]
    assert ms[0].date == date(2019, 6, 11)


def test_phone_call() -> None:
    ms, names = _run("Tomas Lind spoke by phone with Pedro Alves on Tuesday.")
    assert names == [["Pedro Alves", "Tomas Lind"]]
    assert ms[0].cameo == "041" and ms[0].date == date(2019, 6, 11)


def test_visit_to_country_has_no_city() -> None:
    ms, _ = _run("Pedro Alves met Anna Varga during his visit to Sweden last week.")
    assert len(ms) == 1
    assert ms[0].location is None and ms[0].location_country == "SE"
    assert ms[0].date is None  # "last week" is coarse


def test_one_meeting_with_several_participants() -> None:
    ms, names = _run("In Lisbon on Monday, Anna Varga met Pedro Alves and Tomas Lind.")
    assert names == [["Anna Varga", "Pedro Alves", "Tomas Lind"]]
    assert ms[0].location == "Lisbon"


def test_hypothetical_and_proposed_are_not_meetings() -> None:
    ms, _ = _run(
        "Anna Varga said she would like to meet Tomas Lind.\n\nPedro Alves proposed a summit with Tomas Lind."
    )
    assert ms == []


def test_series_is_not_a_meeting() -> None:
    ms, _ = _run("Anna Varga and Tomas Lind have met several times since January.")
    assert ms == []


def test_airport_greeting_is_not_a_meeting() -> None:
    ms, _ = _run("Anna Varga was received by Hungarian officials upon her arrival at the airport.")
    assert ms == []


def test_scheduled_visit_uses_future_weekday() -> None:
    ms, names = _run("Tomas Lind will visit Portugal on Friday to meet Pedro Alves.")
    assert names and "Tomas Lind" in names[0]
    assert ms[0].location_country == "PT"
    assert ms[0].date == date(2019, 6, 14)


def test_no_published_date_leaves_weekday_unresolved() -> None:
    ms, _ = _run("Anna Varga met Tomas Lind in Stockholm on Monday.", published=None)
    assert len(ms) == 1 and ms[0].date is None


def test_pronoun_subject_takes_the_article_focus() -> None:
    body = (
        "Anna Varga began a tour of the region.\n\n"
        "Varga stopped first in Lisbon.\n\n"
        "She met Pedro Alves in Lisbon on Tuesday."
    )
    _ms, names = _run(body)
    assert ["Anna Varga", "Pedro Alves"] in names


def test_separate_meetings_stay_separate() -> None:
    body = "Anna Varga met Pedro Alves in Lisbon on Monday.\n\nShe met Tomas Lind in Stockholm on Tuesday."
    ms, _names = _run(body)
    assert len(ms) == 2
    assert {m.location for m in ms} == {"Lisbon", "Stockholm"}


def test_reporting_source_is_not_a_participant() -> None:
    _ms, names = _run("Anna Varga held talks with Tomas Lind on Monday, according to Mara Costa.")
    assert names == [["Anna Varga", "Tomas Lind"]]


def test_same_day_lead_takes_published_date() -> None:
    ms, _ = _run("Anna Varga held talks with Tomas Lind in Stockholm.")
    assert ms[0].date == PUB


def test_participle_clause_shares_the_sentence_subject() -> None:
    ms, names = _run(
        "Anna Varga became the first Hungarian minister to visit Portugal in decades, "
        "holding talks with Pedro Alves in Lisbon."
    )
    assert names == [["Anna Varga", "Pedro Alves"]]
    assert ms[0].location == "Lisbon"


def test_kin_appositive_is_not_a_participant() -> None:
    _ms, names = _run("Tomas Lind on Monday held talks with Anna Varga, Novak's sister, in Budapest.")
    assert names == [["Anna Varga", "Tomas Lind"]]


def test_pronoun_takes_the_previous_subject_not_the_most_mentioned() -> None:
    body = (
        "Anna Varga arrived in Stockholm. Varga praised Sweden. Varga left on Monday.\n\n"
        "Pedro Alves flew to Stockholm on Tuesday to join the talks.\n\n"
        "He met Tomas Lind in Stockholm on Tuesday."
    )
    _ms, names = _run(body)
    assert ["Pedro Alves", "Tomas Lind"] in names


def test_pronoun_skips_a_person_named_after_a_preposition() -> None:
    body = (
        "Anna Varga opened her tour in Lisbon on Monday.\n\n"
        "With Pedro Alves, the minister discussed trade on Monday.\n\n"
        "She visited Stockholm on Tuesday, where she met Tomas Lind."
    )
    _ms, names = _run(body)
    assert ["Anna Varga", "Tomas Lind"] in names


def test_fronted_clause_pronoun_points_at_the_main_subject() -> None:
    _ms, names = _run("After he met Tomas Lind on Monday, Pedro Alves said ties were strong.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_definite_reference_adds_people_to_the_meeting_in_focus() -> None:
    body = (
        "Anna Varga held a meeting with her Swedish counterpart Tomas Lind in Stockholm on Monday.\n\n"
        "Varga, joined at the meeting by Ivo Novak, praised the host."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Ivo Novak", "Tomas Lind"]]
    assert ms[0].location == "Stockholm"


def test_held_talks_with_anaphoric_subject_merges() -> None:
    body = (
        "Anna Varga met Pedro Alves in Lisbon on Monday.\n\n"
        "The ministers held wide-ranging talks on trade with Portugal."
    )
    ms, _ = _run(body)
    assert len(ms) == 1


def test_visit_absorbs_the_visitors_unplaced_encounter() -> None:
    body = (
        "Anna Varga ended a two-day visit to Lisbon on Monday.\n\n"
        "Officials praised the trip. The talks covered energy.\n\n"
        "Varga met Pedro Alves, the host, on Monday."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Pedro Alves"]]
    assert (ms[0].location, ms[0].location_country) == ("Lisbon", "PT")


def test_venue_and_city_of_one_country_are_one_meeting() -> None:
    body = (
        "Anna Varga held talks with Pedro Alves in Lisbon on Monday.\n\n"
        "Markets rose. Analysts were cautious. Trade grew.\n\n"
        "Varga's hour-long audience with Alves in the Lisbon Palace was cordial."
    )
    ms, _ = _run(body)
    assert len(ms) == 1 and ms[0].location == "Lisbon"


def test_aside_phone_call_of_the_same_pair_is_its_own_meeting() -> None:
    body = (
        "Anna Varga and Tomas Lind met briefly in Stockholm.\n\n"
        "Both, who talked by phone two days ago, met again on Wednesday at a dinner."
    )
    ms, names = _run(body)
    # the Stockholm meeting, the call two days ago, and the dinner where they "met again"
    assert names == [["Anna Varga", "Tomas Lind"]] * 3
    assert sorted(m.date for m in ms) == [date(2019, 6, 10), PUB, PUB]
    assert {m.cameo for m in ms} == {"040", "041"}


def test_since_date_does_not_date_the_meeting() -> None:
    ms, _ = _run("Anna Varga met Tomas Lind in Stockholm, the first such contact since December.")
    assert ms[0].date == PUB  # a lead event with no day of its own


def test_undated_news_later_in_the_report_takes_the_published_date() -> None:
    body = (
        "Markets rose sharply on Wednesday.\n\n"
        "Traders were cautious about energy prices.\n\n"
        "Anna Varga held talks with Tomas Lind in Stockholm."
    )
    ms, _ = _run(body)
    assert ms[0].date == PUB


def test_speaker_on_a_visit_is_the_visitor() -> None:
    ms, names = _run('Anna Varga, in an address opening an official visit to Sweden, said: "We are friends."')
    assert names == [["Anna Varga"]]
    assert ms[0].location_country == "SE"


def test_appositive_place_does_not_locate_the_meeting() -> None:
    ms, _ = _run(
        "Two days after the vote, a sore point in Stockholm, Anna Varga held a joint press conference "
        "with Pedro Alves to praise ties."
    )
    assert len(ms) == 1 and ms[0].location is None


def test_here_means_the_dateline_city() -> None:
    ms, _ = _run("STOCKHOLM, June 12 - Pedro Alves is due here tomorrow for an official visit to Sweden.")
    assert (ms[0].location, ms[0].location_country) == ("Stockholm", "SE")
    assert ms[0].date == date(2019, 6, 13)


def test_undated_past_event_takes_the_published_date_but_not_an_earlier_one() -> None:
    ms, _ = _run("Anna Varga met Tomas Lind in Stockholm.\n\nPedro Alves had met Lind earlier in Lisbon.")
    by_place = {m.location: m.date for m in ms}
    assert by_place["Stockholm"] == PUB
    assert by_place.get("Lisbon") is None


def test_undated_scheduled_visit_is_not_dated_today() -> None:
    ms, _ = _run("Tomas Lind will visit Portugal to meet Pedro Alves.")
    assert ms and ms[0].date is None


def test_also_on_a_day_dates_the_encounter_reported_before() -> None:
    body = "Anna Varga held talks with Tomas Lind in Stockholm.\n\nVarga also on Monday met Pedro Alves."
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"], ["Anna Varga", "Pedro Alves"]]
    assert [m.date for m in ms] == [date(2019, 6, 10), date(2019, 6, 10)]


def test_fronted_with_object_leaves_the_subject_open() -> None:
    body = (
        "Anna Varga arrived in Lisbon on Monday.\n\n"
        "With her Portuguese counterpart Pedro Alves, the minister discussed trade on Monday."
    )
    _ms, names = _run(body)
    assert ["Anna Varga", "Pedro Alves"] in names


def test_conference_call_with_reporters_is_no_meeting() -> None:
    ms, _ = _run(
        "Swedish officials discussing Lind's trip with reporters in a conference call on Tuesday were upbeat."
    )
    assert ms == []


def test_city_is_preferred_to_a_venue_of_the_same_meeting() -> None:
    body = "Anna Varga held talks with Pedro Alves in the Lisbon Palace.\n\nVarga and Alves met in Lisbon."
    ms, _ = _run(body)
    assert len(ms) == 1 and ms[0].location == "Lisbon"


def test_scene_setting_sentence_locates_the_next_encounter() -> None:
    ms, _ = _run("It was a busy day in Stockholm. On Monday Tomas Lind hosted Pedro Alves.")
    assert (ms[0].location, ms[0].location_country) == ("Stockholm", "SE")


def test_summit_attendees_are_gathered_from_later_sentences() -> None:
    body = (
        "Leaders gathered for a summit in Lisbon.\n\n"
        "Trade dominated. Energy was second.\n\n"
        "At the summit, Anna Varga said ties were strong.\n\n"
        "The summit gave Tomas Lind a platform."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"]]
    assert ms[0].location == "Lisbon"


def test_speaker_reporting_on_the_summit_is_not_an_attendee() -> None:
    body = "Leaders gathered for a summit in Lisbon.\n\nThe summit was a success for Anna Varga, Mara Costa said."
    _ms, names = _run(body)
    assert names == [["Anna Varga"]] or names == []


def test_gerund_after_after_takes_the_sentence_subject() -> None:
    _ms, names = _run("Pedro Alves praised ties on Monday after meeting Tomas Lind in Stockholm.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_visit_to_one_country_and_talks_with_another_are_two_meetings() -> None:
    body = (
        "Anna Varga arrived for a visit, opening a tour which includes Sweden.\n\n"
        "She held brief talks on Sunday with Portuguese minister Pedro Alves during a stopover in Lisbon."
    )
    ms, names = _run(body)
    assert ["Anna Varga", "Pedro Alves"] in names
    lis = next(m for m in ms if m.location == "Lisbon")
    assert lis.date == date(2019, 6, 9)


def test_invitation_and_unconfirmed_visit_are_not_meetings() -> None:
    ms, _ = _run(
        "Sweden has invited Hungarian Foreign Minister Anna Varga to visit Stockholm next year.\n\n"
        "A visit to Lisbon by Tomas Lind has been discussed but not confirmed."
    )
    assert ms == []


def test_the_two_ministers_take_the_pair_named_before() -> None:
    body = (
        "Anna Varga and her Swedish counterpart Tomas Lind agreed on a rail deal on Wednesday.\n\n"
        "The two ministers held three hours of talks in Stockholm before signing it."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"]]
    assert ms[0].location == "Stockholm" and ms[0].date == PUB


def test_they_last_met_elsewhere_is_another_meeting() -> None:
    body = "Anna Varga met Tomas Lind in Stockholm on Wednesday.\n\nThey last met in Budapest in January."
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"]] * 2
    assert [m.location for m in ms] == ["Stockholm", "Budapest"]
    assert ms[0].date == PUB and ms[1].date is None


def test_signed_after_talks_takes_main_clause_subjects() -> None:
    ms, names = _run("Anna Varga and Pedro Alves announced the deal after talks in Lisbon.")
    assert names == [["Anna Varga", "Pedro Alves"]]
    assert ms[0].location == "Lisbon"


def test_relative_aside_keeps_object_list() -> None:
    _ms, names = _run(
        "Pedro Alves met Anna Varga, who chaired the session, and her Swedish counterpart, "
        "Tomas Lind, in Lisbon on Monday."
    )
    assert names == [["Anna Varga", "Pedro Alves", "Tomas Lind"]]


def test_discussed_objects_are_topics() -> None:
    _ms, names = _run(
        "Anna Varga met Tomas Lind in Stockholm on Monday.\n\nThe ministers also discussed the Mara Costa plan."
    )
    assert names == [["Anna Varga", "Tomas Lind"]]


def test_unnamed_ministers_fold_into_the_named_meeting() -> None:
    body = (
        "The Hungarian and Swedish foreign ministers met in Stockholm, officials said.\n\n"
        "Anna Varga and Tomas Lind held talks that lasted four hours."
    )
    ms, names = _run(body, published=None)
    assert names == [["Anna Varga", "Tomas Lind"]]
    assert ms[0].location == "Stockholm"


def test_unresolved_weekdays_keep_encounters_apart() -> None:
    body = (
        "Anna Varga held talks with Tomas Lind in Stockholm on Sunday.\n\n"
        "Varga and Lind are due to attend a meeting in Stockholm on Tuesday."
    )
    ms, _ = _run(body, published=None)
    assert len(ms) == 2


def test_travel_for_talks_takes_the_traveller() -> None:
    body = (
        "Tomas Lind spoke about the budget on Monday.\n\n"
        "He travelled to Lisbon last month for talks with Pedro Alves."
    )
    ms, names = _run(body)
    assert names == [["Pedro Alves", "Tomas Lind"]]
    assert ms[0].location == "Lisbon"


def test_demonym_capital_is_the_capital_city() -> None:
    ms, _ = _run("Anna Varga held talks with Tomas Lind in the Swedish capital on Monday.")
    assert (ms[0].location, ms[0].location_country) == ("Stockholm", "SE")


def test_bare_capital_of_the_one_country_named() -> None:
    ms, _ = _run("Pedro Alves, on a visit to Sweden, met Tomas Lind in the capital on Monday.")
    assert (ms[0].location, ms[0].location_country) == ("Stockholm", "SE")


def test_capital_the_places_missed_is_still_a_place() -> None:
    ms, _ = _run("Anna Varga met Tomas Lind in Oslo on Monday.")
    assert (ms[0].location, ms[0].location_country) == ("Oslo", "NO")


def test_two_encounters_joined_in_one_sentence() -> None:
    ms, names = _run(
        "Anna Varga held talks with Tomas Lind in Budapest on Sunday, and received Pedro Alves on Monday."
    )
    assert names == [["Anna Varga", "Tomas Lind"], ["Anna Varga", "Pedro Alves"]]
    assert [m.date for m in ms] == [date(2019, 6, 9), date(2019, 6, 10)]
    assert ms[1].location == "Budapest"  # nothing moved the host


def test_encounter_dated_from_the_call_in_focus() -> None:
    body = (
        "Anna Varga spoke by phone with Tomas Lind on Tuesday.\n\n"
        "The call came two days after Varga held talks in Lisbon with Pedro Alves."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"], ["Anna Varga", "Pedro Alves"]]
    assert ms[1].date == date(2019, 6, 9)


def test_reported_two_ministers_point_back() -> None:
    body = (
        "Anna Varga spoke by phone with Tomas Lind on Tuesday.\n\n"
        "A statement added that the two ministers discussed energy.\n\n"
        "Varga held talks with Pedro Alves in Lisbon on Monday."
    )
    _ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"], ["Anna Varga", "Pedro Alves"]]


def test_wrapping_up_a_visit_gives_no_meeting_day() -> None:
    ms, _ = _run("Pedro Alves wrapped up his visit to Sweden on Tuesday.")
    assert all(m.date is None for m in ms)


def test_launching_talks_is_a_process() -> None:
    ms, _ = _run("Portugal is launching intensive talks with Sweden.")
    assert ms == []


def test_pronoun_after_a_fronted_clause_sentence() -> None:
    body = (
        "Before arriving in Lisbon, Anna Varga held talks with Tomas Lind on Monday.\n\n"
        "She is expected to meet Pedro Alves on Friday."
    )
    _ms, names = _run(body)
    assert ["Anna Varga", "Pedro Alves"] in names


def test_leaders_of_named_countries_take_part() -> None:
    body = (
        "On Monday Anna Varga hosted the leaders of Sweden and Portugal in Budapest.\n\n"
        "Tomas Lind said the region needed calm. Pedro Alves said little."
    )
    _ms, names = _run(body)
    assert names == [["Anna Varga", "Pedro Alves", "Tomas Lind"]]


def test_separate_bilateral_beside_a_multilateral_meeting() -> None:
    body = (
        "Anna Varga met Tomas Lind, Pedro Alves and Mara Costa in Lisbon on Monday.\n\n"
        "Lind said little. He and Varga held a separate meeting on Monday evening."
    )
    _ms, names = _run(body)
    assert names == [["Anna Varga", "Mara Costa", "Pedro Alves", "Tomas Lind"], ["Anna Varga", "Tomas Lind"]]


def test_aside_and_trailing_place_stay_in_the_clause() -> None:
    ms, _ = _run("Anna Varga met Tomas Lind, who chaired the session, and Pedro Alves, in Lisbon on Monday.")
    assert (ms[0].location, ms[0].date) == ("Lisbon", date(2019, 6, 10))


def test_venue_placed_in_a_city_gives_the_city() -> None:
    ms, _ = _run("Anna Varga met Pedro Alves at the Riverside Hall in Lisbon on Monday.")
    assert (ms[0].location, ms[0].location_country) == ("Lisbon", "PT")


def test_phone_call_has_no_place() -> None:
    ms, _ = _run("Tomas Lind spoke by phone with Pedro Alves in Lisbon on Tuesday.")
    assert ms[0].location is None and ms[0].countries == ["PT", "SE"]


def test_event_framing_a_hypothetical_meeting_is_none() -> None:
    body = "Anna Varga and Tomas Lind could meet on the sidelines of a regional meeting in Lisbon next month."
    ms, _ = _run(body)
    assert ms == []
    ms, _ = _run("Anna Varga will visit Sweden ahead of next month's leaders' meeting in Lisbon.")
    assert all(m.location != "Lisbon" for m in ms)


def test_person_after_said_opening_a_reported_clause_takes_part() -> None:
    _ms, names = _run("Officials said Anna Varga was due in Stockholm on Monday for talks with Tomas Lind.")
    assert names == [["Anna Varga", "Tomas Lind"]]


def test_nth_day_of_a_visit_that_ended_on_a_known_day() -> None:
    body = (
        "Anna Varga wrapped up a three-day visit to Sweden on Tuesday.\n\n"
        "On the first day of the visit, she held talks with Tomas Lind."
    )
    ms, _ = _run(body)
    talks = [m for m in ms if m.trigger == "talks"]
    assert talks and talks[0].date == date(2019, 6, 9)


def test_fronted_day_heads_every_trigger_of_the_sentence() -> None:
    body = "Later on Monday, Anna Varga received Tomas Lind in a courtesy call at the Lisbon Palace."
    ms, _ = _run(body)
    assert ms and all(m.date == date(2019, 6, 10) for m in ms)


def test_second_stop_where_clause_takes_its_place_day_and_subject() -> None:
    body = (
        "Anna Varga is due to fly to Stockholm on Thursday for a meeting with local bankers "
        "before proceeding to Lisbon, where she will hold talks with Pedro Alves on Saturday."
    )
    ms, names = _run(body)
    talks = [m for m in ms if m.trigger == "talks"]
    assert talks and talks[0].location == "Lisbon" and talks[0].date == date(2019, 6, 15)
    assert ["Anna Varga", "Pedro Alves"] in names


def test_returned_from_place_where_she_met() -> None:
    ms, _ = _run("Anna Varga returned on Monday from Lisbon, where she met Pedro Alves.")
    assert ms and ms[0].location == "Lisbon"


def test_named_building_in_the_clause_beats_an_earlier_city() -> None:
    ms, _ = _run("It was a busy day in Lisbon.\n\nAnna Varga was received by Mara Costa at the Grand Hall.")
    assert ms and ms[0].location == "Grand Hall"
    ms, _ = _run("Anna Varga met Tomas Lind in Stockholm at the Harbour Convention Center on Monday.")
    assert ms[0].location == "Stockholm"


def test_airport_welcome_by_name_is_ceremony() -> None:
    ms, _ = _run("Anna Varga arrived at the Northfield International Airport and was welcomed by Tomas Lind.")
    assert all(m.trigger != "welcomed" for m in ms)


def test_meeting_came_as_clause_gives_no_place() -> None:
    body = "Anna Varga met Tomas Lind on Monday.\n\nThe meeting came as protesters marched in Lisbon."
    ms, _ = _run(body)
    assert all(m.location != "Lisbon" for m in ms)


def test_meeting_attended_by_joins_the_meeting_several_sentences_back() -> None:
    body = (
        "Anna Varga received Tomas Lind in Budapest on Monday.\n\n"
        "During the meeting, Varga welcomed the visiting minister.\n\n"
        "The two sides reviewed relations.\n\n"
        "Lind conveyed a message from his government.\n\n"
        '"Ties are strong," Varga said.\n\n'
        "The meeting was attended by Ivo Novak and Pedro Alves."
    )
    _, names = _run(body)
    assert names == [["Anna Varga", "Ivo Novak", "Pedro Alves", "Tomas Lind"]]


def test_greetings_sent_to_someone_make_no_party() -> None:
    body = (
        "Anna Varga received Tomas Lind in Budapest on Monday.\n\n"
        "During the meeting, Varga welcomed the visiting minister and conveyed her greetings to Mara Costa."
    )
    _, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"]]


def test_speaker_reporting_a_deal_reached_in_talks_with_someone_took_part() -> None:
    _, names = _run("Anna Varga told reporters the deal was reached in talks yesterday with Tomas Lind.")
    assert names == [["Anna Varga", "Tomas Lind"]]


def test_bare_capital_in_a_datelined_story_is_the_dateline_capital() -> None:
    body = "BUDAPEST - Anna Varga received Tomas Lind, the minister from Sweden, in the capital on Monday."
    ms, _ = _run(body)
    assert (ms[0].location, ms[0].location_country) == ("Budapest", "HU")


def test_talks_during_a_visit_are_dated_by_the_talks_not_the_arrival() -> None:
    body = (
        "Tomas Lind arrived in Budapest on Sunday for a three-day visit at the invitation of Anna Varga.\n\n"
        "Varga met with Lind on Monday during the visit."
    )
    ms, names = _run(body)
    assert names == [["Anna Varga", "Tomas Lind"]]
    assert ms[0].date == date(2019, 6, 10)


def test_coordinated_passive_and_travel_predicates_are_separate_encounters() -> None:
    body = (
        "Tomas Lind held talks with Pedro Alves in Lisbon on Sunday and was received by Mara Costa "
        "yesterday, officials said."
    )
    ms, names = _run(body)
    assert names == [["Pedro Alves", "Tomas Lind"], ["Mara Costa", "Tomas Lind"]]
    assert [m.date for m in ms] == [date(2019, 6, 9), date(2019, 6, 11)]
    body = "Anna Varga spoke by phone with Mara Costa on Monday and travelled to Lisbon last week for talks with Pedro Alves."
    ms, names = _run(body)
    assert names == [["Anna Varga", "Mara Costa"], ["Anna Varga", "Pedro Alves"]]
    assert ms[1].location == "Lisbon" and ms[0].location is None


def test_unknown_town_named_by_city_of_takes_the_dateline_country() -> None:
    ms, _ = _run("BUDAPEST - Anna Varga met Tomas Lind in the southern city of Zelvar on Monday.")
    assert (ms[0].location, ms[0].location_country) == ("Zelvar", "HU")


def test_next_round_with_dates_not_finalised_is_no_meeting() -> None:
    body = (
        "Anna Varga had met Tomas Lind in Lisbon on Monday. The two ministers agreed to hold the next "
        "round of consultations in Stockholm, though dates are yet to be finalised. Varga said she "
        "hoped to visit Sweden later this year."
    )
    ms, _ = _run(body)
    assert [(m.location, m.date) for m in ms] == [("Lisbon", date(2019, 6, 10))]


def test_dateline_with_country_and_agency_gives_the_town_its_country() -> None:
    body = "BUDAPEST, Hungary (AP) — Anna Varga met Tomas Lind on the southern resort island of Zelvar on Monday."
    ms, _ = _run(body)
    assert (ms[0].location, ms[0].location_country) == ("Zelvar", "HU")


def test_sideline_meeting_takes_the_frame_events_city() -> None:
    ms, _ = _run(
        "Foreign ministers of the bloc gathered for their annual meeting in Lisbon on Tuesday. "
        "On the sidelines of the meeting, Ivo Novak held talks with Tomas Lind."
    )
    m = next(m for m in ms if {"HU", "SE"} <= set(m.countries))
    assert m.location == "Lisbon"


def test_agreed_to_consider_a_meeting_is_no_meeting() -> None:
    ms, _ = _run("Ivo Novak and Tomas Lind agreed to consider holding the next meeting in Stockholm.")
    assert not any(m.location == "Stockholm" for m in ms)


def test_a_quarrel_between_two_countries_is_no_meeting() -> None:
    ms, _ = _run(
        "The ministers gathered in Lisbon for talks overshadowed by a war of words between Sweden and Hungary."
    )
    assert not any(m.countries == ["HU", "SE"] and not m.participants for m in ms)


def test_visit_to_two_cities_gives_each_host_to_their_own_stop() -> None:
    ms, _ = _run(
        "Mara Costa visited Lisbon and Stockholm last month, where she met Pedro Alves and Tomas Lind."
    )
    by_place = {m.location: set(m.participants) for m in ms}
    assert "Tomas Lind" not in by_place.get("Lisbon", set())
    assert "Pedro Alves" not in by_place.get("Stockholm", set())


def test_an_airport_greeting_by_ones_own_side_is_no_meeting() -> None:
    ms, _ = _run(
        "Ivo Novak was met at the airport by Anna Varga, and was received later on Tuesday by Tomas Lind in Stockholm."
    )
    assert not any("Anna Varga" in m.participants for m in ms)


def test_dateline_country_for_unplaced_talks() -> None:
    ms, _ = _run("BUDAPEST: Anna Varga held talks with Tomas Lind on Tuesday.")
    assert len(ms) == 1
    assert ms[0].location is None and ms[0].location_country == "HU"


def test_pronoun_after_own_subject_is_that_subject() -> None:
    _ms, names = _run(
        "Pedro Alves met Mara Costa on Monday.\n\n"
        "Tomas Lind is due in Lisbon tomorrow for a visit during which he will hold talks with Pedro Alves."
    )
    assert ["Pedro Alves", "Tomas Lind"] in names


def test_day_after_apposition_belongs_to_the_trigger() -> None:
    ms, _ = _run(
        "Anna Varga met visiting Tomas Lind at Riverside Hall, the seat of the council, on Monday, "
        "with both vowing closer ties."
    )
    assert ms[0].date == date(2019, 6, 10)


def test_sides_told_by_number_take_the_countries_named_before() -> None:
    ms, _ = _run(
        "Anna Varga met Tomas Lind in Stockholm on Monday.\n\n"
        "Sweden and Portugal still disagree on fishing quotas. "
        "Experts of the two countries are due to meet in Lisbon on June 20."
    )
    later = [m for m in ms if m.location == "Lisbon"]
    assert len(later) == 1 and later[0].countries == ["PT", "SE"]
    assert later[0].date == date(2019, 6, 20)


def test_parties_listed_with_commas_before_the_trigger() -> None:
    ms, _ = _run("The foreign ministers of Sweden, Portugal and Hungary opened talks in Lisbon on Monday.")
    assert len(ms) == 1 and ms[0].countries == ["HU", "PT", "SE"]


def test_talks_during_a_visit_take_the_host_country() -> None:
    ms, _names = _run(
        "Pedro Alves has become the first Portuguese minister to visit Sweden, holding talks with "
        "Tomas Lind in Stockholm.\n\nAlves also on Monday held private talks with Eva Berg."
    )
    berg = [m for m in ms if len(m.participants) == 2 and m.location != "Stockholm"]
    assert len(berg) == 1 and berg[0].location_country == "SE"


def test_pair_in_focus_joins_a_video_call() -> None:
    ms, names = _run(
        "Anna Varga held talks with Tomas Lind in Stockholm on Monday.\n\n"
        "The two ministers later joined Pedro Alves by video link to prepare for a regional meeting."
    )
    assert ["Anna Varga", "Pedro Alves", "Tomas Lind"] in names
    call = next(m for m in ms if len(m.participants) == 3)
    assert call.cameo == "041" and call.date == date(2019, 6, 10)
    assert len(ms) == 2  # the meeting prepared for is not an encounter


def test_call_on_with_according_to_is_a_visit() -> None:
    _ms, names = _run(
        "Tomas Lind is also expected to call on Pedro Alves at Lisbon Palace on Thursday, "
        "according to the ministry."
    )
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_speaker_of_said_after_talks_takes_part() -> None:
    _ms, names = _run("Tomas Lind said on Tuesday after talks with Pedro Alves that the deal was close.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_spoke_with_and_news_conference_with_are_encounters() -> None:
    for body in (
        "Tomas Lind spoke with Pedro Alves in Lisbon on Monday.",
        "Tomas Lind held a joint news conference with Pedro Alves in Lisbon on Monday.",
    ):
        _ms, names = _run(body)
        assert names == [["Pedro Alves", "Tomas Lind"]]
    ms, _names = _run("Tomas Lind spoke with reporters in Lisbon on Monday.")
    assert ms == []


def test_speaker_who_met_or_told_the_visitor_takes_part() -> None:
    for body in (
        "Tomas Lind, who met Pedro Alves in Lisbon on Monday, said ties were strong.",
        "Pedro Alves told the visiting Swedish minister Tomas Lind on Monday that ties were strong.",
    ):
        _ms, names = _run(body)
        assert names == [["Pedro Alves", "Tomas Lind"]]


def test_intention_governs_the_whole_clause() -> None:
    ms, _names = _run(
        "Tomas Lind also plans to raise the fishing issue with Pedro Alves at a regional video summit."
    )
    assert ms == []


def _run_titled(body: str, titles: dict[str, str]):
    from archive.extract.records import TitleMention

    doc = f"Headline\n\n{body}"
    facts = _facts(doc)
    for p in facts.persons:
        if p.name in titles:
            p.titles.append(TitleMention(titles[p.name], 0, 0))
    meetings = find_meetings(doc, sentence_spans(doc), len("Headline"), PUB, facts)
    return meetings, [sorted(facts.persons[i].name for i in m.participants) for m in meetings]


def test_description_of_a_named_person_is_a_party() -> None:
    _ms, names = _run_titled(
        "Foreign Minister Tomas Lind arrived in Lisbon on Monday for trade talks.\n\n"
        "The Swedish minister is scheduled to call on Pedro Alves today and will also meet Mara Costa.",
        {"Tomas Lind": "Foreign Minister", "Pedro Alves": "President"},
    )
    assert ["Pedro Alves", "Tomas Lind"] in names
    assert ["Mara Costa", "Tomas Lind"] in names


def test_counterpart_must_hold_the_same_office() -> None:
    _ms, names = _run_titled(
        "President Pedro Alves welcomed Foreign Minister Tomas Lind in Lisbon on Monday.\n\n"
        "Alves met his Swedish counterpart in Stockholm on Friday.",
        {"Tomas Lind": "Foreign Minister", "Pedro Alves": "President"},
    )
    assert names.count(["Pedro Alves", "Tomas Lind"]) == 1


def test_ministry_is_a_venue() -> None:
    ms, _names = _run(
        "Anna Varga held talks with Tomas Lind at the Ministry of Foreign Affairs and Trade on Monday."
    )
    assert ms[0].location == "Ministry of Foreign Affairs and Trade"


def test_a_new_bodys_future_meeting_is_not_the_talks_told() -> None:
    ms, _names = _run(
        "Anna Varga held talks with Tomas Lind in Stockholm on Monday.\n\n"
        "The two sides also agreed to set up a working group that will hold its first meeting in Lisbon on June 20."
    )
    talks = next(m for m in ms if m.participants)
    assert talks.location == "Stockholm" and talks.date == date(2019, 6, 10)
    assert any(m.location == "Lisbon" and m.date == date(2019, 6, 20) for m in ms)


def test_called_the_plan_is_no_call() -> None:
    ms, _names = _run("Tomas Lind called the new border timings a good start for Pedro Alves and his team.")
    assert ms == []
    _ms, names = _run("Tomas Lind called the Portuguese president, Pedro Alves, on Tuesday.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_deadline_is_not_the_day_and_venue_takes_dateline_country() -> None:
    ms, _names = _run(
        "BUDAPEST: Sweden and Portugal yesterday agreed to keep the crossing open from next month, "
        "after talks between Tomas Lind and Pedro Alves at the Ministry of Commerce."
    )
    assert ms[0].date == date(2019, 6, 11)
    assert (ms[0].location, ms[0].location_country) == ("Ministry of Commerce", "HU")


def test_call_on_then_fly_for_talks_are_two_stops() -> None:
    ms, names = _run(
        "Pedro Alves held talks with Anna Varga on Monday.\n\n"
        "Alves is due to call on President Tomas Lind in Stockholm tomorrow and will then fly to Budapest "
        "for talks with Hungarian officials on Friday, a spokesman said."
    )
    stops = {(m.location, m.date) for m in ms}
    assert ("Stockholm", date(2019, 6, 13)) in stops and ("Budapest", date(2019, 6, 14)) in stops
    assert ["Pedro Alves", "Tomas Lind"] in names and len(ms) == 3


def test_sides_named_by_country_then_by_name_are_one_encounter() -> None:
    ms, names = _run(
        "BUDAPEST: Swedish and Portuguese negotiators opened a new round of talks here today.\n\n"
        "Tomas Lind and Pedro Alves met for two hours, officials said. Alves said the two delegations "
        "would hold their next session here on Thursday, and the negotiating groups would meet next week."
    )
    # the delegations' next session, told with its day and place, is a scheduled encounter of the sides
    assert names == [["Pedro Alves", "Tomas Lind"], []]
    assert ms[0].date == PUB and ms[0].location == "Budapest"
    assert ms[1].countries == ["PT", "SE"] and ms[1].date == date(2019, 6, 13)


def test_last_spoke_is_an_earlier_encounter() -> None:
    ms, names = _run(
        "Tomas Lind spoke by phone with Pedro Alves today.\n\n"
        "Lind and Alves last spoke in March, shortly after the summit. The two ministers last met in Budapest."
    )
    assert names.count(["Pedro Alves", "Tomas Lind"]) == 3
    assert sum(1 for m in ms if m.date == PUB) == 1


def test_counterparts_are_two_sides_whatever_their_countries() -> None:
    _ms, names = _run("Anna Varga met her counterpart Ivo Novak in Stockholm on Monday.")
    assert names == [["Anna Varga", "Ivo Novak"]]
    ms, _names = _run("Anna Varga met Ivo Novak in Budapest on Monday.")
    assert ms == []  # both of one side, nothing says otherwise


def test_sideline_meeting_is_its_own_on_the_summits_day_and_place() -> None:
    ms, _names = _run(
        "Tomas Lind attended the regional summit in Lisbon on Monday.\n\n"
        "On the sidelines of the summit, Lind met Mara Costa."
    )
    side = [m for m in ms if m.trigger == "met"]
    assert len(ms) == 2 and len(side) == 1
    assert (side[0].location, side[0].date) == ("Lisbon", date(2019, 6, 10))


def test_talks_in_a_city_are_not_the_call_before() -> None:
    ms, _names = _run(
        "Tomas Lind spoke by phone with Pedro Alves on Monday.\n\n"
        "Lind will fly to Lisbon next week for talks with Alves. Officials have floated a meeting in Budapest."
    )
    assert len(ms) == 2
    assert {m.cameo for m in ms} == {"041", "040"}


def test_conversation_between_and_a_place_qualifying_the_visit() -> None:
    ms, names = _run(
        "The first Lisbon visit by a Swedish leader in a decade will not be about the past.\n\n"
        "Trade will dominate the conversation Friday between Tomas Lind and Pedro Alves."
    )
    assert names == [["Pedro Alves", "Tomas Lind"]]
    assert ms[0].location_country == "PT" and ms[0].date == date(2019, 6, 14)


def test_fronted_yesterday_heads_every_clause() -> None:
    ms, names = _run(
        "Yesterday, Tomas Lind met Pedro Alves in Lisbon and received Mara Costa at Lisbon Palace."
    )
    assert names == [["Pedro Alves", "Tomas Lind"], ["Mara Costa", "Tomas Lind"]]
    assert all(m.date == date(2019, 6, 11) for m in ms)


def test_day_of_the_sentence_before_carries_to_the_next_encounter() -> None:
    ms, _names = _run(
        "On Monday, Tomas Lind held talks with Pedro Alves in Lisbon. Lind then met Mara Costa, the Brazilian envoy."
    )
    assert [m.date for m in ms] == [date(2019, 6, 10), date(2019, 6, 10)]


def test_also_met_takes_the_visits_day_and_host_country() -> None:
    ms, _names = _run(
        "Tomas Lind arrived in Lisbon on Monday for a two-day visit. He held talks with Pedro Alves. "
        "He also met Mara Costa, the Brazilian envoy."
    )
    costa = next(m for m in ms if m.trigger == "met")
    assert (costa.location_country, costa.date) == ("PT", date(2019, 6, 10))


def test_present_tense_travel_is_a_schedule_and_then_visit_is_another_stop() -> None:
    ms, _names = _run(
        "Tomas Lind met Mara Costa on Monday.\n\n"
        "Lind travels to Lisbon on Friday for talks with Portuguese officials and will then visit Hungary."
    )
    lisbon = next(m for m in ms if m.location == "Lisbon")
    assert lisbon.date == date(2019, 6, 14) and "HU" not in lisbon.countries


def test_venue_followed_by_its_town() -> None:
    ms, _names = _run("Tomas Lind held talks with Pedro Alves at State House Lisbon on Monday.")
    assert (ms[0].location, ms[0].location_country) == ("State House Lisbon", "PT")


def test_returning_home_is_not_the_place() -> None:
    ms, _names = _run("Tomas Lind is due to meet Pedro Alves tomorrow before returning to Stockholm.")
    assert ms and ms[0].location is None


def test_countries_listed_as_parties_are_no_places() -> None:
    ms, _names = _run(
        "Trade ministers from Sweden, Portugal and Hungary are scheduled to meet in Maui next week."
    )
    assert ms and ms[0].location_country is None
    ms, _names = _run("Tomas Lind visited Portugal and Hungary last week.")
    assert {m.location_country for m in ms} == {"PT", "HU"}


def test_visit_scope_reaches_a_host_of_unknown_country() -> None:
    body = (
        "Tomas Lind held talks with Pedro Alves in Lisbon on Tuesday, on the first day of an official visit to "
        "Portugal.\n\nLind is scheduled to meet Joao Neves, the speaker of parliament, on Wednesday."
    )
    doc = f"Headline\n\n{body}"
    facts = _facts(doc)
    from archive.extract.records import Person, PersonMention

    start = doc.index("Joao Neves")
    facts.persons.append(Person(name="Joao Neves", mentions=[PersonMention(start, start + 10, "Joao Neves")]))
    ms = find_meetings(doc, sentence_spans(doc), len("Headline"), PUB, facts)
    neves = next(m for m in ms if len(facts.persons) - 1 in m.participants)
    assert neves.location_country == "PT"


def test_called_on_appeal_or_visit() -> None:
    ms, _names = _run("Tomas Lind called on Pedro Alves to end the blockade at once.")
    assert ms == []
    _ms, names = _run("Tomas Lind called on Pedro Alves at Lisbon Palace on Tuesday to discuss the blockade.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_travel_for_a_stated_encounter_is_a_trip() -> None:
    ms, _names = _run(
        "Tomas Lind held talks with Anna Varga on Monday.\n\n"
        "Lind will then travel to Lisbon on Sunday to brief Pedro Alves on the outcome of the talks."
    )
    assert any(m.location == "Lisbon" and m.date == date(2019, 6, 16) for m in ms)
    ms, _names = _run("Tomas Lind flew to Lisbon on Sunday.")
    assert ms == []  # a flight with no encounter stated is no trip report


def test_a_planned_event_is_no_scene() -> None:
    ms, _names = _run(
        "The ministers agreed to hold the next round in Stockholm next year.\n\n"
        "Pedro Alves is also scheduled to meet Tomas Lind on Thursday."
    )
    assert ms and ms[0].location is None


def test_the_role_of_one_named_holder_is_that_person() -> None:
    _ms, names = _run_titled(
        "Crown Prince Tomas Lind began a state visit to Portugal on Monday.\n\n"
        "The crown prince was received by President Pedro Alves at Lisbon Palace.",
        {"Tomas Lind": "Crown Prince", "Pedro Alves": "President"},
    )
    assert ["Pedro Alves", "Tomas Lind"] in names


def test_carried_day_keeps_the_tense_of_its_sentence() -> None:
    ms, _names = _run(
        "Pedro Alves met Anna Varga on Monday.\n\n"
        "Officials said Tomas Lind will leave for Lisbon on Tuesday on an official visit. "
        "During the visit, Lind will hold talks with Pedro Alves."
    )
    assert all(m.date != date(2019, 6, 11) for m in ms if 2 in m.participants)


def test_travel_to_attend_an_event_is_no_trip_report() -> None:
    ms, _names = _run("Tomas Lind will also travel to Lisbon, where he will attend a trade fair.")
    assert ms == []


def test_a_venue_of_unknown_country_can_be_in_the_visits_city() -> None:
    ms, _names = _run(
        "Pedro Alves began a state visit to Sweden, with trade dominating his talks in Stockholm.\n\n"
        "Alves was received by Tomas Lind at the Royal Palace."
    )
    assert len(ms) == 1


def test_talks_days_into_a_visit_join_it() -> None:
    ms, _names = _run(
        "Pedro Alves is paying a state visit to Sweden from June 9 to 13.\n\n"
        "Tomas Lind held talks with Alves in Stockholm on June 11."
    )
    assert len(ms) == 1 and ms[0].date == date(2019, 6, 11)


def test_precision_guards_for_speech_and_series() -> None:
    for body in (
        "Tomas Lind said he had met Pedro Alves several times.",
        "Tomas Lind spoke with Swedish reporters about Pedro Alves.",
        "Tomas Lind called the Portuguese proposal by Pedro Alves a trap.",
    ):
        ms, _names = _run(body)
        assert ms == [], body
    _ms, names = _run("Tomas Lind spoke with Pedro Alves about Anna Varga on Monday.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_sideline_meeting_and_its_frame_event_are_apart() -> None:
    ms, _names = _run(
        "Anna Varga and Tomas Lind announced the plan after meeting in Stockholm, on the sidelines of a "
        "three-day ministerial meeting of the Council of Fish Producing Countries that ends Thursday."
    )
    assert len(ms) == 2
    assert PUB in {m.date for m in ms}  # the sideline talks are the report's news of the day
