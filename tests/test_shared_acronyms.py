"""Acronyms several regulators share ("CMA", "CBB"), one regulator written two ways, and
round-ups whose sections each have their own regulator.

The copy here is invented: other firms, other amounts, other wording than any fixture.
"""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def test_a_round_up_gives_each_section_its_own_cma() -> None:
    facts = extract(
        "**Markets enforcement digest — March**\n\n"
        "## United Kingdom\n\n"
        "The CMA fined Harbourline Removals Ltd £1.2 million on 4 March for breaching "
        "undertakings it gave on pricing. The firm, based in Leeds, has paid.\n\n"
        "## Kenya\n\n"
        "The CMA on 11 March fined Savanna Crest Brokers KSh 12 million for misleading "
        "investors about a unit trust. The Nairobi brokerage said it would appeal.\n\n"
        "## Saudi Arabia\n\n"
        "The CMA fined Red Dune Capital SAR 450,000 on 19 March for late disclosure. "
        "The Riyadh firm did not comment.\n"
    )
    assert (by_amount(facts, "1200000").authority, by_amount(facts, "1200000").jurisdiction) == (
        "CMA",
        "GB",
    )
    kenya = by_amount(facts, "12000000")
    assert (kenya.authority, kenya.jurisdiction) == ("CMA (KE)", "KE")
    saudi = by_amount(facts, "450000")
    assert (saudi.authority, saudi.jurisdiction) == ("CMA (SA)", "SA")


def test_the_name_an_acronym_is_introduced_by_decides_whose_it_is() -> None:
    # A London desk's story: the UK is named more often than Kenya, but the article says
    # which CMA it means.
    facts = extract(
        "The Capital Markets Authority (CMA) has fined Baobab Wealth Managers KSh 8 million "
        "for running an unapproved collective investment scheme. Baobab's London "
        "parent, listed in the UK, said UK clients were not affected, and British investors "
        "hold none of the units. The CMA said the firm had also failed to keep proper records.",
        title="Fund manager fined over unapproved scheme",
    )
    fine = by_amount(facts, "8000000")
    assert (fine.authority, fine.jurisdiction) == ("CMA (KE)", "KE")


def test_a_paragraph_led_by_a_country_in_bold_is_that_country_s_section() -> None:
    # A British desk's week: the UK's CMA is the story, Saudi Arabia's gets one paragraph.
    facts = extract(
        "The CMA has fined Kestrel Vets Group £3.4 million for failing to comply with an "
        "order in its UK market investigation. British pet owners paid too much, the CMA "
        "said, and the UK regulator will check compliance in London and Manchester.\n\n"
        "**Saudi Arabia** — A quieter month for brokers in Riyadh. The CMA fined Al Waha "
        "Securities SAR 600,000 for trading on inside information ahead of a rights issue.\n",
        title="Vets group fined £3.4m",
    )
    uk, saudi = by_amount(facts, "3400000"), by_amount(facts, "600000")
    assert (uk.authority, uk.jurisdiction) == ("CMA", "GB")
    assert (saudi.authority, saudi.jurisdiction) == ("CMA (SA)", "SA")


def test_a_listed_regulator_and_the_acronym_it_is_introduced_with_are_one_regulator() -> None:
    # Romania's audiovisual council: the data file lists no acronym for it; the article
    # gives one inside brackets with its own-language name.
    facts = extract(
        "On 3 April the National Audiovisual Council (Consiliul Național al Audiovizualului, "
        "CNA) fined Radio Dunărea SRL RON 40,000 for hidden advertising in a morning show. "
        "The CNA also fined TV Carpați SA RON 15,000 for breaching the right of reply.",
        title="Two broadcasters fined",
    )
    first, second = by_amount(facts, "40000"), by_amount(facts, "15000")
    assert first.authority == second.authority == "CNA (RO)"


