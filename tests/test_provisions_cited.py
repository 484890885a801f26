"""How enforcement copy ties the law to the measures it rests on, on invented articles read
through extract_facts: the finding told before the sanction, the regulator's power stated once,
laws the data files do not list, the ban of a fine's decision."""

from __future__ import annotations

from assistant.provisions import find_instruments, find_provisions
from tests.test_facts_general import extract


def _provisions(body: str) -> dict[tuple[str, str | None], list[str]]:
    return {
        (f.action, f.respondent.text if f.respondent else None): [p.text for p in f.provisions]
        for f in extract(body)
    }


def test_a_code_named_by_its_title_is_the_articles_law() -> None:
    labels = [
        p.label for p in find_provisions("in breach of Articles 41 and 44 of the Postal Code")
    ]
    assert labels == ["Postal Code Art. 41", "Postal Code Art. 44"]
    # one code, not two run together
    labels = [
        p.label for p in find_provisions("under Article 9 of the Civil Code and the Trade Code")
    ]
    assert labels == ["Civil Code Art. 9"]


def test_a_regulation_on_a_subject_is_named_by_its_title() -> None:
    labels = [
        p.label
        for p in find_provisions(
            "It infringed Article 12 of the Water Law (Law No. 77) and Article 21 of its "
            "Regulation on Metering Accuracy, which require suppliers to bill what they deliver."
        )
    ]
    assert "Regulation on Metering Accuracy Art. 21" in labels


def test_a_decision_based_on_articles_rests_the_fine_on_them() -> None:
    body = (
        "On 3 March 2025 the postal regulator ARPCE fined courier Rapido Colis SA 90 millions "
        "de FCFA for losing registered mail.\n\n"
        "The regulator based its decision on Articles 41 and 44 of the Postal Code (Law No. "
        "2012-16 of 9 May 2012), which allow a fine of up to 3% of turnover.\n\n"
        "ARPCE also ordered Rapido Colis to publish its delivery times every month."
    )
    found = _provisions(body)
    fine = found[("fine", "Rapido Colis SA")]
    assert "Postal Code Art. 41" in fine and "Postal Code Art. 44" in fine
    # the articles that allow the fine are the fine's, not the order's
    orders = [v for (action, _), v in found.items() if action == "order"]
    assert orders == [[]]


def test_a_combined_fine_passes_its_breach_to_each_share() -> None:
    """Not to the story told before it, in a Q&A of several cases."""
    body = (
        "**1. What was the largest fine?**\n\n"
        "In February the Commission fined cement maker Grada Beton UZS 2 billion for abusing "
        "its dominant position, in breach of Article 10 of the Law on Competition.\n\n"
        "**2. Cartels?**\n\n"
        "In May the Commission fined three paving firms a combined RSD 90 million for sharing "
        "out municipal road tenders, in breach of Article 7 of the Competition Act. Asfalt "
        "Plus d.o.o. was fined RSD 40 million, Putogradnja d.o.o. RSD 30 million and Trasa "
        "d.o.o. RSD 20 million."
    )
    fines = {who: v for (action, who), v in _provisions(body).items() if action == "fine"}
    assert fines["Grada Beton"] == ["Law on Competition Art. 10"]
    for who in ("Asfalt Plus d.o.o.", "Putogradnja d.o.o.", "Trasa d.o.o."):
        assert fines[who] == ["Competition Act Art. 7"], fines


def test_a_ban_in_the_fines_sentence_rests_on_the_finding_told_before() -> None:
    body = (
        "**Background**\n\n"
        "In its merits decision of March 2025 the tribunal found that Northgate Bullion Ltd "
        "sold unregistered gold certificates to retail savers, contrary to section 71 of the "
        "Securities Act. It also found that Northgate and its founder, Paul Lindqvist, lied to "
        "investors, contrary to section 88 of the Act.\n\n"
        "**Sanctions**\n\n"
        "The tribunal ordered:\n\n"
        "- **Northgate Bullion Ltd** to pay an administrative penalty of $300,000 under section "
        "160 of the Act, and permanently cease trading in securities;\n"
        "- **Paul Lindqvist** to pay an administrative penalty of $200,000, and be permanently "
        "banned from acting as a director of any issuer."
    )
    found = _provisions(body)
    ban = found[("ban", "Northgate Bullion Ltd")]
    assert "Securities Act Sec. 71" in ban and "Securities Act Sec. 88" in ban, found


