"""Country of a person from the evidence of the whole article: invented sentences and names."""

from archive.extract.countries import find_countries
from archive.extract.persons import find_persons
from archive.extract.records import Person
from archive.extract.text import sentence_spans


def countries(doc: str) -> dict[str, str | None]:
    return {p.name: p.country for p in _run(doc)}


def _run(doc: str) -> list[Person]:
    return find_persons(doc, sentence_spans(doc), find_countries(doc))


def test_office_of_country_before_and_after_the_name() -> None:
    assert countries("Minister of Foreign Affairs of Kazakhstan Arman Tulegenov arrived on Monday.") == {
        "Arman Tulegenov": "KZ"
    }
    doc = "Arman Tulegenov, Minister of Foreign Affairs of Kazakhstan, arrived on Monday."
    assert countries(doc)["Arman Tulegenov"] == "KZ"
    doc = "The President of the Republic of Kazakhstan, Arman Tulegenov, arrived on Monday."
    assert countries(doc)["Arman Tulegenov"] == "KZ"


def test_possessive_title_phrase_set_off_by_a_comma() -> None:
    doc = "Chile's mining minister, Catalina Ovarro, returned last week from Beijing."
    assert countries(doc)["Catalina Ovarro"] == "CL"
    doc = "He will meet Myanmar's commander-in-chief, Senior General Thaw Min Lwin, in Naypyidaw today."
    assert countries(doc)["Thaw Min Lwin"] == "MM"
    doc = "The general secretary of Vietnam's Communist Party, Pham Duc Anh, will be received."
    assert countries(doc)["Pham Duc Anh"] == "VN"


def test_capitalised_portfolio_after_a_possessive_country() -> None:
    doc = (
        "Indonesian Coordinating Minister for Economic Affairs Budi Hartono Sasmito and "
        "Malaysia's Plantation Industries Minister Azlan Hamdan announced the plan."
    )
    got = countries(doc)
    assert got["Budi Hartono Sasmito"] == "ID" and got["Azlan Hamdan"] == "MY"
    doc = "Britain's Overseas Development Minister Gerald Harrow toured the port of Beira."
    assert countries(doc)["Gerald Harrow"] == "GB"


def test_a_title_phrase_never_jumps_over_a_verb() -> None:
    doc = "Kenya's envoy said Minister Arman Tulegenov would come."
    people = {p.name: p for p in _run(doc)}
    # no explicit evidence: at most the weak guess, never explicit evidence from "Kenya's envoy"
    assert people["Arman Tulegenov"].country_evidence is None


def test_demonym_appositions_and_served_as() -> None:
    doc = "Every day Yolanda Cardenal, 52, a Venezuelan who sells cheese, crosses the bridge."
    assert countries(doc)["Yolanda Cardenal"] == "VE"
    doc = '"The canal is the border," says Bakhyt Usmonov, a Kyrgyz farmer.'
    assert countries(doc)["Bakhyt Usmonov"] == "KG"
    doc = "It was useful, said Martin Hale, who formerly served as U.S. ambassador to Seoul."
    assert countries(doc)["Martin Hale"] == "US"
    doc = "Since Bakhtiyor Rashidmov became Uzbekistan's president, disputes have been settled."
    assert countries(doc)["Bakhtiyor Rashidmov"] == "UZ"


def test_a_ministry_that_said_is_no_apposition() -> None:
    doc = "Sasmito will hold talks with Henrik Vastad, the Indonesian ministry said."
    assert countries(doc)["Henrik Vastad"] is None


def test_counterpart_list_pairs_in_order() -> None:
    doc = (
        "Turkey's foreign minister hosted his Ethiopian and Somali counterparts, "
        "Tesfa Alemo and Ahmed Nuri Farrah, at the palace."
    )
    got = countries(doc)
    assert got["Tesfa Alemo"] == "ET" and got["Ahmed Nuri Farrah"] == "SO"