def test_a_body_named_in_full_then_by_its_opening_word_is_one_regulator() -> None:
    facts = extract(
        "France's Autorité de la concurrence has fined Trivalle SAS €12 million for "
        "sharing price lists with rivals in the bottled-water market. The European "
        "Commission had cleared Trivalle's purchase of a rival spring in 2021.\n\n"
        "It is not the first case in the sector: in 2022 the Autorité fined Norvéa SA "
        "€2.5 million for a similar exchange of information.",
        title="Bottled-water maker fined",
    )
    first, second = by_amount(facts, "12000000"), by_amount(facts, "2500000")
    assert first.authority == second.authority == "Autorité de la concurrence"
    assert second.jurisdiction == "FR"


def test_an_opening_word_that_names_another_body_too_names_neither() -> None:
    facts = extract(
        "The Autorité de la concurrence fined Trivalle SAS €12 million. The Autorité des "
        "marchés financiers is looking at the firm's disclosures, and in 2022 the Autorité "
        "fined Norvéa SA €2.5 million.",
        title="Bottled-water maker fined",
    )
    assert by_amount(facts, "2500000").authority != "Autorité de la concurrence"


def test_a_body_introduced_with_its_own_one_word_name_acts_by_that_name() -> None:
    facts = extract(
        "Trawler owner Hafbrún ehf was reported to the police by the Icelandic Fisheries "
        "Directorate (Fiskistofa), which found that it had landed undeclared cod.\n\n"
        "In a separate case, Fiskistofa fined Norðurljós Útgerð ehf ISK 4.5 million last "
        "month for fishing in a closed area.",
        title="Two trawler firms in trouble",
    )
    fine = by_amount(facts, "4500000")
    assert (fine.authority, fine.jurisdiction) == ("Icelandic Fisheries Directorate", "IS")


def test_a_rounded_lead_figure_over_several_parties_itemised_after_it_is_no_fine() -> None:
    facts = extract(
        "The Estonian Competition Authority has fined four cement makers EUR 3.6 million for "
        "fixing delivery surcharges.\n\n"
        "Taking into account the turnover of each company, the authority imposed the "
        "following fines:\n\n"
        "- AS Kalju Betoon – EUR 1 912 000;\n"
        "- OÜ Põhja Sideained – EUR 1 044 500;\n"
        "- AS Saare Killustik – EUR 480 250;\n"
        "- OÜ Lubjaahi – EUR 171 900.\n",
        title="Four cement makers fined",
    )
    amounts = sorted(f.amount.amount for f in facts if f.amount)
    assert 3600000 not in amounts
    assert len(amounts) == 4


# --- A name several regulators share, and no country for it ----------------------------------


def test_a_shared_name_with_no_country_told_names_none_of_its_holders() -> None:
    # "Competition Council" is Latvia's, Lithuania's, Romania's and Moldova's: a story that
    # says nothing of where leaves it open rather than giving it to one of them.
    facts = extract(
        "The Competition Council has fined dairy processor Whitebrook Creameries 2.4 million "
        "for sharing planned price rises with two rivals, the council said on Thursday.\n\n"
        "The council found that Whitebrook's sales director met competitors four times in 2023."
    )
    fine = next(f for f in facts if f.action == "fine")
    assert (fine.authority, fine.jurisdiction) == (None, None)


def test_a_shared_name_in_a_country_none_of_its_holders_is_in_names_none_of_them() -> None:
    # Zambia (its kwacha) holds no listed "Competition Commission": not Pakistan's or India's.
    facts = extract(
        "The Competition Commission has fined cement maker Copperbelt Bagging Ltd 4.5 million "
        "kwacha for refusing to supply independent hardware stores, the commission said.\n\n"
        "Copperbelt Bagging said it was studying the decision."
    )
    assert by_amount(facts, "4500000").authority is None


def test_a_shared_name_the_article_places_is_that_country_s_regulator() -> None:
    facts = extract(
        "The Competition Council has fined Vilnius-based dairy Pieno Ratas €1.2 million for "
        "sharing planned price rises with rivals, the council said on Thursday.\n\n"
        "It is the largest fine a Lithuanian dairy has received for a cartel since 2019."
    )
    fine = by_amount(facts, "1200000")
    assert fine.jurisdiction == "LT"