def test_the_power_an_explainer_states_once_is_every_recapped_penaltys() -> None:
    body = (
        "The Financial Reporting Authority (FRA) of Mauritius published three penalty notices "
        "this year. We answer the common questions.\n\n"
        "**What power does the FRA use?**\n\n"
        "Penalties are imposed under Section 42(2) of the Financial Reporting Act, which allows "
        "the FRA to penalise an auditor that fails to meet its duties.\n\n"
        "**Who was penalised?**\n\n"
        "- **Baie Audit Ltd** was penalised Rs 400,000 in March for signing accounts without "
        "adequate evidence.\n"
        "- **Moka Partners** was penalised Rs 250,000 in May for late filing.\n"
        "- **Flacq Assurance Services** received the largest penalty, Rs 900,000, in June for "
        "independence breaches.\n\n"
        "**Anyone else?**\n\n"
        "Separately, the Financial Services Commission fined insurer Rose Hill Mutual Rs 1 "
        "million in April for late returns."
    )
    fines = {who: v for (action, who), v in _provisions(body).items() if action == "fine"}
    assert not any("42" in p for p in fines.pop("Rose Hill Mutual")), fines  # another's power
    assert len(fines) == 3, fines
    for who, provisions in fines.items():
        assert any("42" in p for p in provisions), (who, fines)


def test_both_decisions_based_on_an_article_take_the_order_and_the_first_decision() -> None:
    body = (
        "On 3 May the National Bank of Georgia fined Kolkheti Bank GEL 900,000 for failures "
        "in its customer checks.\n\n"
        "On the same day the bank fined the microfinance organisation Rioni Credit GEL 150,000 "
        "and ordered it to replace its compliance officer within a month. The National Bank "
        "also withdrew the fit-and-proper approval of that officer, Giorgi Beridze.\n\n"
        "Both decisions were based on Article 39 of the Law on Facilitating the Prevention of "
        "Money Laundering, which lists the sanctions the bank may apply."
    )
    found = _provisions(body)
    for key in (("fine", "Kolkheti Bank"), ("fine", "Rioni Credit")):
        assert any("Art. 39" in p for p in found[key]), found
    order = next(v for (action, _), v in found.items() if action == "order")
    assert any("Art. 39" in p for p in order), found


def test_a_state_administrative_code_is_read_and_cited() -> None:
    body = (
        "HARRISBURG, PA — The Department of Environmental Protection (DEP) announced that "
        "Susquehanna Midstream LLC will pay a civil penalty of $640,000 under a consent order "
        "and agreement.\n\n"
        "The agreement resolves violations of the Clean Streams Law and of DEP's storage tank "
        "regulations at 25 Pa. Code Chapter 245."
    )
    found = _provisions(body)
    payment = next(v for (action, _), v in found.items() if action in {"settlement", "fine"})
    assert "25 Pa. Code Ch. 245" in payment, found


def test_numbered_regulations_the_data_files_lack_are_read() -> None:
    body = (
        "On 2 September, OJK imposed an administrative fine of Rp1,8 miliar on PT Sinar Dana "
        "Abadi, a licensed pawnbroker. OJK found that the company had charged fees above the "
        "ceiling, in breach of POJK No. 39/POJK.05/2024 on pawnshop business.\n\n"
        "In Chile, the SEC fined power distributor Luz Austral S.A. 2.400 UTM for outages, "
        "citing 512 breaches of Resolution No. 1120/2019 on supply quality."
    )
    found = _provisions(body)
    sinar = next(v for (_, who), v in found.items() if who and "Sinar Dana" in who)
    assert "POJK No. 39/POJK.05/2024" in sinar, found
    luz = next(v for (_, who), v in found.items() if who and who.startswith("Luz Austral"))
    assert "Resolution No. 1120/2019" in luz, found


def test_a_decisions_own_resolution_number_is_no_law_breached() -> None:
    text = (
        "Through Resolution No. 0145/2025 of 14 March, it fined the operator for breaches of "
        "Article 59 of the Telecommunications Law."
    )
    labels = [law for law, _, _ in find_instruments(text)]
    assert not any("Resolution" in law for law in labels), labels


def test_a_party_answering_the_violations_takes_the_ones_cited() -> None:
    body = (
        "On March 3, 2026, the Commodity Futures Trading Commission (CFTC) settled charges "
        "against Harbor Bend Capital LLC.\n\n"
        "**Findings**\n\n"
        "The CFTC found that the firm's spoofing violated Section 4c(a)(5)(C) of the Commodity "
        "Exchange Act. Harbor Bend neither admitted nor denied the violations.\n\n"
        "**Terms**\n\n"
        "Harbor Bend will pay a civil monetary penalty of $2,100,000.\n\n"
        "Its former head trader, Lena Ostrowski, agreed to pay a civil monetary penalty of "
        "$95,000 and is barred from trading on registered entities for one year. Ms. "
        "Ostrowski also neither admitted nor denied the violations."
    )
    found = _provisions(body)
    for (action, who), provisions in found.items():
        if who == "Lena Ostrowski":
            assert any("4" in p for p in provisions), (action, found)


