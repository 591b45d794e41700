"""Encounter frames, round 2: each encounter keeps its own day, place and parties."""

from __future__ import annotations

from datetime import date

from tests.extract.test_meetings import PUB, _run, _run_titled


def test_talks_the_following_day_are_their_own_encounter() -> None:
    ms, names = _run(
        "On Tuesday, Pedro Alves was received by Anna Varga in Budapest.\n\n"
        "The technical talks took place the following day with his Swedish counterpart, Tomas Lind."
    )
    assert len(ms) == 2
    assert ms[1].date == date(2019, 6, 12)  # the day after the Tuesday reception
    assert "Tomas Lind" in names[1]
    assert "Pedro Alves" in names[1]


def test_a_meeting_that_should_take_place_is_a_wish() -> None:
    ms, _names = _run(
        "Pedro Alves met Tomas Lind in Lisbon on Monday.\n\n"
        "Alves said the first meeting of the committee should take place in Stockholm in June."
    )
    assert len(ms) == 1 and ms[0].location == "Lisbon"


def test_a_person_who_joined_the_call_takes_part_in_it() -> None:
    _ms, names = _run(
        "Anna Varga and Tomas Lind discussed energy during a video call on Tuesday.\n\n"
        "Both ministers agreed to meet again.\n\nThe talk was friendly, officials said.\n\n"
        "Trade has grown.\n\nExports doubled.\n\n"
        "Pedro Alves, who joined the call from Lisbon, said the talks were useful."
    )
    assert names == [["Anna Varga", "Pedro Alves", "Tomas Lind"]]


def test_a_country_after_discussed_is_a_topic_and_a_call_has_no_place() -> None:
    ms, _names = _run(
        "Anna Varga and Tomas Lind discussed the situation in Portugal during a phone call on Monday."
    )
    assert len(ms) == 1
    assert (ms[0].location, ms[0].location_country) == (None, None)
    ms, _names = _run("Anna Varga and Tomas Lind discussed trade in Lisbon on Monday.")
    assert ms[0].location == "Lisbon"


def test_the_pair_in_focus_last_met_further_back() -> None:
    ms, names = _run(
        "Anna Varga and Tomas Lind held a video call on Tuesday.\n\n"
        + "".join(f"Exports rose by {k} percent.\n\n" for k in range(2, 10))
        + "The two ministers last met in person in Lisbon in March."
    )
    assert len(ms) == 2
    assert names[1] == ["Anna Varga", "Tomas Lind"] and ms[1].location == "Lisbon"
    assert ms[0].cameo == "041" and ms[0].location is None


def test_a_day_in_a_who_aside_is_not_the_meetings() -> None:
    ms, _names = _run("Pedro Alves, who arrived from Lisbon on Monday, met Tomas Lind at Riverside Hall.")
    assert len(ms) == 1 and ms[0].date == PUB  # the report's own news, not the arrival day


def test_a_day_across_and_will_belongs_to_the_other_predicate() -> None:
    ms, _names = _run("Pedro Alves is due back in Lisbon tomorrow and will meet Tomas Lind there on Friday.")
    assert len(ms) == 1 and ms[0].date == date(2019, 6, 14)


def test_the_demonym_leader_is_the_head_of_government_not_his_deputy() -> None:
    _ms, names = _run_titled(
        "Prime Minister Tomas Lind and Deputy Prime Minister Eva Berg arrived in Lisbon on Monday.\n\n"
        "Eva Berg said the trip was useful.\n\n"
        "The Swedish leader is due to fly to Budapest on Friday for talks with Ivo Novak.",
        {"Tomas Lind": "Prime Minister", "Eva Berg": "Deputy Prime Minister", "Ivo Novak": "President"},
    )
    assert ["Ivo Novak", "Tomas Lind"] in names


def test_the_deputy_pm_is_the_one_named_before_with_that_office() -> None:
    _ms, names = _run_titled(
        "Deputy Prime Minister Tomas Lind began a visit to Portugal on Monday.\n\n"
        "President Pedro Alves praised the ties.\n\n"
        "On Tuesday, the Deputy PM held talks with Anna Varga in Lisbon.",
        {"Tomas Lind": "Deputy Prime Minister", "Pedro Alves": "President"},
    )
    assert ["Anna Varga", "Tomas Lind"] in names


