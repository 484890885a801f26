"""Reading families met in blind sets 22 and 23, on invented copy: a decision written as a
list of parties with their fines (the item telling more after its figure), conversions in
brackets, and figures that are no sanction (sums collected, a year's totals, costs, fees)."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


# --- A decision written as a list of parties with their fines ------------------------------


def test_a_listed_fine_may_tell_why_after_its_figure() -> None:
    facts = extract(
        "The Competition Commission of Namibia has fined three tyre importers for fixing "
        "prices.\n\nThe Commission imposed the following fines:\n\n"
        "- Kalahari Tyres (Pty) Ltd: N$2,400,000, as the importer that organised the scheme;\n"
        "- Etosha Wheel Centre CC: N$910,000;\n"
        "- Walvis Tyre Depot (Pty) Ltd: N$455,000, after a 40 per cent reduction for "
        "cooperating with the investigation.\n"
    )
    assert by_amount(facts, "2400000").respondent.text == "Kalahari Tyres (Pty) Ltd"
    assert by_amount(facts, "910000").respondent.text == "Etosha Wheel Centre CC"
    assert by_amount(facts, "455000").respondent.text == "Walvis Tyre Depot (Pty) Ltd"


def test_a_listed_party_may_be_written_in_bold() -> None:
    facts = extract(
        "The Moroccan Competition Council said on Tuesday it had sanctioned two egg producers."
        "\n\nThe Council set the fines as follows:\n\n"
        "- **Oeufs de l'Atlas SA**: MAD 3,200,000 (about EUR 295,000);\n"
        "- **Ferme Souss Avicole**: MAD 1,150,000, reduced by a quarter for its cooperation.\n"
    )
    first = by_amount(facts, "3200000")
    assert first.respondent.text == "Oeufs de l'Atlas SA"
    assert [a.currency for a in first.other_amounts] == ["EUR"]
    assert by_amount(facts, "1150000").respondent.text == "Ferme Souss Avicole"
    assert _amounts(facts) == {"MAD 3200000", "MAD 1150000"}


def test_a_list_of_turnover_under_a_fining_paragraph_is_no_list_of_fines() -> None:
    facts = extract(
        "The Fair Trading Commission fined Coral Bay Dairies BDS$95,000 for misleading "
        "labels.\n\nThe dairies' turnover last year was:\n\n"
        "- Coral Bay Dairies Ltd: BDS$12,400,000, the largest in the market;\n"
        "- Speightstown Farms Inc: BDS$3,100,000.\n"
    )
    assert _amounts(facts) == {"BBD 95000"}
