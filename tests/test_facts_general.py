"""How enforcement news is written in general, on invented sentences: each test states one
rule of the extractor with wording that appears in no fixture."""

from __future__ import annotations

from decimal import Decimal

from assistant.facts import Fact, extract_facts
from assistant.lexicon import lexicon
from assistant.models import Article
from assistant.provisions import find_instruments, find_provisions
from assistant.text import context_starts, sentences


def extract(body: str, title: str = "Enforcement news", published: str = "2024-06-03", **meta):
    article = Article(
        id="invented",
        title=title,
        published=published,
        path="invented.md",
        format="md",
        body=body,
        sha256="0",
        **meta,
    )
    spans = sentences(body)
    contexts = [spans[i].start for i in context_starts(body, spans)]
    return extract_facts(article, spans, contexts, lexicon())


def labels(fact: Fact) -> set[str]:
    return {p.text for p in fact.provisions}


def by_amount(facts: list[Fact], amount: str) -> Fact:
    found = [f for f in facts if f.amount and f.amount.amount == Decimal(amount)]
    assert len(found) == 1, [(f.action, f.amount) for f in facts]
    return found[0]


# --- Provisions ---------------------------------------------------------------------------


def test_statutes_cited_by_number_are_named_by_their_number() -> None:
    text = "The inspectors relied on Act No. 127/2005 Coll. and on the regional ordinance."
    assert [i for i, _, _ in find_instruments(text)] == ["Act No. 127/2005"]


def test_provisions_cited_by_their_own_words_carry_their_instrument() -> None:
    found = find_provisions("It was in breach of General Conditions C5 and C7.")
    assert [p.label for p in found] == ["Ofcom GC C5", "Ofcom GC C7"]
    found = find_provisions("a failure that contravened DPP2 of the Ordinance")
    assert [p.label for p in found] == ["PDPO DPP 2"]


def test_a_paragraph_sign_after_an_article_is_part_of_that_article() -> None:
    found = find_provisions(
        "under Article 41, §2, 3° of the Law of 3 December 2017 establishing the Data "
        "Protection Authority"
    )
    assert [p.label for p in found] == ["Belgian DPA Act Art. 41"]


def test_lettered_section_numbers_keep_their_letter() -> None:
    found = find_provisions("contrary to section 12B of the CJA 2010")
    assert [p.label for p in found] == ["CJA 2010 Sec. 12B"]


def test_national_laws_cited_away_from_the_fine_are_attached_to_it() -> None:
    facts = extract(
        "The Irish watchdog fined Corrib Lettings Ltd €80,000 on Monday.\n\n"
        "Corrib had mailed tenants' bank details to the wrong addresses. The watchdog said the "
        "firm failed to keep the data secure as required by Article 32 of the GDPR.\n\n"
        "The letting agent also sent marketing texts in breach of the Irish Data Protection "
        "Act 2018."
    )
    fine = by_amount(facts, "80000")
    assert {"GDPR Art. 32", "Irish DPA 2018"} <= labels(fine)


def test_a_finding_that_cites_a_provision_is_a_breach_of_it() -> None:
    facts = extract(
        "The regulator fined Brightwater Foods S.A. €60,000 last week. The regulator found "
        "weak passwords (Article 32 GDPR) and a late breach report (Article 33 GDPR)."
    )
    assert {"GDPR Art. 32", "GDPR Art. 33"} <= labels(by_amount(facts, "60000"))


def test_a_breach_sentence_naming_no_one_goes_on_with_the_story_just_told() -> None:
    facts = extract(
        "**Britain**\n\nOfcom fined Larkline Telecom Ltd £200,000 for billing errors, in breach "
        "of General Condition C1.\n\n"
        "**Sweden**\n\nThe Swedish IMY fined Granskog Bygg AB SEK 900,000 on Tuesday. The "
        "authority held that this breached Article 5(1)(c) GDPR.",
        title="Weekly round-up",
    )
    assert labels(by_amount(facts, "200000")) == {"Ofcom GC C1"}
    assert "GDPR Art. 5(1)(c)" in labels(by_amount(facts, "900000"))


# --- Who acted ----------------------------------------------------------------------------


def test_the_headline_regulator_acts_and_one_named_in_passing_does_not() -> None:
    facts = extract(
        "The Ohio Attorney General's office announced a settlement on Monday. Under it, "
        "Quillfeather Apps Inc. agreed to pay $240,000 to the State.\n\n"
        "Elsewhere, Michigan's Attorney General has also looked at period-tracking apps "
        "under the Michigan Consumer Protection Act, without any settlement so far.\n\n"
        "Michigan's Attorney General declined to comment, and so did Michigan's Attorney "
        "General's office.",
        title="Ohio Attorney General settles with Quillfeather over app data",
    )
    deal = by_amount(facts, "240000")
    assert (deal.authority, deal.jurisdiction) == ("Ohio AG", "US-OH")


def test_a_state_attorney_general_however_the_copy_words_it() -> None:
    from assistant.parties import authorities

    for text in (
        "the Oregon State Attorney General's Office filed suit",
        "the Attorney General of the State of Oregon filed suit",
        "Oregon's Attorney-General filed suit",
    ):
        found = authorities(text, lexicon(), None)
        assert [(a.authority, a.jurisdiction) for a in found] == [("Oregon AG", "US-OR")], text


# --- Amounts that are not another action --------------------------------------------------


def test_the_parts_of_a_stated_payment_are_not_payments_of_their_own() -> None:
    facts = extract(
        "Under the decree, Brightline Dental agreed to pay $900,000 to the State. The $900,000 "
        "comprises $700,000 in civil penalties and $200,000 for the costs of the investigation."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("900000")]


def test_a_headline_total_of_amounts_listed_together_is_not_another_action() -> None:
    facts = extract(
        "Harrow Gyms Inc. has agreed to pay $1.3 million to settle the case. Harrow will pay a "
        "$300,000 civil penalty and provide $1 million in refunds to members."
    )
    amounts = sorted(f.amount.amount for f in facts if f.amount)
    assert amounts == [Decimal("300000"), Decimal("1000000")]


def test_two_fines_told_apart_are_not_the_parts_of_a_third() -> None:
    facts = extract(
        "The regulator fined Orvane SA a total of €30 million. In 2021 it had fined Orvane "
        "€20 million, and in 2019 it imposed a €10 million fine on Orvane."
    )
    assert len([f for f in facts if f.amount]) == 3


# --- Dates --------------------------------------------------------------------------------


def test_the_day_a_law_took_effect_dates_nothing_and_a_filed_decree_dates_the_deal() -> None:
    facts = extract(
        "On May 6, 2024, the Ohio Attorney General filed a consent decree with Quillfeather "
        "Apps Inc. Under the decree, Quillfeather agreed to pay $240,000.\n\n"
        "It is the first case under the state's new privacy law, which took effect on "
        "January 1, 2024.",
        title="Ohio Attorney General settles with Quillfeather",
    )
    assert by_amount(facts, "240000").date.text == "2024-05-06"