def test_delegations_led_headed_and_joined() -> None:
    doc = (
        "The talks were held in Naypyidaw, where the Bangladesh delegation was led by Home Minister "
        "Rafiqul Haque Sarkar and the Myanmar side by Union Minister Kyaw Zin Htet."
    )
    got = countries(doc)
    assert got["Rafiqul Haque Sarkar"] == "BD" and got["Kyaw Zin Htet"] == "MM"
    assert countries("The Kazakh delegation, headed by Arman Tulegenov, arrived.")["Arman Tulegenov"] == "KZ"
    assert countries("The delegation of Kazakhstan was led by Arman Tulegenov.")["Arman Tulegenov"] == "KZ"
    doc = "Minister Tran Van Loc led the Vietnamese delegation to the meeting."
    assert countries(doc)["Tran Van Loc"] == "VN"
    doc = (
        "Foreign Minister Ali Raza Qadri received a visiting Afghan delegation led by Mullah Noor Akhund. "
        "Maulvi Saifullah Wardak, who was part of the delegation, said talks would go on."
    )
    got = countries(doc)
    assert got["Mullah Noor Akhund"] == "AF" and got["Maulvi Saifullah Wardak"] == "AF"


def test_kin_and_aides_share_the_principal_country() -> None:
    doc = (
        "Kenya's President Daniel Kiprop Rono arrived on Wednesday, accompanied by his wife, Njoki Rono. "
        "Rono's deputy, Peter Wambua, stayed in Nairobi."
    )
    got = countries(doc)
    assert got["Njoki Rono"] == "KE" and got["Peter Wambua"] == "KE"


def test_counterpart_of_a_known_person_is_of_the_other_country() -> None:
    doc = (
        "Kenyan Foreign Minister Rose Wanjala met her counterpart Arman Tulegenov in Nairobi on Monday. "
        "Kazakhstan and Kenya signed a deal. Kazakhstan will export wheat."
    )
    got = countries(doc)
    assert got["Rose Wanjala"] == "KE" and got["Arman Tulegenov"] == "KZ"


def test_counterpart_excludes_the_guess_of_its_own_country() -> None:
    doc = (
        "Foreign Minister Abul Karim Mridha held talks with his Myanmar counterpart in Naypyidaw. "
        "Bangladesh wants refugees to return. Bangladesh and Myanmar agreed on a plan. "
        "Bangladesh will build camps."
    )
    assert countries(doc)["Abul Karim Mridha"] == "BD"


def test_a_host_belongs_to_the_country_the_visit_goes_to() -> None:
    doc = (
        "Norway's Crown Prince Haakon Eriksen began a state visit to Lithuania on Monday. "
        "He was received by President Gintautas Vaitkevicius at the palace."
    )
    assert countries(doc)["Gintautas Vaitkevicius"] == "LT"


def test_officials_of_international_and_private_bodies_get_no_guess() -> None:
    doc = (
        "ISLAMABAD: Traders in Peshawar welcomed the decision. Haji Noor Afridi, president of the "
        "Frontier Chamber of Commerce, said exporters lost money. UNHCR spokesperson Claire Dumont "
        "said returns must be voluntary."
    )
    got = countries(doc)
    assert got["Haji Noor Afridi"] is None and got["Claire Dumont"] is None


def test_evidence_is_kept() -> None:
    doc = "Chile's mining minister, Catalina Ovarro, returned last week from Beijing."
    p = _run(doc)[0]
    assert p.country_evidence is not None
    assert doc[p.country_evidence[0] : p.country_evidence[1]] == "Chile"


def test_host_of_a_visitor_who_flew_in() -> None:
    doc = "Somali Minister Abdi Warsame, who flew into the Kenyan capital on Monday, met Foreign Minister Wanjiru Kamau."
    got = countries(doc)
    assert got["Abdi Warsame"] == "SO" and got["Wanjiru Kamau"] == "KE"


def test_a_phone_call_received_places_no_host() -> None:
    doc = (
        "ABU DHABI: Vice-President Sheikh Saif bin Hamad received a phone call yesterday from "
        "Prince Faisal bin Turki, Saudi Arabia's Minister of State, about the meeting to be held in Riyadh."
    )
    assert countries(doc)["Sheikh Saif bin Hamad"] != "SA"


