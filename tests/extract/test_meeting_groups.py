"""Encounters whose parties are groups: "experts of A and B", "the two delegations", a host country."""

from __future__ import annotations

from datetime import date

from archive.extract import extract
from archive.extract.gold import to_gold

PUB = date(2015, 3, 5)  # a Thursday
LEDE = (
    "ACCRA, March 3 - Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart "
    "Yao Agbeko in Accra on Tuesday to discuss the reopening of the frontier.\n\n"
    "The frontier has been shut since 2012.\n\nIt has cost traders dearly.\n\n"
)


def meetings(body: str, published: date | None = PUB) -> list[dict]:
    facts = extract("Headline", body, published)
    return to_gold(facts, id="x", title="Headline", published=published, source=None)["meetings"]


def test_groups_of_the_same_two_countries_meet_in_several_settings() -> None:
    ms = meetings(
        LEDE + "Experts from Ghana and Togo are due to meet in Lome on March 20.\n\n"
        "The two delegations held a first round of talks in Kumasi on February 12."
    )
    unnamed = [(m["location"], m["date"]) for m in ms if not m["participants"]]
    assert unnamed == [("Lome", "2015-03-20"), ("Kumasi", "2015-02-12")]
    assert all(m["countries"] == ["GH", "TG"] for m in ms)


def test_a_group_with_a_time_of_its_own_is_not_folded_into_the_named_meeting() -> None:
    ms = meetings(LEDE + "Ghanaian and Togolese customs chiefs met in Aflao on Monday, an official said.")
    assert len(ms) == 2
    assert ms[1]["participants"] == [] and ms[1]["date"] == "2015-03-02"
    ms = meetings(LEDE + "Ghanaian and Togolese customs chiefs met in Tema last week.")
    assert [(m["location"], m["date"]) for m in ms] == [("Accra", "2015-03-03"), ("Tema", None)]


def test_the_ministers_of_two_countries_are_the_ministers_named_next() -> None:
    ms = meetings(
        "The foreign ministers of Ghana and Togo agreed to keep talking after a meeting in Lome "
        "on Tuesday.\n\nForeign Minister Kofi Mensah of Ghana and his Togolese counterpart, "
        "Yao Agbeko, spent three hours together."
    )
    assert len(ms) == 1
    assert sorted(ms[0]["participants"]) == ["Kofi Mensah", "Yao Agbeko"]
    assert (ms[0]["location"], ms[0]["date"]) == ("Lome", "2015-03-03")


def test_a_host_country_and_the_pair_it_brought_together() -> None:
    ms = meetings(
        "Foreign Minister Kofi Mensah received Togolese envoy Yao Agbeko in Accra on Monday.\n\n"
        "Benin, which brokered contacts between Lome and Accra before, has offered to help, and "
        "hosted a round of talks between the two sides last year."
    )
    hosted = [m for m in ms if not m["participants"]]
    assert len(hosted) == 1
    assert hosted[0]["countries"] == ["BJ", "GH", "TG"]
    assert hosted[0]["location_country"] == "BJ" and hosted[0]["date"] is None


def test_officials_in_a_country_are_its_side() -> None:
    ms = meetings("Ghana's and Togo's trade ministers held talks with senior officials in Benin on Tuesday.")
    assert [m["countries"] for m in ms] == [["BJ", "GH", "TG"]]


def test_a_series_going_on_has_no_day() -> None:
    ms = meetings("Ghanaian and Togolese navy chiefs have been discussing joint patrols, officials said.")
    assert len(ms) == 1 and ms[0]["date"] is None


def test_a_meeting_with_the_two_ministers_takes_up_the_two_told_before() -> None:
    ms = meetings(
        "President Ama Owusu received Togolese Foreign Minister Yao Agbeko and Beninese Foreign "
        "Minister Paul Houngbo at Jubilee House on Tuesday.\n\nThe dispute is old.\n\n"
        "Foreign Minister Kofi Mensah will chair a meeting with the two ministers in Accra today."
    )
    assert len(ms) == 2
    assert sorted(ms[1]["participants"]) == ["Kofi Mensah", "Paul Houngbo", "Yao Agbeko"]
    assert ms[1]["date"] == "2015-03-05"