def test_a_speaker_who_says_after_talks_with_y_held_them() -> None:
    _ms, names = _run(
        "Prime Minister Pedro Alves says Sweden has agreed to buy more cork, after talks with "
        "Tomas Lind in Stockholm on Thursday."
    )
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_a_place_the_talks_covered_is_no_second_encounter() -> None:
    ms, _names = _run(
        "Pedro Alves held talks with Tomas Lind in Stockholm on Sunday.\n\n"
        "A statement said the discussions had covered the reopening of roads around Lisbon."
    )
    assert len(ms) == 1 and ms[0].location == "Stockholm"
    ms, _names = _run(
        "Pedro Alves held talks with Tomas Lind in Stockholm on Sunday.\n\n"
        "They said the preparations for the Lisbon meeting had been discussed."
    )
    assert len(ms) >= 1 and ms[0].location == "Stockholm"


def test_travel_to_a_from_b_where_tells_a_meeting_in_b() -> None:
    ms, _names = _run("Pedro Alves travelled to Stockholm from Budapest, where last week he met Ivo Novak.")
    assert len(ms) == 1 and ms[0].location == "Budapest"


def test_a_call_pointing_back_at_the_lede_takes_its_pair_and_day() -> None:
    ms, names = _run(
        "Pedro Alves and his Swedish counterpart, Tomas Lind, agreed on Tuesday to reopen the border.\n\n"
        "The 30-minute phone call was the first since Alves took office."
    )
    assert names == [["Pedro Alves", "Tomas Lind"]]
    assert ms[0].date == date(2019, 6, 11) and ms[0].cameo == "041"


def test_both_presidents_naming_no_one_are_the_pair_told_before() -> None:
    ms, names = _run_titled(
        "President Pedro Alves spoke by phone with President Tomas Lind on Monday.\n\n"
        "Anna Varga received Eva Berg in Budapest on Tuesday.\n\n"
        "Both presidents will take part in a videoconference of European leaders on June 20.",
        {"Pedro Alves": "President", "Tomas Lind": "President", "Anna Varga": "Foreign Minister"},
    )
    assert names[-1] == ["Pedro Alves", "Tomas Lind"] and ms[-1].date == date(2019, 6, 20)


def test_a_meeting_put_off_is_none() -> None:
    ms, _names = _run(
        "A bilateral meeting in Lisbon, which Pedro Alves had proposed to Tomas Lind, has been put off indefinitely."
    )
    assert ms == []


def test_the_two_ministers_last_met_are_the_pair_named_before() -> None:
    ms, names = _run(
        "Pedro Alves said he had spoken to Tomas Lind by telephone on Tuesday.\n\n"
        "Alves said Lind had told him the border was calm.\n\n"
        "The two ministers last met on May 26 in Stockholm."
    )
    assert names == [["Pedro Alves", "Tomas Lind"], ["Pedro Alves", "Tomas Lind"]]
    assert any(m.location == "Stockholm" and m.date == date(2019, 5, 26) for m in ms)


def test_titles_naming_two_countries_put_the_persons_on_two_sides() -> None:
    ms, names = _run_titled(
        "Ivo Novak held talks with Anna Varga at the Government House.",
        {"Ivo Novak": "Prime Minister of Sweden", "Anna Varga": "Prime Minister of Hungary"},
    )
    assert names == [["Anna Varga", "Ivo Novak"]]  # both were given one country, their titles tell two
    assert set(ms[0].countries) >= {"HU", "SE"}


def test_a_dateline_with_dotted_day_and_agency() -> None:
    from archive.extract.meeting_places import _dateline_end

    doc = "Headline\n\nASTANA. September 14. AGENCY - The president received the envoy."
    assert doc[_dateline_end(doc, 10) :].startswith("The president")


def test_attending_a_conference_abroad_is_a_meeting_there() -> None:
    ms, names = _run("Pedro Alves attended a conference of donor nations in Stockholm on Monday.")
    assert names == [["Pedro Alves"]]
    assert ms[0].location_country == "SE" and set(ms[0].countries) == {"PT", "SE"}
    ms, names = _run(
        "Pedro Alves met Tomas Lind in Lisbon on Monday.\n\n"
        "Alves will travel to Stockholm on Friday to take part in the ministerial conference."
    )
    assert len(ms) == 2 and ms[1].location == "Stockholm" and ms[1].date == date(2019, 6, 14)


def test_the_summit_a_sideline_meeting_was_held_at_is_its_own_encounter() -> None:
    ms, names = _run(
        "Anna Varga on Friday held separate talks with Tomas Lind on the sidelines of the Nordic Summit "
        "in Stockholm.\n\n"
        "The two-day summit, which opened on Thursday, brought together Ivo Novak, Pedro Alves and Mara Costa."
    )
    assert len(ms) == 2
    talks = next(m for m in ms if m.trigger == "talks")
    summit = next(m for m in ms if m.trigger != "talks")
    assert talks.date == date(2019, 6, 7) and summit.date == date(2019, 6, 6)
    assert "Pedro Alves" in names[ms.index(summit)] and "Pedro Alves" not in names[ms.index(talks)]


