"""Which kinds of national regulator the data list for each country (a gap-finder, not a test).

    PYTHONPATH=. .venv/bin/python bench/regulator_coverage.py [--missing KIND] [CODE ...]

Prints one line per country of jurisdictions.toml (sub-national places and unions left out):
the sectors its listed authorities cover, read from their `kind` and from words of their
names, since the schema's kinds are broader than the sectors ("financial" holds both the
securities regulator and the central bank). `--missing KIND` lists the countries lacking one.
"""

from __future__ import annotations

import re
import sys

from assistant.datafiles import load_toml

# Sector -> (kinds that count, words of a name that count). Words are matched in lower case.
SECTORS: dict[str, tuple[set[str], str]] = {
    "financial": (set(), r"securit|financ|capital market|exchange commission|insurance|conduct"),
    "central_bank": (
        set(),
        r"central bank|national bank|reserve bank|monetary|(?:^|\| )bank of|banque|banco|bank al|nationalbank|riksbank|norges bank|bundesbank|federal reserve|people's bank|\bpank|pankki|\bbanka\b|\bbankas\b",
    ),
    "competition": ({"competition"}, r"competition|antitrust|fair trade|concurrence|competencia"),
    "telecoms": ({"telecoms"}, r"telecom|communication|postal|\bmedia\b"),
    "energy": (set(), r"energy|electric|power|utilit|petroleum|\bgas\b|énergie|energía"),
    "data_protection": (
        {"data_protection"},
        r"data protection|privacy|personal data|information commissioner",
    ),
    "consumer": ({"consumer_protection"}, r"consumer"),
    "health": (set(), r"medicine|drug|food|health|pharma|therapeutic"),
    "gambling": (set(), r"gaming|gambling|lotter|betting|casino"),
    "environment": (set(), r"environment|pollution|ecolog"),
    "labour": (
        set(),
        r"labou?r|employment|workplace|occupational safety|manpower|working conditions",
    ),
    "aviation": (set(), r"aviation|airport"),
}
_WORDS = {sector: re.compile(words) for sector, (_, words) in SECTORS.items()}


def coverage() -> tuple[dict[str, str], dict[str, set[str]]]:
    places = load_toml("jurisdictions.toml")["jurisdiction"]
    countries = {
        p["code"]: p["name"] for p in places if not p.get("parent") and len(p["code"]) == 2
    }
    have: dict[str, set[str]] = {code: set() for code in countries}
    for a in load_toml("authorities.toml")["authority"]:
        sectors = have.get(a["jurisdiction"])
        if sectors is None or a["kind"] in {"court", "attorney_general"}:
            continue
        names = " | ".join([a["name"], a["english_name"]]).lower()
        for sector, (kinds, _) in SECTORS.items():
            if a["kind"] in kinds or _WORDS[sector].search(names):
                sectors.add(sector)
        if a["kind"] == "financial" and not _WORDS["central_bank"].search(names):
            sectors.add("financial")
    return countries, have


def main(args: list[str]) -> None:
    missing = None
    if args[:1] == ["--missing"]:
        missing, args = args[1], args[2:]
    countries, have = coverage()
    for code in sorted(countries):
        if args and code not in args:
            continue
        sectors = have[code]
        if missing and missing in sectors:
            continue
        lacks = [s for s in SECTORS if s not in sectors]
        print(
            f"{code} {countries[code][:24]:24} has {','.join(sorted(sectors)) or '-'}  LACKS {','.join(lacks)}"
        )
    total = {s: sum(s in v for v in have.values()) for s in SECTORS}
    print(f"{len(countries)} countries; covered: " + " ".join(f"{s}={n}" for s, n in total.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
