"""Answers to ways of asking the newest blind sets showed failing, on articles written for this
test (invented companies and people, real kinds of regulator and court):

- a follow-up that asks for the company's person by a role typed loosely ("and its ex
  commercial manager?"): that person's own fine, not the company's;
- "did X take the fine to court?": the court is where an appeal goes, so the fine's record
  ("did not take the decision to court") answers No;
- "how many firms has the regulator fined so far this year?": a count the copy dates to
  another year ("in the whole of 2024 it fined nine firms") does not answer, and a count of the
  penalties it issued this year ("six penalty notices since January") does;
- "by what percentage did the settlement cut the proposed penalty?": the two figures one
  sentence compares ("will pay $220,000, down from the $400,000 first proposed"), not another
  sum the party settled;
- "how much does X actually have to pay, leaving out the suspended part?": the fine less the
  part the same sentence says is suspended;
- "acme paid?": a yes/no typed without its verb;
- "what kenyan lender is appealing …?": a party asked for by what it is, named;
- "has the court ruled on X's appeal?" when the sources report only the appeal lodged: not
  found, not the Yes of the appeal;
- "how much did X pay the injured worker in the settlement?" when the sum is confidential, and
  "how much did it fine each operator?" when only a combined figure is given: not found;
- "how much was the former compliance officer at X fined personally?" when the copy writes what
  the role is over and a title between it and the name ("its former compliance officer in
  charge of sanctions screening, Ms Ana Ruiz");
- "has X appealed?" when the sources say only that it "may file an administrative appeal": not
  found;
- "how much compensation does X have to pay?" when the sources report only its fine and a
  penalty payment: not found (and found when a sum of compensation is stated);
- "which distributor got off with a commitment instead of a fine?": the party whose commitment
  the regulator accepted ("accepted commitments offered by X S.R.L."), cited by that sentence.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

POLDER = """**Copenhagen, 3 March 2025.** The Danish Competition and Consumer Authority (KFST) has fined the builders' merchant Nordbyg A/S DKK 14 million for fixing the prices of roofing materials with two rivals between 2019 and 2023.

**The infringement**

The authority found that Nordbyg agreed minimum resale prices for roof tiles and membranes at meetings held twice a year, and that the agreement raised prices for small builders by up to 12%.

**The sanctions**

In setting the fine, the KFST took as its base Nordbyg's sales of roofing materials in 2023, which reached DKK 310 million. Nordbyg was also ordered to end all price agreements and to report to the authority on its pricing for three years.

In addition, the authority fined the company's former general manager, Mette Lindholm, DKK 60,000 for having personally taken part in the meetings at which prices were agreed.

The fines must be paid within 30 days. The decision may be challenged before the Competition Appeals Tribunal.
"""

TIMBER = """COPENHAGEN, Sept 22 (Test Wire) - The KFST's fine of DKK 5 million on the timber wholesaler Fjordhandel ApS for sharing customer lists with a competitor is now final.

The authority fined Fjordhandel and its competitor Skovtræ A/S in the same decision, Skovtræ DKK 3 million. Skovtræ challenged its fine, but the Maritime and Commercial High Court upheld it on 2 September.

Fjordhandel did not go to court. It paid the fine in full in May, the authority said in its annual report.
"""

FUNDS = """ACCRA, July 2 (Test Wire) - Ghana's Financial Intelligence Centre has issued six penalty notices since January, its director said on Tuesday, as the country prepares for its next mutual evaluation.

In the whole of 2024 the centre fined nine firms, most of them foreign exchange bureaux.

The largest penalty this year, GH¢2.4 million, was imposed on Volta Commercial Bank for failing to file suspicious transaction reports on time.
"""

CRANE = """HOUSTON, Oct 14 (Test Wire) - Halvorsen Marine Services has agreed to settle the citations the Occupational Safety and Health Administration issued after a crane collapse at its Galveston yard.

Under the settlement, Halvorsen will pay $220,000 in penalties, down from the $400,000 OSHA first proposed, and will hire an outside crane inspector for three years.

Halvorsen has also settled a personal injury claim brought by the crane operator, for $650,000 according to court filings.
"""

QUARRY = """TARTU, June 9 (Test Wire) - The Tartu County Court fined the quarry operator Lõuna Kivi OÜ €120,000 on Monday over a blast that damaged homes near its Kambja pit.