def test_a_companion_in_a_who_aside_is_no_party_and_a_lowercase_ministry_is_a_venue() -> None:
    ms, names = _run(
        "BUDAPEST, June 12 (Wire) - Tomas Lind, who accompanied Eva Berg, held separate talks at the "
        "foreign ministry on Tuesday with Anna Varga."
    )
    assert names == [["Anna Varga", "Tomas Lind"]]
    assert (ms[0].location, ms[0].location_country) == ("foreign ministry", "HU")


def test_a_named_residence_in_lower_case_is_a_venue() -> None:
    ms, _names = _run(
        "BUDAPEST, June 12 (Wire) - Anna Varga received Tomas Lind at the Sandor residence today."
    )
    assert (ms[0].location, ms[0].location_country) == ("Sandor residence", "HU")


def test_a_summoned_ambassador_meets_the_summoning_country() -> None:
    ms, names = _run("Sweden summoned Portugal's ambassador, Pedro Alves, to the Foreign Office on Tuesday.")
    assert names == [["Pedro Alves"]]
    assert set(ms[0].countries) == {"PT", "SE"} and ms[0].date == date(2019, 6, 11)


def test_a_visit_paid_and_a_visit_expected_are_two() -> None:
    ms, _names = _run(
        "In March 2018 Pedro Alves paid a state visit to Stockholm, where he and Tomas Lind signed a treaty.\n\n"
        "Alves is expected in Stockholm in the spring for a further state visit."
    )
    assert len(ms) == 2
    ms, _names = _run(
        "Pedro Alves will leave for Stockholm on Friday on a two-day official visit.\n\n"
        "During the visit, Alves will hold talks with Tomas Lind."
    )
    assert len(ms) == 1


def test_the_heads_of_delegations_take_part_in_the_session_in_focus() -> None:
    ms, names = _run(
        "In 2002 Pedro Alves and Tomas Lind met in Stockholm.\n\n"
        "The commission held its latest session in Lisbon last week.\n\n"
        "Sweden's delegation was led by Eva Berg. The Portuguese side was headed by its envoy, Mara Costa."
    )
    session = next(m for m in ms if m.location == "Lisbon")
    assert {"Eva Berg", "Mara Costa"} <= set(names[ms.index(session)])
    assert not {"Eva Berg", "Mara Costa"} & set(
        names[ms.index(next(m for m in ms if m.location == "Stockholm"))]
    )


def test_telling_a_press_conference_is_no_encounter() -> None:
    ms, _names = _run(
        "Anna Varga held talks with Tomas Lind in Stockholm on Tuesday.\n\n"
        "Varga told a joint press conference that a new centre would open in Lisbon.\n\n"
        + "".join(f"Trade rose by {k} percent.\n\n" for k in range(2, 8))
        + "The talks were also attended by Eva Berg."
    )
    assert len(ms) == 1 and ms[0].location == "Stockholm"


def test_a_bilateral_told_apart_does_not_fold_into_the_summit() -> None:
    ms, names = _run(
        "The Nordic summit opened in Stockholm on Thursday with Anna Varga, Tomas Lind, Pedro Alves and "
        "Mara Costa.\n\n"
        "On Thursday evening, Anna Varga also met Tomas Lind over dinner at the Lakeside Residence."
    )
    assert len(ms) == 2
    assert ["Anna Varga", "Tomas Lind"] in names


def test_a_signing_ceremony_is_an_encounter_and_anchors_a_day_counted_from_it() -> None:
    ms, names = _run(
        "On June 3, Anna Varga and Tomas Lind initialled the final text at a ceremony in Stockholm.\n\n"
        "A week before the Stockholm ceremony, Pedro Alves of Portugal and Hungarian leader Ivo Novak "
        "spoke by telephone about the deal."
    )
    assert ["Anna Varga", "Tomas Lind"] in names
    call = next(m for m in ms if m.cameo == "041")
    assert call.date == date(2019, 5, 27)