def test_who_accompanied_shares_the_principal_country() -> None:
    doc = (
        "NAIROBI, June 3 (Reuters) - Somali President Hassan Ali Omar held talks with President "
        "William Kiprop on Monday. Foreign Minister Abdi Farah, who accompanied Omar, said the talks went well."
    )
    got = countries(doc)
    assert got["William Kiprop"] == "KE" and got["Abdi Farah"] == "SO"


def test_counterpart_from_and_from_country() -> None:
    doc = "Rose Wanjala met her counterpart from Kazakhstan, Arman Tulegenov, on Monday."
    assert countries(doc)["Arman Tulegenov"] == "KZ"
    assert (
        countries("Rose Wanjala met Arman Tulegenov, from Kazakhstan, on Monday.")["Arman Tulegenov"] == "KZ"
    )
    doc = "Rose Wanjala met Kazakh Foreign Minister Arman Tulegenov and his deputy, Dias Omarov."
    assert countries(doc)["Dias Omarov"] == "KZ"


def test_representing_a_country() -> None:
    assert countries("Arman Tulegenov, representing Kazakhstan, said.")["Arman Tulegenov"] == "KZ"
    doc = "Arman Tulegenov, who represents Kazakhstan at the talks, said."
    assert countries(doc)["Arman Tulegenov"] == "KZ"


def test_possessive_country_after_a_preposition_opens_the_phrase() -> None:
    doc = "They held talks with Niger's military-appointed prime minister, Abdou Lamine Sanou, on Monday."
    assert countries(doc)["Abdou Lamine Sanou"] == "NE"
    assert countries("She visited a ward with Uganda's First Lady, Rebecca Musoke.")["Rebecca Musoke"] == "UG"


def test_demonym_and_occupation_before_a_name() -> None:
    doc = (
        "Iran frees British engineer Tobias Ashworth\n\nTobias Ashworth, 52, was arrested in Tehran in 2016."
    )
    assert countries(doc)["Tobias Ashworth"] == "GB"
    got = countries("The Kenyan runner Eliud Kiprotich won. Kenyan police say Joseph Kamande fled.")
    assert got["Eliud Kiprotich"] == "KE" and got["Joseph Kamande"] is None


def test_office_of_a_national_body() -> None:
    doc = (
        "Fans noticed Kenji Tamura, now a goodwill ambassador for Japan's football federation, in the crowd."
    )
    assert countries(doc)["Kenji Tamura"] == "JP"


def test_counterpart_of_a_visitor_is_of_the_country_visited() -> None:
    doc = (
        "Kenyan Foreign Minister Rose Wanjala, who arrived in Astana on Sunday, met her counterpart "
        "Arman Tulegenov on Monday. Kenya wants wheat. Kenya and Kenya signed deals."
    )
    assert countries(doc)["Arman Tulegenov"] == "KZ"


def test_a_phrase_closing_an_opening_clause_is_no_apposition() -> None:
    people = {
        p.name: p
        for p in _run("After meeting Japan's prime minister, Ahmed Farahani said the talks went well.")
    }
    assert people["Ahmed Farahani"].country is None and people["Ahmed Farahani"].titles == []
    assert countries("On Monday he met Chile's mining minister, Catalina Ovarro.")["Catalina Ovarro"] == "CL"


def test_meeting_ones_own_side_keeps_the_home_country() -> None:
    doc = (
        "ISLAMABAD: Pakistani Prime Minister Imran Kazmi met Interior Minister Saad Rafiqi on Monday "
        "to discuss security."
    )
    assert countries(doc)["Saad Rafiqi"] == "PK"


def test_office_in_a_national_body_named_after_its_country() -> None:
    doc = "Joel Kamande, governor of the Central Bank of Kenya, spoke on Monday."
    assert countries(doc)["Joel Kamande"] == "KE"
    doc = (
        "Hassan Tidjani Oumar, political chief of the Front for Change and Concord in Chad (FACT), sat down."
    )
    assert countries(doc)["Hassan Tidjani Oumar"] == "TD"
    assert countries("Joel Kamande, head of the UN Mission in Kenya, spoke.")["Joel Kamande"] is None


