"""Who is sanctioned, read across sentences (classes first met in blind sets 33 and 34), on
invented copy: a release's dateline set in bold, amounts listed before the parties they are
"respectively", a description told again after the party's shorter name, a sentence that
turns back to a party penalised before, and a town before a business's noun in a title."""

from __future__ import annotations

from pathlib import Path

from assistant.facts import extract_facts
from assistant.ingest import load_article
from assistant.lexicon import lexicon
from assistant.text import context_starts, sentences
from tests.test_facts_general import extract

_FOLDER = Path(__file__).parent / "fixtures" / "parties_x4"


def _facts(name: str):
    article = load_article(next(_FOLDER.glob(f"{name}*.md")))
    spans = sentences(article.body)
    contexts = [spans[i].start for i in context_starts(article.body, spans)]
    return extract_facts(article, spans, contexts, lexicon())


def _who(facts) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.action, f.respondent.text if f.respondent else None, f.amount.text if f.amount else None)
        for f in facts
    ]


def test_a_town_datelining_a_release_in_bold_is_no_party() -> None:
    facts = _facts("2025-03-18-nssc")
    assert [f for f in facts if f.amount is not None], _who(facts)
    assert all(f.respondent is None or f.respondent.text != "Halifax" for f in facts), _who(facts)


def test_a_bold_word_before_a_clause_with_its_own_subject_is_where_it_was_reported() -> None:
    facts = extract(
        "**Lautoka** — A local fishing company has been fined $30,000 by the Fiji Revenue "
        "and Customs Service for under-declaring its catch.\n",
        title="Fishing company fined for under-declaring catch",
    )
    assert [f for f in facts if f.amount is not None]
    assert all(f.respondent is None or f.respondent.text != "Lautoka" for f in facts)


def test_a_digest_line_still_opens_on_its_party() -> None:
    facts = extract(
        "October's sanctions:\n\n**Cedar Loans Ltd** (FCA) — fined £45,000 for unfair "
        "arrears handling.\n",
        title="Digest: October sanctions",
    )
    assert ("fine", "Cedar Loans Ltd", "£45,000") in _who(facts)


def test_amounts_told_before_the_parties_they_are_respectively_one_each() -> None:
    facts = extract(
        "The Competition Commission of South Africa imposed penalties of R2 million, "
        "R1.5 million and R800,000 on Karoo Freight, Umlazi Haulage and Vaal Logistics "
        "respectively for fixing rates.\n",
        title="Competition authority fines three hauliers",
    )
    fines = {(who, amount) for action, who, amount in _who(facts) if action == "fine"}
    assert fines == {
        ("Karoo Freight", "R2 million"),
        ("Umlazi Haulage", "R1.5 million"),
        ("Vaal Logistics", "R800,000"),
    }


def test_amounts_respectively_with_a_comma_and_two_banks() -> None:
    facts = extract(
        "The Central Bank of Kenya imposed fines of KSh 5 million and KSh 3 million on Mara "
        "Bank and Tana Bank, respectively, for breaches of anti-money laundering rules.\n",
        title="Regulator fines banks",
    )
    fines = {(who, amount) for action, who, amount in _who(facts) if action == "fine"}
    assert fines == {("Mara Bank", "KSh 5 million"), ("Tana Bank", "KSh 3 million")}


def test_the_described_party_told_again_by_a_shorter_name_keeps_its_description() -> None:
    facts = extract(
        "The Environmental Protection Agency of Ghana has fined cement producer Volta Cement "
        "Ltd GH¢500,000 over dust emissions.\n\nVolta Cement was also fined GH¢50,000 for "
        "failing to file its annual monitoring report. The company buys its limestone from "
        "Ashanti Lime Works Ltd, which was not accused of wrongdoing. The agency also ordered "
        "the producer to install bag filters within 90 days.\n",
        title="Agency fines cement producer",
    )
    orders = [who for action, who, _ in _who(facts) if action == "order"]
    assert orders and all(who and who.startswith("Volta Cement") for who in orders), orders


def test_a_sentence_turning_back_to_a_party_penalised_before_makes_it_the_company() -> None:
    facts = extract(
        "The Civil Aviation Authority of Fiji said on Monday it has fined Reef Air Ltd "
        "FJ$120,000 for maintenance record lapses.\n\nIn the same statement, the authority "
        "said it had fined regional carrier Coral Wings FJ$25,000 for late refunds. Coral "
        "Wings paid the fine on Tuesday.\n\nThis is not the first time Reef Air is penalised. "
        "In 2022, the authority fined company FJ$60,000 over crew rest violations.\n",
        title="Aviation regulator fines two carriers",
    )
    (earlier,) = [f for f in facts if f.amount is not None and f.amount.text == "FJ$60,000"]
    assert earlier.respondent is not None
    assert earlier.respondent.text.startswith("Reef Air"), earlier.respondent.text


def test_a_town_before_a_business_noun_in_the_title_is_where_the_party_is() -> None:
    facts = _facts("2025-06-02-agency-hits")
    assert all(f.respondent and f.respondent.text == "Slaney Solvents Ltd" for f in facts), _who(
        facts
    )
    assert ("fine", "Slaney Solvents Ltd", "€120,000") in _who(facts)


def test_a_company_before_a_business_noun_in_the_title_is_still_the_party() -> None:
    facts = extract(
        "Hessian environmental inspectors have fined the plant €80,000 after a chlorine "
        "release last spring.\n",
        title="Regulator fines Rheinwerk Chemie chemical plant",
    )
    assert ("fine", "Rheinwerk Chemie", "€80,000") in _who(facts), _who(facts)
