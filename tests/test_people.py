"""People named in enforcement news, on invented sentences: who is introduced as a person,
who is a company or an official, and which pronouns stand for someone sanctioned."""

from __future__ import annotations

import pytest

from assistant.lexicon import lexicon
from assistant.people import looks_personal, people, personal_pronouns


def names(text: str) -> list[str]:
    return [p.name for p in people(text, lexicon())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz, the former chief executive of Tajo Valores, was fined.", ["Ana Ruiz"]),
        (
            "Its former money laundering reporting officer, Piet de Vries, resigned.",
            ["Piet de Vries"],
        ),
        ("Former sales director Tom Beck was banned.", ["Tom Beck"]),
        ("Brennan Foods' co-founder, Niamh Brennan (its director) appealed.", ["Niamh Brennan"]),
    ],
)
def test_a_person_is_introduced_by_the_role_they_held(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_role_a_company_holds_too_needs_an_owner_or_a_time_to_make_a_person() -> None:
    assert names("The regulator fined the property manager Fjellheim Eiendom.") == []
    assert names("The regulator fined the agency's property manager, Ola Berg.") == ["Ola Berg"]
    assert names("It fined Kari Dahl, a former broker at Nordvest Finans.") == ["Kari Dahl"]


def test_a_name_followed_by_a_legal_form_is_a_company() -> None:
    assert names("It sanctioned its former managing director, Lindqvist Invest AB.") == []


def test_officials_of_a_regulator_are_not_people_sanctioned() -> None:
    assert names('"This is serious," Ofcom enforcement director Ian Hale said.') == []
    assert names("Jo Hale, a member of the CNIL's restricted committee, said so.") == []
    # A regulator before the verb, not before the role, does not make an official.
    assert names("The FCA fined its former director, Ian Hale.") == ["Ian Hale"]


def test_titles_are_not_first_names_and_headlines_are_not_names() -> None:
    assert names("said Director General Tiina Kask on Monday") == ["Tiina Kask"]
    assert names("Related: Bank Chief Says He’s Worried") == []


def test_a_surname_after_a_title_is_the_person_named_before() -> None:
    text = "Jan Novak, the former chief executive of Orbis, appealed. Mr Novak lost."
    assert names(text) == ["Jan Novak", "Jan Novak"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the regulator decided to fine her €45,000", ["her"]),
        ("and to prohibit him from acting as a director", ["him"]),
        ("She was disqualified for five years", ["She"]),
        ("he has been banned from the industry", ["he"]),
        ("the court decided to fine her lender", []),
        ("the regulator fined him and his company", ["him"]),
    ],
)
def test_a_personal_pronoun_as_the_one_sanctioned(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in personal_pronouns(text)] == expected


def test_names_written_as_a_person_s_and_as_a_company_s() -> None:
    assert looks_personal("Tomasz Wrzos", lexicon())
    assert not looks_personal("Wrzos Capital", lexicon())
    assert not looks_personal("Clearview AI", lexicon())


def test_a_person_is_keyed_by_surname_and_a_company_by_its_first_word() -> None:
    from assistant.parties import respondent_key
    from tests.test_facts_general import by_amount, extract

    facts = extract(
        "The Polish regulator fined Wisła Meble sp. z o.o. PLN 900,000. The company's former "
        "sales director, Irena Kowalczyk, was fined PLN 45,000.",
        title="Furniture maker and its director fined",
    )
    assert by_amount(facts, "45000").respondent_key == "kowalczyk"
    # ł has no accent for NFKD to drop, but is read as l (plain_letters): "wisla" is typed
    assert by_amount(facts, "900000").respondent_key == "wisla"
    assert respondent_key("Irena Kowalczyk") == "irena"  # a name alone says no person
    assert respondent_key("Irena Kowalczyk", personal=True) == "kowalczyk"
