"""Amounts on invented copy: the unit a redenominated currency's amount is in ("Le 800
million (old leones)"), and figures that tell the size of a firm or of a case (assets,
profits, the value of contracts, bail, compensation owed to customers), not a penalty."""

from __future__ import annotations

from assistant.money import find_money
from tests.test_facts_general import extract


def _amounts(facts) -> set[tuple[str, str]]:
    return {(f"{f.amount.amount}", f.amount.currency) for f in facts if f.amount}


# --- Old and new units of a redenominated currency -----------------------------------------


def test_a_note_in_brackets_puts_an_amount_in_the_old_unit() -> None:
    facts = extract(
        "Sierra Leone's Environment Protection Agency fined Tonkolili Sands Ltd NLe 90,000 "
        "on Monday. In 2019 the Agency fined Bumbuna Quarries Le 450 million (old leones) "
        "for a similar breach.",
        title="Sierra Leone EPA fines sand miner",
    )
    assert ("450000000", "SLL") in _amounts(facts)
    assert ("90000", "SLE") in _amounts(facts)


def test_old_units_of_other_redenominated_currencies() -> None:
    cases = [
        ("fined the importer TL 5 trillion (in old lira) in 2003", "TRY", "TRL"),
        ("fined the mine K2 billion (old currency) in 2011", "ZMW", "ZMK"),
        ("fined the bakery 30 million old Belarusian roubles", "BYN", "BYR"),
        ("fined the trawler UM 3 million (old ouguiyas)", "MRU", "MRO"),
        ("fined the trader 2 billion old lei in 2004", "RON", "ROL"),
    ]
    for text, home, unit in cases:
        [money] = find_money(text, home)
        assert money.money.currency == unit, text


def test_an_amount_without_a_note_stays_in_the_unit_in_use() -> None:
    assert find_money("fined it NLe 150,000 (about US$6,600)", "SLE")[0].money.currency == "SLE"
    assert find_money("fined it GHC 5,000 for late filing", "GHS")[0].money.currency == "GHS"
    assert find_money("fined it GHC 5,000 for late filing")[0].money.currency == "GHS"
    assert find_money("a fine of 30 million roubles", "BYN")[0].money.currency == "BYN"
    # A note naming another money is no unit of this one: "(new manats)" of the Azerbaijani
    # manat is the manat in use.
    assert find_money("fined it 1.2 million manats (new manats)", "AZN")[0].money.currency == "AZN"


# --- Figures that describe the firm or the case, not a penalty ------------------------------


def test_the_size_of_the_firm_told_beside_its_fine_is_no_fine() -> None:
    facts = extract(
        "The Danish FSA fined Nordlys Kapital A/S DKK 2.4 million. In setting the fine, the "
        "authority considered that the firm, which manages assets of about DKK 9 billion, had "
        "cooperated.\n\n"
        "The authority fined Steppe Credit Bank KZT 50 million; the bank's net profit last "
        "year was KZT 30 billion."
    )
    assert _amounts(facts) == {("2400000", "DKK"), ("50000000", "KZT")}


def test_the_value_of_the_contracts_is_no_fine() -> None:
    facts = extract(
        "The CMA fined Fenland Fuels £3 million; the value of the contracts affected was "
        "£120 million.\n\n"
        "Prosecutors said the rigged tenders were contracts with a total value of $30 million. "
        "The court fined the contractor, Redwater Civil Inc., $2 million."
    )
    assert _amounts(facts) == {("3000000", "GBP"), ("2000000", "USD")}


def test_bail_and_bonds_are_no_fine() -> None:
    facts = extract(
        "The magistrate fined the importer, Ubuntu Traders, R200,000, and the co-accused was "
        "granted bail of R10,000.\n\n"
        "The court fined the trader Rs 5 lakh; he had earlier furnished a bond of Rs 2 lakh.\n\n"
        "The judge fined Haldor Marine $80,000 and freed its master on $20,000 bail."
    )
    assert _amounts(facts) == {("200000", "ZAR"), ("500000", "INR"), ("80000", "USD")}


def test_compensation_owed_to_customers_is_no_fine() -> None:
    facts = extract(
        "The aviation authority fined Skyline Air 60,000 euros for failing to pay compensation "
        "of 600 euros per passenger to travellers on cancelled flights."
    )
    assert _amounts(facts) == {("60000", "EUR")}