def test_people_placed_at_a_gathering_anywhere_in_the_report_attended_it() -> None:
    ms = meetings(
        "Foreign ministers of the Economic Community of West African States gathered in Abuja on "
        "Monday for talks on the Sahel.\n\n"
        "The meeting, chaired by Nigerian Foreign Minister Musa Bello, was also addressed by "
        "Ghanaian Foreign Minister Kofi Mensah and his Togolese counterpart, Yao Agbeko.\n\n"
        '"We must act together," Bello told the opening session.\n\n'
        "Senegalese Foreign Minister Awa Ndiaye used her speech to call for calm."
    )
    assert len(ms) == 1
    assert sorted(ms[0]["participants"]) == ["Awa Ndiaye", "Kofi Mensah", "Musa Bello", "Yao Agbeko"]
    assert ms[0]["countries"] == ["GH", "NG", "SN", "TG"]
    assert (ms[0]["location"], ms[0]["date"]) == ("Abuja", "2015-03-02")


def test_a_speaker_elsewhere_does_not_attend_the_gathering() -> None:
    ms = meetings(
        "Foreign ministers of the Economic Community of West African States gathered in Abuja on "
        "Monday.\n\nSpeaking in Paris, French Foreign Minister Luc Moreau said the talks mattered."
    )
    assert all("Luc Moreau" not in m["participants"] for m in ms)


def test_the_lede_day_of_a_group_carries_to_its_members_meeting() -> None:
    ms = meetings(
        "The foreign ministers of Ghana and Togo agreed on Tuesday to reopen the border.\n\n"
        "Ghanaian Foreign Minister Kofi Mensah and his Togolese counterpart, Yao Agbeko, met for "
        "three hours at the provincial government house in Kumasi."
    )
    assert [m["date"] for m in ms] == ["2015-03-03"]


def test_a_day_told_for_the_event_in_a_fronted_sideline_frame_dates_the_encounter() -> None:
    ms = meetings(
        "West African foreign ministers met in Abuja this week.\n\n"
        "On the sidelines of the meeting on March 3, Kofi Mensah had a bilateral meeting with "
        "Togolese Foreign Minister Yao Agbeko."
    )
    bilateral = [m for m in ms if "Yao Agbeko" in m["participants"]]
    assert [m["date"] for m in bilateral] == ["2015-03-03"]


def test_the_two_sides_are_the_pair_coordinated_before_not_after() -> None:
    ms = meetings(
        "Foreign Minister Kofi Mensah received Togolese envoy Yao Agbeko in Accra on Monday.\n\n"
        "On Sunday, customs officials from both countries met near Aflao to discuss smuggling "
        "into Benin and Nigeria."
    )
    assert [m["countries"] for m in ms if not m["participants"]] == [["GH", "TG"]]


def test_a_sideline_meeting_is_in_the_event_city_told_earlier() -> None:
    ms = meetings(
        "Finance Minister Kofi Mensah says Ghana is close to a deal after a series of meetings on "
        "the sidelines of the Spring Meetings in Washington.\n\nThe talks went well.\n\n"
        "On Sunday, the minister held talks with China's Vice Minister of Finance, Liu Zhen, also "
        "on the sidelines of the Spring Meetings."
    )
    with_liu = [m for m in ms if "Liu Zhen" in m["participants"]]
    assert [(m["location"], m["location_country"]) for m in with_liu] == [("Washington", "US")]


def test_a_presidential_complex_is_a_venue() -> None:
    ms = meetings("Kofi Mensah was received by President Yao Agbeko at the Lome II presidential complex.")
    assert ms[0]["location"] == "Lome II presidential complex"


def test_the_two_leaders_of_the_visit_just_told_are_one_encounter() -> None:
    ms = meetings(
        "Ghana's President Kofi Mensah and his Togolese counterpart Yao Agbeko agreed to build a "
        "road.\n\nThe two leaders held talks at the Lome II presidential complex on Wednesday, on "
        "the first day of a state visit by Mr Mensah."
    )
    assert len(ms) == 1 and ms[0]["date"] == "2015-03-04"


def test_a_meeting_announced_in_reported_speech_with_its_day_is_firm() -> None:
    ms = meetings(
        LEDE + "Officials said a joint commission of the two countries would meet in Lome on March 20."
    )
    assert [(m["location"], m["date"]) for m in ms if not m["participants"]] == [("Lome", "2015-03-20")]
    ms = meetings(LEDE + "Officials said the two leaders would meet at some point.")
    assert len(ms) == 1


def test_the_next_session_of_the_delegations_is_another_encounter() -> None:
    ms = meetings(
        "Ghanaian negotiator Kofi Mensah and Togolese negotiator Yao Agbeko met for two hours in "
        "Accra today.\n\nA spokesman said the two delegations would hold their next session here "
        "on Monday."
    )
    assert [m["date"] for m in ms] == ["2015-03-05", "2015-03-09"]


