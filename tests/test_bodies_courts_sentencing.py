"""A prosecution told as a sentencing: the court fines, the regulator brought the charges.
"X has been fined $60,000 … X was sentenced in the Nelson District Court … brought by
WorkSafe": the fine is the court's, on invented copy."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def test_a_fine_told_first_then_the_sentencing_court_is_the_courts() -> None:
    facts = extract(
        "A Nelson sawmill has been fined $60,000 after a worker was crushed by a log.\n\n"
        "Tasman Timber Ltd was sentenced in the Nelson District Court on Monday after "
        "pleading guilty to a charge under the Health and Safety at Work Act 2015, brought "
        "by WorkSafe New Zealand."
    )
    assert "District Court" in (by_amount(facts, "60000").authority or "")


def test_a_guilty_plea_in_a_provincial_court_makes_the_fine_the_courts() -> None:
    facts = extract(
        "YARMOUTH — A lobster buyer has been fined $35,000 after a forklift struck a worker "
        "at its wharf in 2024.\n\nBarrow Fisheries Inc. pleaded guilty in Nova Scotia "
        "provincial court in Yarmouth to one count under the Occupational Health and Safety "
        "Act, laid by the province's Department of Labour, Skills and Immigration.\n\nThe "
        "company's yard manager was fined $2,000."
    )
    assert by_amount(facts, "35000").authority == "Provincial Court of Nova Scotia"
    assert by_amount(facts, "2000").authority == "Provincial Court of Nova Scotia"


def test_a_regulators_fine_appealed_to_a_court_stays_the_regulators() -> None:
    facts = extract(
        "The Ontario Energy Board fined Lakeshore Hydro Inc. $100,000 on 3 June for billing "
        "errors.\n\nLakeshore has appealed the fine to the Divisional Court in Toronto."
    )
    assert by_amount(facts, "100000").authority == "OEB"
