"""Which currency a fact's amount is in, read as the fact extractor reads it: from the country
of the regulator acting where the amount is written, and from the conventions of the copy
(wire copy's bare "$", amounts set in tax units). Invented articles throughout."""

from __future__ import annotations

from decimal import Decimal

from tests.test_facts_general import extract


def _amounts(body: str, title: str = "Enforcement round-up", **meta) -> list[tuple]:
    return [
        (
            f.authority,
            f.amount.amount,
            f.amount.currency,
            [(o.amount, o.currency) for o in f.other_amounts],
        )
        for f in extract(body, title=title, **meta)
        if f.amount
    ]


ROUND_UP = """Our quarterly look at enforcement in Latin America.

**Mexico – INAI fines insurer**

Mexico's INAI fined Seguros Altamar S.A. de C.V. $1,250,000 for sending marketing emails \
without consent. The insurer said it would appeal.

**Colombia – SIC sanctions lender**

Colombia's SIC fined Crédito Ágil S.A.S. $845.300.000 for calling debtors' relatives and \
employers.

**Argentina – AAIP fines call centre**

Argentina's AAIP fined Telemarketing Sur S.A. $ 2.500.000 (two million five hundred thousand \
pesos) for ignoring the do-not-call registry.
"""


def test_in_a_round_up_each_section_s_regulator_says_whose_dollar_sign_it_is() -> None:
    assert _amounts(ROUND_UP) == [
        ("INAI", Decimal("1250000"), "MXN", []),
        ("SIC", Decimal("845300000"), "COP", []),
        # The amount in words is the same amount, not a conversion of it.
        ("AAIP", Decimal("2500000"), "ARS", []),
    ]


def test_a_regulator_s_own_release_writes_its_currency_with_a_dollar_sign() -> None:
    body = (
        "The Superintendence of Industry and Commerce imposed a fine of $612.480.000 on "
        "Cobranzas del Valle S.A.S. for sharing debtors' data with third parties."
    )
    facts = _amounts(body, title="SIC fines collection agency", outlet="SIC (press release)")
    assert [(amount, code) for _, amount, code, _ in facts] == [(Decimal("612480000"), "COP")]


def test_wire_copy_s_bare_dollar_sign_is_the_us_dollar() -> None:
    body = (
        "OTTAWA, May 6 (Northwire) - Lakeshore Mobile Inc was fined C$2.4 million ($1.75 "
        "million) by the Office of the Privacy Commissioner of Canada for keeping former "
        "customers' identity documents, the regulator said on Tuesday.\n\n"
        "Lakeshore said it would pay the $1.75 million by the end of the month."
    )
    facts = _amounts(body, title="Canadian carrier fined C$2.4 mln over ID records")
    assert [(amount, code, others) for _, amount, code, others in facts] == [
        (Decimal("2400000"), "CAD", [(Decimal("1750000"), "USD")])
    ]


def test_copy_that_never_marks_the_local_dollar_keeps_its_dollar_sign_local() -> None:
    body = (
        "The Office of the Australian Information Commissioner said Brightwater Health Pty Ltd "
        "was ordered by the court to pay a $1.9 million penalty for a data breach."
    )
    facts = _amounts(body, title="Health insurer penalised")
    assert [(amount, code) for _, amount, code, _ in facts] == [(Decimal("1900000"), "AUD")]


def test_a_fine_set_in_tax_units_is_the_money_in_brackets() -> None:
    body = (
        "Peru's Autoridad Nacional de Protección de Datos Personales fined Clínica Miraflores "
        "S.A.C. 60 UIT (S/ 321,000) for disclosing patient records to an insurer.\n\n"
        "Colombia's SIC fined Datos Andinos S.A.S. 500 SMMLV ($650.000.000) for selling "
        "customer lists."
    )
    assert [(amount, code, others) for _, amount, code, others in _amounts(body)] == [
        (Decimal("321000"), "PEN", []),
        (Decimal("650000000"), "COP", []),
    ]


def test_a_dollar_in_a_section_naming_no_regulator_is_its_countrys() -> None:
    body = (
        "A busy week for gaming regulators.\n\n## Alberta: penalty for Prairie Spins\n\n"
        "The Alberta Gaming and Liquor Commission (AGLC) has fined Prairie Spins Inc. $80,000 "
        "for advertising breaches. The AGLC said Prairie Spins had paid.\n\n"
        "## Nevada: settlement with Red Rock Slots\n\n"
        "Under a settlement announced on Thursday, Red Rock Slots LLC agreed to pay $1.5m over "
        "its cash-handling failures.\n"
    )
    assert [(a[1], a[2]) for a in _amounts(body)] == [
        (Decimal("80000"), "CAD"),
        (Decimal("1500000"), "USD"),
    ]