Judge Kadri Tamm fined the company €120,000, €70,000 of which is suspended for three years provided the company commits no similar offence in that time.

The company's chief executive, Andres Põld, said it would pay within the 30 days the court allowed.
"""


LENDERS = """NAIROBI, Feb 11 (Test Wire) - Kenya's Office of the Data Protection Commissioner (ODPC) fined the digital lender Mkopo Haraka Ltd KSh 30 million in January for sending debt-collection messages to borrowers' contacts.

Mkopo Haraka has lodged an appeal against the penalty in the High Court in Nairobi, arguing that borrowers had consented in its app.

In a separate decision the same month, the ODPC fined the microfinance lender Pesa Bora KSh 4 million for late reporting. Pesa Bora paid the penalty within ten days, the ODPC said.

The penalty is the largest the ODPC has imposed on a digital lender since 2021, when it fined three lenders a combined KSh 45 million over debt-collection practices.
"""

INJURY = """DENVER, Nov 3 (Test Wire) - Front Range Packaging agreed to pay $95,000 to settle the citations federal inspectors issued after a forklift crushed a warehouse worker's leg in March.

Front Range has also settled a personal injury lawsuit brought by the worker; the terms are confidential, but the worker's lawyer said his medical bills alone came to more than $250,000.
"""


BROKER = """VADUZ, April 8 (Test Wire) - Liechtenstein's Financial Market Authority (FMA) has fined the asset manager Rheintal Vermögen AG CHF 400,000 for failures in its anti-money laundering controls.

- Its former compliance officer in charge of sanctions screening, Ms Ana Ruiz, has been fined CHF 20,000 and barred from compliance roles for three years.

Rheintal Vermögen may file an administrative appeal against the decision with the Administrative Court within 14 days.
"""

SPILL = """TURKU, Aug 5 (Test Wire) - The regional environment centre has fined the sawmill Saaristo Saha Oy 30,000 euros after oil from a ruptured hydraulic line reached a bay near Naantali.

If the clean-up is not finished by October, the company faces a penalty payment of 8,000 euros.

Separately, the district court ordered the ferry company Airisto Linja Oy to pay 12,000 euros in compensation to fishermen whose nets were damaged by a spill from one of its vessels.
"""


PHARMA = """BUCHAREST, Jan 20 (Test Wire) - The Romanian Competition Council has fined two pharmaceutical distributors a total of 31 million lei for sharing hospital customers between 2019 and 2022.

Medivest Distributie was fined 19 million lei and Carpat Pharma 12 million lei.

In the same investigation, the council accepted commitments offered by Danubia Med S.R.L., a smaller distributor, which will publish its hospital price lists for five years. Under the commitments, Danubia Med will also train its sales staff in competition law.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("newest-asking-corpus")
    write_article(corpus, "2025-03-03-kfst-fines-nordbyg-roofing", POLDER, published="2025-03-03")
    write_article(corpus, "2025-09-22-kfst-fjordhandel-final", TIMBER, published="2025-09-22")
    write_article(corpus, "2025-07-02-ghana-fic-penalty-notices", FUNDS, published="2025-07-02")
    write_article(corpus, "2025-10-14-halvorsen-osha-settlement", CRANE, published="2025-10-14")
    write_article(corpus, "2025-06-09-tartu-court-fines-louna-kivi", QUARRY, published="2025-06-09")
    write_article(corpus, "2025-02-11-cbk-fines-digital-lenders", LENDERS, published="2025-02-11")
    write_article(corpus, "2025-11-03-front-range-settles", INJURY, published="2025-11-03")
    write_article(corpus, "2025-04-08-fma-fines-rheintal-vermoegen", BROKER, published="2025-04-08")
    write_article(corpus, "2025-08-05-saaristo-saha-oil-spill", SPILL, published="2025-08-05")
    write_article(corpus, "2025-01-20-romania-pharma-distributors", PHARMA, published="2025-01-20")
    return indexed_session(corpus, tmp_path_factory.mktemp("newest-asking-index"))


