"""The facts scorer's provision key: two labels cite the same provision when they cite the
same number within their law, whatever the law's own number or year."""

from __future__ import annotations

import pytest

from assistant.fact_check import _provision_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("GDPR Art. 5(1)(f)", "GDPR Art. 5"),
        ("Securities and Exchange Ordinance 1969 s. 22", "SEO Sec. 22"),
        ("14 CFR 260.6", "14 C.F.R. § 260.6"),
        ("Ley 1581 de 2012 art. 17", "Art. 17"),
        ("Civil Code Art. 1240 para. 2", "Civil Code Art. 1240"),
        ("Merchant Shipping Regulations 1997 reg. 5", "Reg. 5"),
    ],
)
def test_same_provision(one: str, other: str) -> None:
    assert _provision_key(one) == _provision_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a law's number or year is not the provision cited
        ("Law No. 104-12 Art. 37", "Law No. 104-12 Art. 6"),
        ("Anti-Money Laundering Act 2020", "Anti-Money Laundering Act 2020 s. 52"),
        (
            "Securities and Exchange Ordinance 1969 s. 18",
            "Securities and Exchange Ordinance 1969 s. 22",
        ),
    ],
)
def test_different_provisions(one: str, other: str) -> None:
    assert _provision_key(one) != _provision_key(other)