def test_a_subsection_letter_in_brackets_is_no_word_of_the_laws_title() -> None:
    labels = [p.label for p in find_provisions("It violated Section 9(a)(2)(B) of the Grain Act.")]
    assert labels == ["Grain Act Sec. 9(a)(2)(B)"]


def test_a_regulator_citing_a_law_for_its_measures_cites_it_for_them_all() -> None:
    body = (
        "**Laos: LCAA fines Mekong Sky and suspends its catering permit**\n\n"
        "The Lao Civil Aviation Authority (LCAA) fined Mekong Sky LAK 450 million for carrying "
        "undeclared fuel cells in cargo.\n\n"
        "The authority also suspended Mekong Sky's catering permit at Wattay airport for 14 "
        "days. The LCAA cited its cargo rules and the Law on Aviation, Article 52."
    )
    found = _provisions(body)
    for action in ("fine", "ban"):
        assert any(p.endswith("Art. 52") for p in found[(action, "Mekong Sky")]), found


def test_a_charge_told_by_what_it_was_for_is_that_actions() -> None:
    body = (
        "**Who was penalised?**\n\n"
        "On 2 May the Securities Commission (SC) issued three decisions. Trader Ahmad Faizal "
        "was fined RM900,000 for manipulating the price of shares in Pinang Tin Bhd. Pinang "
        "Tin Bhd was fined RM300,000 for failing to disclose a loan on time.\n\n"
        "**What else does he face?**\n\n"
        "Mr Faizal is also barred from trading securities for two years.\n\n"
        "**Which rules were broken?**\n\n"
        "The manipulation charge was brought under section 176 of the Capital Markets and "
        "Services Act 2007.\n\n"
        "**Is this unusual?**\n\n"
        "No. In 2024 the SC fined investor Lim Wei Jie RM900,000 for manipulating shares of a "
        "property developer."
    )
    found = _provisions(body)
    assert any("176" in p for p in found[("fine", "Ahmad Faizal")]), found
    assert any("176" in p for p in found[("ban", "Faizal")]), found
    assert not any("176" in p for p in found[("fine", "Pinang Tin Bhd")]), found
    assert not any("176" in p for p in found[("fine", "Lim Wei Jie")]), found


def test_a_ban_told_with_also_between_fines_and_their_grounds_shares_the_grounds() -> None:
    body = (
        "On 12 March the Securities Commission of Sri Lanka fined Lanka Agro Mills PLC "
        "Rs 4 million and fined its directors Nimal Perera and Sunil Silva Rs 2 million each "
        "for misstating revenue.\n\n"
        "The commission also barred the company's former finance director, Ruwan Jayasuriya, "
        "from serving as a director of any listed company for three years. The penalties were "
        "imposed for violations of section 45 of the Securities Act."
    )
    found = _provisions(body)
    ban = next(v for (action, _), v in found.items() if action == "ban")
    assert any("45" in p for p in ban), found


def test_regulations_named_second_in_a_breach_are_read() -> None:
    laws = [
        law
        for law, _, _ in find_instruments(
            "for breaches of the Banking Law and the Consumer Credit Regulations, including "
            "unfair fees"
        )
    ]
    assert "Consumer Credit Regulations" in laws


def test_a_state_codes_abbreviations_end_no_sentence() -> None:
    body = (
        "The California Privacy Protection Agency fined Larkspur Media Inc. $210,000. The "
        "Agency found that Larkspur:\n\n"
        "- ignored Global Privacy Control signals, in violation of Cal. Civ. Code § 1798.120; "
        "and\n"
        "- used a misleading consent banner, a dark pattern under § 7004 of the regulations."
    )
    (fine,) = [f for f in extract(body) if f.action == "fine"]
    provisions = [p.text for p in fine.provisions]
    assert any("1798.120" in p for p in provisions), provisions
    assert any("7004" in p for p in provisions), provisions


def test_a_courts_jurisdiction_under_a_section_is_no_breach() -> None:
    body = (
        "The Hamburg data protection authority fined Elbufer Logistik GmbH EUR 310.000 for "
        "keeping drivers' location data for years. Elbufer has objected; the Regional Court "
        "will have jurisdiction under § 41(1) BDSG."
    )
    (fine,) = [f for f in extract(body) if f.action == "fine"]
    assert not any("41" in p.text for p in fine.provisions), fine.provisions


def test_the_same_section_power_again_is_the_next_actions_basis_too() -> None:
    body = (
        "The big one. The regulator fined Brackley College £200,000 for breaching condition E2. "
        "The penalty was imposed under section 15 of the Higher Education and Research Act "
        "2017.\n\n"
        "Smaller provider. Wexcombe Institute Ltd has been fined £30,000 for breaching "
        "condition B3. Same section 15 power."
    )
    found = _provisions(body)
    wexcombe = found[("fine", "Wexcombe Institute Ltd")]
    assert "Higher Education and Research Act 2017 Sec. 15" in wexcombe, found
