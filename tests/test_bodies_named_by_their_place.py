"""A regulator the data files lack, named like a listed one of another country ("Nauru's
Office of Fair Trading" beside the UK's OFT; "the Falkland Islands Financial Services
Commission" beside five listed FSCs) is a body of its own place; a listed body named with
its own country stays the listed one. Also: territories are places of their own, and a
"Unit" acting in its own name is a regulator. Articles invented for this test."""

from __future__ import annotations

import pytest

from tests.test_facts_general import extract


@pytest.mark.parametrize(
    ("title", "text", "authority", "jurisdiction"),
    [
        (
            "Nauru watchdog fines retailer",
            "YAREN, 3 March (Pacific Wire) — Nauru's Office of Fair Trading has fined Anibare "
            "Stores A$12,000 for selling expired infant formula, the office said on Monday.",
            "Office of Fair Trading",
            "NR",
        ),
        (
            "Falklands FSC fines insurer",
            "The Falkland Islands Financial Services Commission has fined Stanley Marine "
            "Insurance Ltd £25,000 for breaches of its anti-money laundering obligations.",
            "Falkland Islands Financial Services Commission",
            "FK",
        ),
        (
            "Telecom fine",
            "Andorra's telecommunications regulator, the Andorran Telecommunications "
            "Regulatory Authority (ARTA), fined Pirineu Telecom SA €30,000.",
            "ARTA",
            "AD",
        ),
        (
            "Greenland gaming board fines operator",
            "The Greenland Gaming Supervisory Board fined Nuuk Lotto ApS DKK 400,000 on "
            "Tuesday for failing to verify players' ages.",
            "Greenland Gaming Supervisory Board",
            "GL",
        ),
        # listed bodies named with their own country stay the listed ones
        (
            "Jamaica regulator fines broker",
            "Jamaica's Financial Services Commission fined Kingston Wealth Ltd J$2 million "
            "for late filings.",
            "FSC (JM)",
            "JM",
        ),
        (
            "OFT fines retailer",
            "The UK's Office of Fair Trading fined Harrow Home Stores £90,000 for misleading "
            "price claims.",
            "OFT",
            "GB",
        ),
    ],
)
def test_a_body_is_of_the_place_its_name_gives(
    title: str, text: str, authority: str, jurisdiction: str
) -> None:
    facts = [f for f in extract(text, title=title, published="2025-03-04") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [(authority, jurisdiction)]


def test_a_unit_acting_in_its_own_name_is_a_regulator() -> None:
    facts = extract(
        "The Financial Intelligence Unit of Montserrat fined Plymouth Remit Ltd EC$40,000 "
        "for failing to report suspicious transactions, the Unit said in a statement.",
        published="2025-03-04",
    )
    assert [f.authority for f in facts if f.amount] == ["Financial Intelligence Unit of Montserrat"]


@pytest.mark.parametrize(
    ("text", "authority", "jurisdiction"),
    [
        (
            "NOUMEA, 4 May — New Caledonia's Office des Postes et Télécommunications (OPT) has "
            "fined internet provider Lagon Net SARL 2 million CFP francs for repeated outages.",
            "OPT",
            "NC",
        ),
        (
            "CONAKRY — The Autorité de Régulation des Postes et Télécommunications (ARPT) fined "
            "mobile operator Kaloum Mobile GNF 5 billion on Tuesday for poor service quality.",
            "ARPT",
            "GN",
        ),
        (
            "SAN JUAN, Puerto Rico — The Oficina del Comisionado de Seguros (OCS) imposed a "
            "fine of $250,000 on Borinquen Salud Inc. for delaying claims payments.",
            "OCS",
            "PR",
        ),
    ],
)
def test_a_name_in_its_own_language_with_its_initials_is_a_body(
    text: str, authority: str, jurisdiction: str
) -> None:
    facts = [f for f in extract(text, published="2025-05-04") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [(authority, jurisdiction)]


def test_a_law_or_a_company_with_its_initials_is_no_body() -> None:
    facts = extract(
        "The Data Protection Commissioner fined Société Générale des Transports (SGT) "
        "€40,000 under the Personal Data Protection Law (PDPL). SGT fined drivers who "
        "breached the PDPL.",
        published="2025-05-04",
    )
    assert {f.authority for f in facts if f.amount} <= {None, "Data Protection Commissioner"}
    assert all(f.authority not in {"SGT", "PDPL"} for f in facts)