def test_a_first_meeting_told_with_its_delegations_keeps_its_place_and_the_ledes_day() -> None:
    ms, names = _run(
        "Sweden and Portugal yesterday finalised a deal on fishing quotas.\n\n"
        "The deal was reached at the inaugural meeting of the commission in Lisbon, where the Swedish "
        "delegation was led by Tomas Lind and the Portuguese side by Pedro Alves."
    )
    assert names == [["Pedro Alves", "Tomas Lind"]]
    assert ms[0].location == "Lisbon" and ms[0].date == date(2019, 6, 11)


def test_a_preview_of_one_visit_stays_one_visit() -> None:
    ms, _names = _run(
        "The first Lisbon visit by Tomas Lind will not be about the past.\n\n"
        "Officials discussing the visit said Pedro Alves would host Lind's visit on Friday."
    )
    assert len(ms) == 1


def test_the_goal_of_a_journey_told_with_its_day_is_where_the_encounter_is() -> None:
    ms, _names = _run("Pedro Alves leaves for Uppsala tomorrow, where he will be received by Tomas Lind.")
    assert len(ms) == 1
    assert (ms[0].location, ms[0].location_country) == ("Uppsala", "SE")
    ms, _names = _run("Pedro Alves flies to Gothenburg on Friday, where he is due to meet Tomas Lind.")
    assert (ms[0].location, ms[0].location_country) == ("Gothenburg", "SE")


def test_welcoming_a_proposal_is_no_encounter() -> None:
    ms, _names = _run("Pedro Alves welcomed the proposal and said Tomas Lind would study it.")
    assert ms == []
    ms, names = _run("Pedro Alves welcomed Tomas Lind in Lisbon on Monday.")
    assert names == [["Pedro Alves", "Tomas Lind"]]


def test_a_dinner_told_after_the_talks_is_an_encounter_of_its_own() -> None:
    ms, names = _run(
        "Pedro Alves held talks with Tomas Lind in Lisbon on Monday.\n\n"
        "Alves later hosted a dinner for Lind at the Palacio das Necessidades."
    )
    assert names == [["Pedro Alves", "Tomas Lind"], ["Pedro Alves", "Tomas Lind"]]
    ms, names = _run("Pedro Alves held talks with Tomas Lind over dinner in Lisbon on Monday.")
    assert len(ms) == 1


def test_a_country_owning_a_noun_after_to_is_no_place() -> None:
    ms, _names = _run(
        "STOCKHOLM, June 12 (Reuters) - Tomas Lind pledged aid to Portugal's reforms during talks "
        "with Pedro Alves today."
    )
    assert len(ms) == 1 and ms[0].location_country == "SE"


def test_a_host_told_by_office_alone_is_of_the_datelines_country() -> None:
    ms, names = _run(
        "LISBON, June 12 (Reuters) - Swedish Foreign Minister Tomas Lind held talks here today with "
        "Pedro Alves.\n\nLind later called on the Prime Minister."
    )
    assert len(ms) == 2
    assert names[1] == ["Tomas Lind"] and ms[1].countries == ["PT", "SE"]


def test_meeting_again_over_lunch_is_another_encounter_of_the_pair() -> None:
    ms, names = _run(
        "Pedro Alves held talks with Tomas Lind in Lisbon on Monday.\n\n"
        "The two ministers met again yesterday over lunch at the Hotel Avenida Palace."
    )
    assert names == [["Pedro Alves", "Tomas Lind"], ["Pedro Alves", "Tomas Lind"]]
    assert ms[1].date == date(2019, 6, 11)


def test_an_unnamed_host_without_a_dateline_is_of_the_country_visited() -> None:
    ms, names = _run(
        "Swedish Foreign Minister Tomas Lind arrived in Lisbon on Monday for a visit to Portugal.\n\n"
        "On Tuesday Lind called on the Prime Minister."
    )
    assert ["Tomas Lind"] in names
    assert any(m.countries == ["PT", "SE"] and m.date == date(2019, 6, 11) for m in ms)


def test_they_heading_a_later_clause_is_the_pair_in_focus() -> None:
    ms, names = _run(
        "Pedro Alves met Tomas Lind in Lisbon on Monday.\n\n"
        "It was their second encounter this month: they last met on June 3 in Oslo."
    )
    assert names == [["Pedro Alves", "Tomas Lind"], ["Pedro Alves", "Tomas Lind"]]
    assert (ms[1].date, ms[1].location) == (date(2019, 6, 3), "Oslo")


def test_a_meeting_of_a_named_body_that_might_be_held_is_a_possibility() -> None:
    ms, _names = _run(
        "An official said a meeting of the Joint Higher Committee might be held in Lisbon in the "
        "spring, with Pedro Alves and Tomas Lind."
    )
    assert ms == []