@pytest.mark.parametrize(
    "follow_up",
    [
        "and its ex general manager?",
        "what about its former general manager?",
        "and the ex general manager?",
    ],
)
def test_a_follow_up_about_the_companys_person_is_their_own_fine(
    session: Session, follow_up: str
) -> None:
    answer = session.ask(follow_up, ["how much did the KFST fine nordbyg"])
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 60_000 and answer.value.currency == "DKK", answer.answer
    assert cites(answer, "Mette Lindholm"), answer.answer


def test_taking_the_fine_to_court_is_asked_of_the_fine(session: Session) -> None:
    answer = session.ask("did fjordhandel take the kfst fine to court")
    assert answer.kind == "status", answer.answer
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "Fjordhandel did not go to court"), answer.answer


def test_a_count_so_far_this_year_is_not_last_years(session: Session) -> None:
    answer = session.ask(
        "how many firms has ghana's financial intelligence centre fined so far this year"
    )
    assert answer.kind == "count", answer.answer
    assert answer.value.number == 6, answer.answer
    assert cites(answer, "six penalty notices since January"), answer.answer


def test_a_count_for_a_year_named_is_that_years(session: Session) -> None:
    answer = session.ask("how many firms did ghana's financial intelligence centre fine in 2024")
    assert answer.kind == "count", answer.answer
    assert answer.value.number == 9, answer.answer


def test_a_percentage_cut_from_the_figures_one_sentence_compares(session: Session) -> None:
    answer = session.ask(
        "by what percentage did the settlement cut osha's proposed penalty for halvorsen"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 45 and answer.value.unit == "percent", answer.answer
    assert cites(answer, "down from the $400,000"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how much does louna kivi actually have to pay, leaving out the suspended part",
        "what is louna kivi's fine excluding the suspended portion",
    ],
)
def test_a_fine_less_its_suspended_part(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 50_000 and answer.value.currency == "EUR", answer.answer
    assert cites(answer, "€70,000 of which is suspended"), answer.answer


@pytest.mark.parametrize("question", ["pesa bora paid?", "pesa bora paid the fine yet?"])
def test_a_yes_no_typed_without_its_verb(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "status", answer.answer
    assert answer.verdict == "yes", answer.answer


def test_a_party_asked_for_by_what_it_is(session: Session) -> None:
    answer = session.ask("what kenyan lender is appealing an odpc fine")
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith("Mkopo Haraka"), answer.answer


def test_a_ruling_on_an_appeal_only_lodged_is_not_found(session: Session) -> None:
    answer = session.ask("has the high court in nairobi ruled on mkopo haraka's appeal")
    assert answer.kind == "not_found" and not answer.found, answer.answer
    assert answer.verdict is None, answer.answer


def test_a_sum_settled_in_confidence_is_not_found(session: Session) -> None:
    answer = session.ask(
        "how much did front range pay the injured worker in the lawsuit settlement"
    )
    assert answer.kind == "not_found" and not answer.found, answer.answer


def test_each_partys_fine_when_only_a_combined_figure_is_given(session: Session) -> None:
    answer = session.ask("how much did the odpc fine each lender back in 2021")
    assert answer.kind == "not_found" and not answer.found, answer.answer


def test_a_role_written_with_what_it_is_over_and_a_title(session: Session) -> None:
    answer = session.ask(
        "liechtenstein regulator - how much was the former compliance officer at rheintal "
        "vermogen fined personally"
    )
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 20_000 and answer.value.currency == "CHF", answer.answer


def test_an_appeal_the_party_may_file_is_not_one_filed(session: Session) -> None:
    answer = session.ask("has rheintal vermogen appealed to the administrative court")
    assert answer.kind == "not_found" and not answer.found, answer.answer
    assert answer.verdict is None, answer.answer


def test_compensation_is_not_the_fine(session: Session) -> None:
    answer = session.ask("how much compensation does saaristo saha have to pay")
    assert answer.kind == "not_found" and not answer.found, answer.answer
    answer = session.ask("how much compensation does airisto linja have to pay")
    assert answer.found and answer.value.amount == 12_000, answer.answer


def test_the_party_let_off_with_a_commitment(session: Session) -> None:
    answer = session.ask(
        "which distributor got off with a commitment instead of a fine in the romanian case"
    )
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith("Danubia Med S.R.L."), answer.answer
    assert cites(answer, "accepted commitments offered by Danubia Med S.R.L."), answer.answer