def test_a_sentencing_starting_point_is_not_the_sentence() -> None:
    facts = extract(
        "Tui Haulage Ltd was fined $96,000 in the District Court on Friday.\n\n"
        "Judge Kahu adopted a fine starting point of $160,000 across the two charges and gave "
        "a 40 per cent discount, arriving at a total fine of $96,000."
    )
    assert {amount for amount, _ in _amounts(facts)} == {"96000"}


def test_the_deal_the_case_was_about_is_no_fine() -> None:
    facts = extract(
        "The competition authority fined Arktis Bygg AS NOK 2 million for rigging a NOK 300 "
        "million tender.\n\n"
        "The ACCC fined the retailer Southern Cross Grocers A$500,000 over the A$2 billion "
        "merger.\n\n"
        "The planning regulator fined Kestrel Homes Ltd €90,000; the company bought the land "
        "for €2 million in 2019.\n\n"
        "The insurance regulator fined Jubilee Cover Ltd KES 10 million; the insurer's gross "
        "written premium was KES 8 billion last year."
    )
    assert _amounts(facts) == {
        ("2000000", "NOK"),
        ("500000", "AUD"),
        ("90000", "EUR"),
        ("10000000", "KES"),
    }


def test_a_fine_told_as_a_share_of_revenue_is_kept() -> None:
    # "of its annual revenue" tells a cap only after "up to", "a maximum", "whichever is …".
    facts = extract(
        "The court fined Vista Holdings Inc. $2.5 million, about 2 percent of its annual "
        "revenue of $130 million.\n\n"
        "The law permits fines of up to twice the gain, or EUR 5 million, or 10% of total "
        "annual turnover, whichever is highest."
    )
    assert _amounts(facts) == {("2500000", "USD")}


# --- A currency's country is no place where anything happened -------------------------------


def test_a_place_that_begins_a_currency_name_is_told_apart() -> None:
    from assistant.money import currency_named_at

    def named(text: str, place: str) -> bool:
        at = text.index(place)
        return currency_named_at(text, at, at + len(place))

    assert named("fined 3.2 million yuan (around 445,000 U.S. dollars) on Friday", "U.S.")
    assert named("displaying shelf prices only in US dollars", "US")
    assert named("a penalty of 2 million Hong Kong dollars", "Hong Kong")
    assert not named("the first such fine in the US this year", "US")
    assert not named("the Hong Kong regulator fined the broker", "Hong Kong")


# --- A conversion's currency names no place ---------------------------------------------------


def test_a_conversion_into_us_dollars_does_not_make_the_fine_american() -> None:
    facts = extract(
        "HANOI, March 4 -- The city's market regulator said on Wednesday it fined Lotus Mart "
        "JSC 250 million dong (around 9,800 U.S. dollars) for selling goods above their listed "
        "prices.",
        title="Hanoi market regulator fines supermarket chain",
    )
    [fine] = [f for f in facts if f.amount and f.amount.currency == "VND"]
    assert fine.jurisdiction != "US"  # the money it was converted into, not where it happened


def test_or_about_with_no_comma_still_tells_a_conversion() -> None:
    # "or about" / "or roughly" after the amount, no comma: the same fine in another currency,
    # not a second fine (the comma and dash forms were added beside it and must not lose it).
    for text, home, other in [
        (
            "Latvia's Competition Council fined Baltic Freight SIA EUR 5 million or about "
            "$5.4 million for price fixing.",
            ("5000000", "EUR"),
            ("5400000", "USD"),
        ),
        (
            "The Kenyan regulator fined Savanna Telecom Sh200 million or roughly $1.5 million "
            "on Monday.",
            ("200000000", "KES"),
            ("1500000", "USD"),
        ),
    ]:
        facts = extract(text, title="Regulator fines firm")
        assert _amounts(facts) == {home}, text
        [fine] = [f for f in facts if f.amount]
        assert [(f"{o.amount}", o.currency) for o in fine.other_amounts] == [other]


def test_a_scale_word_the_pattern_matches_case_insensitively_is_read_not_a_key_error() -> None:
    """The scale words match ignoring case, which in Unicode takes "ſ" (long s) for "s" and
    "K" (kelvin sign) for "k": the scale is read as the pattern matched it, casefolded,
    instead of raising on a key `str.lower` leaves unknown."""
    from decimal import Decimal

    from assistant.money import find_money

    (found,) = find_money("The firm has been fined €5 millionſ for the breach.")
    assert found.amount == Decimal("5000000")
