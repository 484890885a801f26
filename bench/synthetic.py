"""A synthetic corpus of enforcement articles, for scale and speed measurements.

    .venv/bin/python bench/synthetic.py OUT_DIR --chunks 10000 [--seed 1]

Articles are templated from the fact types the extractor reads (fines, penalty payments,
orders, appeals, settlements, payment status) with varied wording, and use the regulators,
places and currencies of `assistant/data/*.toml` with invented companies. An article has
six to eighteen paragraphs (~1-6 chunks); `--chunks` sets how many articles are written
from the measured average of ~3.5 chunks per article, so the real count is within ~10% (the
benchmarks report the count the index has). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "assistant" / "data"
CHUNKS_PER_ARTICLE = 3.5  # measured: 25,000 articles gave 87,555 chunks

_PREFIX = [
    "Vel",
    "Nor",
    "Quan",
    "Bright",
    "Tel",
    "Ardent",
    "Cobal",
    "Lum",
    "Strat",
    "Helio",
    "Mer",
    "Oak",
    "Pyx",
    "Sil",
    "Tor",
    "Zen",
    "Kav",
    "Orb",
]
_SUFFIX = [
    "trix",
    "banc",
    "ify",
    "ora",
    "net",
    "ex",
    "lytics",
    "cast",
    "wave",
    "data",
    "path",
    "soft",
    "link",
    "core",
    "mind",
    "grid",
]
_FORM = ["", " Ltd", " AG", " SA", " Inc.", " GmbH", " plc", " BV", " S.p.A.", " AB"]
_OUTLETS = [
    "Reuters",
    "TechCrunch",
    "The Register",
    "Politico Europe",
    "Euractiv",
    "IAPP",
    "Financial Times",
    "Le Monde",
    "Bloomberg",
    "AFP",
    "SecurityWeek",
]
_VIOLATIONS = [
    "unlawful processing of customer data",
    "failing to answer access requests",
    "tracking users without consent",
    "keeping call recordings for too long",
    "a data breach that exposed 1.2 million records",
    "misleading customers about fees",
    "selling location data without a legal basis",
    "facial recognition of shoppers",
    "sending marketing emails without consent",
    "weak security of its payment systems",
    "transferring data to the United States without safeguards",
    "failing to appoint a data protection officer",
    "cookie banners without a reject button",
]
_LAWS = [
    "the GDPR",
    "the General Data Protection Regulation",
    "Article 5 of the GDPR",
    "Article 6(1) GDPR",
    "Articles 12 and 15 of the GDPR",
    "the ePrivacy rules",
    "national consumer protection law",
    "Article 32 of the GDPR",
]
_FILLER = [
    "The investigation began after {n} complaints from customers.",
    "{company} said it takes the privacy of its users seriously.",
    "The company employs around {n} people and operates in {k} countries.",
    "Privacy campaigners welcomed the decision as long overdue.",
    "It is the {ordinal} decision against a technology firm by {reg} this year.",
    "Lawyers said the ruling would be closely watched by other regulators.",
    "The authority had first contacted {company} in {year}.",
    "Analysts said the amount was small compared with the company's revenue.",
    "{company} did not respond to a request for comment by the time of publication.",
    "A spokesperson for {reg} declined to comment further on the case.",
    "Consumer groups have called for stronger enforcement across the sector.",
    "The decision can be read in full on the regulator's website.",
]


@dataclass(frozen=True)
class Regulator:
    id: str
    name: str
    place: str  # jurisdiction name
    demonym: str
    currency: str


def _data() -> tuple[list[Regulator], dict[str, tuple[str, str]]]:
    def load(name: str) -> dict:
        return tomllib.loads((DATA / name).read_text(encoding="utf-8"))

    currencies = {
        c["code"]: (c["symbols"][0], c["names"][-1]) for c in load("currencies.toml")["currency"]
    }
    places = {j["code"]: j for j in load("jurisdictions.toml")["jurisdiction"]}
    regulators = []
    for a in load("authorities.toml")["authority"]:
        place = places.get(a["jurisdiction"])
        if a["kind"] != "data_protection" or place is None or place["currency"] not in currencies:
            continue
        demonym = (place.get("demonyms") or [place["name"]])[0]
        regulators.append(Regulator(a["id"], a["name"], place["name"], demonym, place["currency"]))
    return regulators, currencies


def _money(rng: random.Random, code: str, currencies: dict[str, tuple[str, str]]) -> str:
    symbol, plural = currencies[code]
    amount = rng.choice(
        [
            50_000,
            120_000,
            250_000,
            600_000,
            1_000_000,
            1_500_000,
            2_750_000,
            5_200_000,
            7_500_000,
            10_000_000,
            20_000_000,
            35_000_000,
            405_000_000,
        ]
    )
    style = rng.randrange(4)
    if style == 0 or len(symbol) > 1:
        return f"{amount:,} {plural}" if len(symbol) > 1 else f"{symbol}{amount:,}"
    if amount >= 1_000_000 and style == 1:
        return f"{symbol}{amount / 1e6:g} million"
    if amount >= 1_000_000 and style == 2:
        return f"{amount / 1e6:g} million {plural}"
    return f"{symbol}{amount:,}"


def _company(rng: random.Random) -> str:
    return rng.choice(_PREFIX) + rng.choice(_SUFFIX) + rng.choice(_FORM)


def article(
    rng: random.Random, index: int, regulators: list[Regulator], currencies
) -> tuple[str, str]:
    """(file name, Markdown text) of one article."""
    reg = rng.choice(regulators)
    company = _company(rng)
    short = company.split(" ")[0]
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2900))
    when = day.strftime("%-d %B %Y")
    fine = _money(rng, reg.currency, currencies)
    daily = _money(rng, reg.currency, currencies)
    violation, law = rng.choice(_VIOLATIONS), rng.choice(_LAWS)
    v = {
        "reg": reg.id,
        "company": short,
        "n": rng.randrange(3, 900),
        "k": rng.randrange(2, 40),
        "ordinal": rng.choice(["second", "third", "fourth", "fifth"]),
        "year": day.year - 1,
    }
    title = rng.choice(
        [
            f"{reg.id} fines {short} {fine} for {violation}",
            f"{short} hit with {fine} {reg.demonym} privacy fine",
            f"{reg.demonym} regulator penalises {short} over {violation}",
            f"{short} ordered to pay {fine} by {reg.id}",
        ]
    )
    lead = rng.choice(
        [
            f"The {reg.demonym} data protection authority, {reg.name} ({reg.id}), has fined {company} {fine} for {violation}.",
            f"{reg.id} imposed a fine of {fine} on {company} on {when}, finding that it had breached {law}.",
            f"{company} has been ordered to pay {fine} by {reg.id}, the regulator in {reg.place}, over {violation}.",
            f"On {when}, {reg.name} sanctioned {company} with a penalty of {fine} for breaches of {law}.",
        ]
    )
    events = [
        rng.choice(
            [
                f"The regulator also ordered {short} to stop {violation.split(' ', 1)[-1]} within {rng.choice(['one month', 'two months', '90 days'])}.",
                f"{reg.id} ordered the company to delete the data it had collected and to comply within two months.",
                f"In addition to the fine, {short} must bring its processing into line with {law}.",
            ]
        ),
        rng.choice(
            [
                f"If it fails to comply, {short} faces a penalty payment of {daily} per day of delay.",
                f"The authority later imposed an overdue penalty payment of {daily} because the order was not followed.",
                f"A periodic penalty of {daily} for each day of non-compliance was attached to the order.",
            ]
        ),
        rng.choice(
            [
                f"{short} said it would appeal the decision before the courts in {reg.place}.",
                f"The company has appealed, arguing that {law} does not apply to its business.",
                f"In {day.year + 1}, a court upheld the fine on appeal.",
                f"A court later overturned part of the decision and reduced the fine to {_money(rng, reg.currency, currencies)}.",
            ]
        ),
        rng.choice(
            [
                f"{short} has paid the fine, according to {reg.id}.",
                f"As of {day.strftime('%B %Y')}, the fine had not been paid.",
                f"{short} agreed to a settlement of {_money(rng, reg.currency, currencies)} to end the investigation.",
                f"The company says it has complied with the order; {reg.id} has not confirmed this.",
            ]
        ),
        f"The case concerned {violation} between {day.year - 2} and {day.year}.",
        rng.choice(
            [
                f"“This decision sends a clear message,” a spokesperson for {reg.id} said.",
                f"“We disagree with the decision and will consider our options,” {short} said in a statement.",
            ]
        ),
    ]
    paragraphs = [lead]
    pool: list[str] = []
    for _ in range(rng.randrange(5, 17)):
        sentences = []
        for _ in range(rng.randrange(2, 5)):
            if not pool:  # each sentence once before any repeats, as in real copy
                pool = rng.sample(events, len(events)) + rng.sample(_FILLER, len(_FILLER))
                rng.shuffle(pool)
            v["n"] = rng.randrange(3, 900)
            sentences.append(pool.pop().format(**v))
        paragraphs.append(" ".join(sentences))
    slug = "-".join(title.lower().split()[:6])
    slug = "".join(c for c in slug if c.isalnum() or c == "-")
    name = f"{day.isoformat()}-syn{index:06d}-{slug}.md"
    front = f"---\ntitle: {title!r}\noutlet: {rng.choice(_OUTLETS)}\npublished: '{day.isoformat()}'\n---\n"
    return name, front + "\n\n".join(paragraphs) + "\n"


def write_corpus(out: Path, articles: int, seed: int = 1) -> list[Path]:
    regulators, currencies = _data()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(articles):
        name, text = article(rng, i, regulators, currencies)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def articles_for(chunks: int) -> int:
    return max(1, round(chunks / CHUNKS_PER_ARTICLE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--chunks", type=int, help="about this many chunks")
    group.add_argument("--articles", type=int, help="exactly this many articles")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    n = args.articles or articles_for(args.chunks)
    paths = write_corpus(args.out, n, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