def test_host_of_a_trip_to_meet_and_the_visitors_side() -> None:
    doc = (
        "Officials said Mansour Aziz could travel to Port Sudan to meet army chief General Abdelrahim Kafir."
    )
    assert countries(doc)["Abdelrahim Kafir"] == "SD"
    doc = (
        "Foreign Minister Wanjiru Kamau of Kenya met Abdiweli Hassan Farahh on Monday. Farahh, who flew "
        "into the Kenyan capital on Monday evening, said Somalia and Somalia agreed. Somalia wants it."
    )
    assert countries(doc)["Abdiweli Hassan Farahh"] == "SO"


def test_a_hyphenated_origin_is_no_nationality() -> None:
    assert countries("Ahmed Farahani, a Somali-born Swedish lawmaker, said.")["Ahmed Farahani"] == "SE"
    assert (
        countries("Ali Hassane, who once led the Somali delegation, now lives in London.")["Ali Hassane"]
        == "SO"
    )


def test_foreign_officials_in_a_datelined_story() -> None:
    doc = (
        "BEIJING (Reuters) - Pakistani Prime Minister Imran Kazmi met President Xi Wenping on Monday. "
        "Foreign Minister Shah Qureshy, part of the Pakistani delegation, told reporters the talks went well."
    )
    got = countries(doc)
    assert got["Xi Wenping"] == "CN" and got["Shah Qureshy"] == "PK"


def test_untitled_main_actor_needs_his_country_twice() -> None:
    doc = (
        "Vladimir Pashkin met the envoy in Moscow on Monday. Pashkin said Russia wanted peace. "
        "Pashkin added that Russia would not wait. Later Pashkin left."
    )
    assert countries(doc)["Vladimir Pashkin"] == "RU"
    doc = "Joe Smithers said the deal was bad. Smithers said Russia would gain. Smithers left."
    assert countries(doc)["Joe Smithers"] is None


def test_the_host_of_a_home_official_abroad_is_not_of_the_dateline() -> None:
    doc = (
        "ISLAMABAD: Pakistani Foreign Minister Shah Qureshy was received by President Ashraf Ghanee "
        "on his visit to Afghanistan."
    )
    assert countries(doc)["Ashraf Ghanee"] == "AF"


def test_country_in_parentheses_and_host_noun() -> None:
    got = countries("The ministers, Joel Kamande (Kenya) and Sam Okelo (Uganda), signed the deal.")
    assert got["Joel Kamande"] == "KE" and got["Sam Okelo"] == "UG"
    assert countries("Joel Kamande (Kenya Airways) spoke.")["Joel Kamande"] is None
    doc = "President Joel Kamande of Kenya and his Ugandan host Sam Okelo met."
    assert countries(doc)["Sam Okelo"] == "UG"


def test_companions_of_a_visitor_are_not_of_the_dateline() -> None:
    doc = (
        "ASHGABAT, March 4 (Reuters) - President Serdar Annayev hosted his Afghan counterpart Mirwais "
        "Karimi on Tuesday. Karimi, who arrived in the Turkmen capital on Monday, was accompanied by "
        "Foreign Minister Hamid Qaderi and Finance Minister Yusuf Nadir."
    )
    got = countries(doc)
    assert got["Serdar Annayev"] == "TM" and got["Mirwais Karimi"] == "AF"
    assert got["Hamid Qaderi"] == "AF" and got["Yusuf Nadir"] == "AF"


def test_members_a_delegation_included() -> None:
    doc = "The Kenyan delegation, which included Foreign Minister Joel Kamande and trade envoy Sam Okelo, arrived."
    got = countries(doc)
    assert got["Joel Kamande"] == "KE" and got["Sam Okelo"] == "KE"
    doc = "The delegation of Eritrea, which also included presidential adviser Yemane Ghebre, left Jeddah."
    assert countries(doc)["Yemane Ghebre"] == "ER"


def test_an_official_speaking_at_home_and_the_president_he_briefs() -> None:
    doc = (
        "MUSCAT (Reuters) - Iran's delegation was headed by Deputy Foreign Minister Majid Rahimo. "
        "Foreign Ministry spokesman Ismail Rezai said in Tehran that sanctions must go. "
        "Rahimo is due to brief President Hassan Karimo on Sunday."
    )
    got = countries(doc)
    assert got["Majid Rahimo"] == "IR" and got["Ismail Rezai"] == "IR" and got["Hassan Karimo"] == "IR"