def test_a_meal_given_for_the_guest_is_an_encounter_of_its_own_day_and_place() -> None:
    ms = meetings(
        "ACCRA, March 5 - Togolese Foreign Minister Yao Agbeko held talks here on Tuesday with "
        "Ghanaian Foreign Minister Kofi Mensah.\n\n"
        'At a dinner he gave for his guest at the Labadi Hotel last night, Mensah said: "The border '
        'stays open."\n\nOn Wednesday Agbeko met President Ama Owusu. That evening Agbeko was the '
        "guest of Trade Minister Esi Boateng at a dinner in Kumasi."
    )
    dinners = [(sorted(m["participants"]), m["location"], m["date"]) for m in ms if m["date"] != "2015-03-03"]
    assert (["Kofi Mensah", "Yao Agbeko"], "Labadi Hotel", "2015-03-04") in dinners
    assert (["Esi Boateng", "Yao Agbeko"], "Kumasi", "2015-03-04") in dinners


def test_the_speaker_who_told_his_counterpart_in_a_call_took_part_and_so_did_who_joined() -> None:
    ms = meetings(
        "Ghana will send more vaccine, Foreign Minister Kofi Mensah told his Togolese counterpart "
        "Yao Agbeko in a video conference on Wednesday.\n\nThe call, which lasted about an hour, "
        "was joined by Togo's Ambassador to Ghana Afi Lawson from the embassy in Accra."
    )
    assert [sorted(m["participants"]) for m in ms] == [["Afi Lawson", "Kofi Mensah", "Yao Agbeko"]]
    assert ms[0]["date"] == "2015-03-04"


def test_held_a_first_round_of_talks_after_a_fronted_day_takes_the_subject_told_before() -> None:
    ms = meetings(
        "LOME, March 5 - Ghanaian Foreign Minister Kofi Mensah arrived in Lome on Tuesday. The same "
        "day he held a first round of talks with his Togolese counterpart, Yao Agbeko."
    )
    assert [sorted(m["participants"]) for m in ms] == [["Kofi Mensah", "Yao Agbeko"]]
    assert ms[0]["date"] == "2015-03-03"


def test_a_place_told_for_the_last_meeting_keeps_it_apart_from_a_call() -> None:
    ms = meetings(
        "Kofi Mensah met Yao Agbeko in Accra today.\n\nMensah and Agbeko last met in Lome in April "
        "and spoke by phone on February 27."
    )
    places = sorted((m["location"] or "", m["date"] or "") for m in ms)
    assert ("Lome", "") in places and ("", "2015-02-27") in places


def test_a_state_agency_visit_with_a_guest_two_venues_and_the_following_day() -> None:
    ms = meetings(
        "ACCRA, March 5 (GNA). - President Ama Owusu today received here Togolese Foreign Minister "
        "Yao Agbeko.\n\nOn March 3 the Togolese guest held talks with Ghanaian Foreign Minister Kofi "
        "Mensah at the Ministry of Foreign Affairs. The same evening Mensah gave a dinner in honour "
        "of the Togolese guest at the State Guest House.\n\nThe following day the minister was "
        "received by Vice President Kwame Boateng at the Flagstaff House."
    )
    got = {(m["location"], m["date"]) for m in ms}
    assert ("Accra", "2015-03-05") in got
    assert ("Ministry of Foreign Affairs", "2015-03-03") in got
    assert ("State Guest House", "2015-03-03") in got
    assert ("Flagstaff House", "2015-03-04") in got


def test_countries_coordinated_as_the_subject_of_talks() -> None:
    ms = meetings("Ethiopia, Egypt and Sudan resumed talks in Khartoum on Monday.")
    assert [(m["countries"], m["location"], m["date"]) for m in ms] == [
        (["EG", "ET", "SD"], "Khartoum", "2015-03-02")
    ]
    assert meetings("Egypt and Sudan hope to hold talks soon.") == []


def test_a_past_meeting_and_a_visit_due_in_the_same_city_are_two() -> None:
    ms = meetings(
        "Kofi Mensah met Yao Agbeko in Accra today.\n\nMensah and Agbeko last met in Lome in January."
        "\n\nMensah is due to visit Lome next month."
    )
    assert len([m for m in ms if m["location"] == "Lome"]) == 2