def test_home_story_without_a_dateline() -> None:
    doc = (
        "Prime Minister Shahid Akhtar on Tuesday held talks with the Emir of Qatar, Sheikh Tamim bin Hamad, "
        "in Doha. The prime minister was accompanied by Finance Minister Ishaq Razaq. The premier thanked "
        "the emir for hosting Pakistani workers. Chinese ambassador Jiang Zaidan later called on "
        "Interior Minister Mohsin Naqi in Islamabad."
    )
    got = countries(doc)
    assert got["Shahid Akhtar"] == "PK" and got["Mohsin Naqi"] == "PK"


def test_an_office_of_a_person_shares_his_country() -> None:
    doc = "Kazakh President Daulet Serikov hosted the summit. Serikov's chief of staff, Aida Balaeva, spoke."
    assert countries(doc)["Aida Balaeva"] == "KZ"
    doc = "Kenyan President Joel Kamande's rival Sam Okelo spoke."
    assert countries(doc)["Sam Okelo"] is None


def test_host_of_a_trip_announced_in_the_lead() -> None:
    doc = (
        "Kearney heads to Jakarta\n\nForeign Minister Pat Kearns will fly to Jakarta on Wednesday for talks. "
        "Canberra wants a policing deal.\n\nMs Kearns is also expected to call on President Hadi Wibowo "
        "at the palace. She will then travel to Dili."
    )
    assert countries(doc)["Hadi Wibowo"] == "ID"


def test_a_think_tank_voice_gets_no_guess() -> None:
    doc = (
        "The US helps the Saudis, notes Anthony Cordell of the Center for Strategic Studies in Washington. "
        "Cordell says Saudi Arabia fears Iran. Cordell says Saudi Arabia wants reassurance."
    )
    assert countries(doc)["Anthony Cordell"] is None


def test_host_met_where_a_visit_goes() -> None:
    doc = "Foreign Minister Penny Wang is due to visit China next week, where she will meet Foreign Minister Wang Yu."
    assert countries(doc)["Wang Yu"] == "CN"


def test_he_was_accompanied_by() -> None:
    doc = (
        "BEIJING, Sept. 10 (Xinhua) -- Chinese President Xu Jinbo held talks with Zambian President "
        "Hakainde Hichilemba on Tuesday. Hichilemba, who arrived on Monday, will also meet Premier Li Qiangwei. "
        "He was accompanied by Foreign Minister Mulambo Haimbo."
    )
    got = countries(doc)
    assert got["Mulambo Haimbo"] == "ZM" and got["Li Qiangwei"] == "CN"


def test_a_place_inside_reported_words_is_not_where_the_speaker_speaks() -> None:
    doc = "Headline\n\nForeign Ministry spokesman Joel Kamande said in Nairobi that talks would resume."
    assert countries(doc)["Joel Kamande"] == "KE"
    doc = (
        "Headline\n\nForeign Minister Joel Kamande told the House he had held talks in Kampala "
        "on Monday with Uganda's Foreign Minister, Amos Okello."
    )
    assert countries(doc)["Joel Kamande"] != "UG"


def test_a_description_two_sentences_after_the_only_person_named_is_that_person() -> None:
    doc = (
        "Headline\n\nIn his office, Abdulrahman Al-Harbi keeps a jar of sand. It comes from the "
        "border. The Qatari mediator, a former ambassador to Ethiopia, was appointed last year."
    )
    assert countries(doc)["Abdulrahman Al-Harbi"] == "QA"


def test_a_bare_titled_lawmaker_of_a_datelined_story_is_of_the_datelines_country() -> None:
    doc = "Headline\n\nHARARE, Sept 9 (AFP) - Opposition lawmaker Farai Moyo said the vote was unfair."
    assert countries(doc)["Farai Moyo"] == "ZW"


def test_an_opposite_number_is_a_counterpart() -> None:
    doc = (
        "Headline\n\nNorway's Fisheries Minister, Torstein Berge, and his Icelandic opposite number, "
        "Eggert Jonsson, are near a deal."
    )
    assert countries(doc) == {"Torstein Berge": "NO", "Eggert Jonsson": "IS"}