def test_later_both_ministers_received_elsewhere_is_a_new_encounter_of_the_pair() -> None:
    ms = meetings(
        "Foreign Minister Kofi Mensah received Togolese Foreign Minister Yao Agbeko at the ministry "
        "on Tuesday.\n\nThe talks covered trade.\n\nThey also covered roads.\n\nBoth signed a "
        "declaration.\n\nMensah was pleased.\n\nAgbeko thanked him.\n\nLater, both ministers were "
        "received by the President of the Republic at the Jubilee House.\n\nOn Monday, Mensah held "
        "a video call with Benin's Foreign Minister Paul Houngbo."
    )
    jubilee = [m for m in ms if m["location"] == "Jubilee House"]
    assert len(jubilee) == 1 and sorted(jubilee[0]["participants"]) == ["Kofi Mensah", "Yao Agbeko"]
    call = [m for m in ms if "Paul Houngbo" in m["participants"]]
    assert sorted(call[0]["participants"]) == ["Kofi Mensah", "Paul Houngbo"]


def test_the_two_countries_named_over_the_two_sentences_before() -> None:
    ms = meetings(
        "RIYADH, March 5 - Minister Fahd Saleh received Sudanese envoy Ali Hamdoun on Tuesday.\n\n"
        "In Islamabad, Saudi Arabia's ambassador to Pakistan spoke to the press. Quoted by the "
        "Pakistani agency, he praised the ties. The foreign ministers of the two countries met in "
        "Taif on February 27."
    )
    taif = [m for m in ms if m["location"] == "Taif"]
    assert [m["countries"] for m in taif] == [["PK", "SA"]]


def test_the_reporting_day_of_a_lede_is_not_the_day_of_the_talks() -> None:
    ms = meetings(
        "ACCRA, March 5 - Ghana and Togo have agreed to reopen the border, officials said here today."
        "\n\nThe decisions came at the official talks between Foreign Minister Kofi Mensah and visiting "
        "Togolese Foreign Minister Yao Agbeko held at the Foreign Ministry on Tuesday."
    )
    assert [m["date"] for m in ms] == ["2015-03-03"]


def test_people_who_were_also_present_took_part() -> None:
    ms = meetings(
        "Foreign Minister Kofi Mensah held talks with Togolese Foreign Minister Yao Agbeko in Accra on "
        "Tuesday. Deputy Minister Ama Boateng and Togo's ambassador, Afi Lawson, were also present.\n\n"
        "The last talks ended badly, according to two people who were present."
    )
    assert [sorted(m["participants"]) for m in ms] == [
        ["Afi Lawson", "Ama Boateng", "Kofi Mensah", "Yao Agbeko"]
    ]


def test_a_city_after_a_venue_and_a_comma_is_the_place() -> None:
    ms = meetings(
        "Foreign Minister Kofi Mensah met Togolese envoy Yao Agbeko at State House, Kumasi on Tuesday."
    )
    assert [(m["location"], m["location_country"], m["date"]) for m in ms] == [("Kumasi", "GH", "2015-03-03")]


def test_which_was_also_attended_by_adds_the_attendee() -> None:
    ms = meetings(
        "Foreign Minister Kofi Mensah spoke after a meeting with Togolese envoy Yao Agbeko in Kumasi on "
        "Tuesday, which was also attended by Beninese diplomat Paul Houngbo."
    )
    assert [sorted(m["participants"]) for m in ms] == [["Kofi Mensah", "Paul Houngbo", "Yao Agbeko"]]


def test_documents_signed_by_two_parties_are_their_encounter() -> None:
    ms = meetings(
        "HAVANA, March 5 - The documents were signed at the Ministry of Foreign Trade by Vice President "
        "Ramiro Ortiz, who heads the Cuban side, and by Nicaraguan Minister of External Cooperation "
        "Hector Solorzano."
    )
    assert [(sorted(m["participants"]), m["location"]) for m in ms] == [
        (["Hector Solorzano", "Ramiro Ortiz"], "Ministry of Foreign Trade")
    ]
    assert meetings("The accord was signed by Foreign Minister Kofi Mensah in 2019.") == []


def test_an_earlier_delegation_session_is_not_folded_into_the_ministers_talks() -> None:
    ms = meetings(
        "ACCRA, March 5 - Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Yao Agbeko met "
        "at the Foreign Ministry "
        "on Tuesday. Earlier on Tuesday, delegations of the two countries held political consultations."
    )
    assert sorted(len(m["participants"]) for m in ms) == [0, 2]
