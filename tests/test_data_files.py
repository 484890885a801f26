"""Consistency checks for the reference data in assistant/data/*.toml.

Reads the TOML with tomllib only; deliberately imports nothing from the
`assistant` package so the data can be validated on its own.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parents[1] / "assistant" / "data"
FILES = ["jurisdictions.toml", "authorities.toml", "currencies.toml", "instruments.toml"]

EU_MEMBERS = {
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
}
EEA_NON_EU = {"IS", "LI", "NO"}
OTHER_REQUIRED = {"EU", "CH", "GB", "US", "CA", "AU", "NZ", "JP", "KR", "IN", "BR", "TR", "SG"}
US_STATES = {
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
}
GROUPS = {"EU", "EEA", "EFTA", "US-STATE", "US-DISTRICT"}
KINDS = {
    "data_protection",
    "financial",
    "consumer_protection",
    "competition",
    "attorney_general",
    "court",
    "telecoms",
    "government",
}
UNITS = {"Article", "Section", "Regulation", "Rule", "§", "Principle", "Chapter"}
CAP_RULES = {"higher", "lower", "percent_only", "fixed_only"}

# Authorities the brief names explicitly (by id).
REQUIRED_AUTHORITIES = {
    "BfDI",
    "HmbBfDI",
    "BlnBDI",
    "BayLDA",
    "LfDI BW",
    "LDI NRW",
    "HBDI",
    "LfD Niedersachsen",
    "APD/GBA",
    "AP (NL)",
    "IMY",
    "DPC",
    "HDPA",
    "AEPD",
    "UODO",
    "CNIL",
    "Garante",
    "Datatilsynet (NO)",
    "Datatilsynet (DK)",
    "FDPIC",
    "ICO",
    "EDPB",
    "EDPS",
    "European Commission",
    "CJEU",
    "General Court",
    "FTC",
    "SEC",
    "CFPB",
    "HHS OCR",
    "FCC",
    "DOJ",
    "CPPA",
    "FCA",
    "PRA",
    "AMF",
    "ACPR",
    "BaFin",
    "Central Bank of Ireland",
    "AFM",
    "DNB",
    "Finansinspektionen (SE)",
    "Consob",
    "CNMV",
    "FINRA",
    "OCC",
    "Federal Reserve",
    "CMA",
    "Autorité de la concurrence",
    "Bundeskartellamt",
    "AGCM",
    "ACM",
    "Ofcom",
    "Arcom",
    "AGCOM",
    "French Ministry of Economy and Finance",
    "OPC",
    "OAIC",
    "PIPC",
    "PPC",
    "ANPD",
    "KVKK",
    "PDPC",
    "Data Protection Board of India",
}
REQUIRED_INSTRUMENTS = {
    "GDPR",
    "UK GDPR",
    "DPA 2018",
    "PECR",
    "ePrivacy Directive",
    "Loi Informatique et Libertés",
    "DSA",
    "DMA",
    "AI Act",
    "NIS2",
    "FTC Act",
    "COPPA",
    "CCPA",
    "HIPAA",
    "GLBA",
    "FCRA",
    "BIPA",
    "TCPA",
    "CAN-SPAM",
    "PIPEDA",
    "LGPD",
    "FSMA",
    "PRIN",
}
REQUIRED_CURRENCIES = {
    "EUR",
    "USD",
    "GBP",
    "SEK",
    "NOK",
    "DKK",
    "ISK",
    "CHF",
    "PLN",
    "CZK",
    "HUF",
    "RON",
    "BGN",
    "CAD",
    "AUD",
    "NZD",
    "JPY",
    "KRW",
    "INR",
    "BRL",
    "TRY",
    "CNY",
    "SGD",
    "HKD",
    "ZAR",
}


def _load(name: str) -> dict:
    """NAME and the files of its folder (`authorities/*.toml`), arrays of tables appended,
    as assistant/datafiles.py reads them."""
    paths = [DATA_DIR / name, *sorted((DATA_DIR / Path(name).stem).glob("*.toml"))]
    data: dict = {}
    for path in paths:
        with open(path, "rb") as fh:
            for key, value in tomllib.load(fh).items():
                assert key not in data or isinstance(value, list), f"{path.name} resets [{key}]"
                data[key] = data[key] + value if key in data else value
    return data


@pytest.fixture(scope="module")
def jur() -> list[dict]:
    return _load("jurisdictions.toml")["jurisdiction"]


@pytest.fixture(scope="module")
def auth() -> list[dict]:
    return _load("authorities.toml")["authority"]


@pytest.fixture(scope="module")
def cur_doc() -> dict:
    return _load("currencies.toml")


@pytest.fixture(scope="module")
def cur(cur_doc) -> list[dict]:
    return cur_doc["currency"]


@pytest.fixture(scope="module")
def inst_doc() -> dict:
    return _load("instruments.toml")


def _by(rows: list[dict], key: str) -> dict:
    return {r[key]: r for r in rows}


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


# --------------------------------------------------------------------------
# generic
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_file_parses(name):
    doc = _load(name)
    assert doc, f"{name} is empty"


def _walk(value, path="$"):
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str) and k.strip(), f"empty key at {path}"
            yield from _walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, f"{path}[{i}]")
    else:
        yield path, value


@pytest.mark.parametrize("name", FILES)
def test_no_empty_or_padded_strings(name):
    for path, value in _walk(_load(name)):
        if isinstance(value, str):
            assert value.strip(), f"{name}: empty string at {path}"
            assert value == value.strip(), f"{name}: leading/trailing space at {path}: {value!r}"
            assert "  " not in value, f"{name}: double space at {path}: {value!r}"
            # Convention: ASCII apostrophes only; matchers normalise ’ to '.
            assert "\u2019" not in value, f"{name}: typographic apostrophe at {path}: {value!r}"


@pytest.mark.parametrize("name", FILES)
def test_no_duplicates_within_lists(name):
    doc = _load(name)

    def lists(v, p="$"):
        if isinstance(v, dict):
            for k, x in v.items():
                yield from lists(x, f"{p}.{k}")
        elif isinstance(v, list):
            if all(isinstance(x, str) for x in v):
                yield p, v
            for i, x in enumerate(v):
                yield from lists(x, f"{p}[{i}]")

    for p, items in lists(doc):
        # Currency symbols are matched case-sensitively, so differently-cased spellings of one
        # sign ("RWF" and "Rwf", as Rwandan copy writes it) are distinct entries, not duplicates.
        if name == "currencies.toml" and p.endswith("symbols"):
            folded = [" ".join(x.split()) for x in items]
        else:
            folded = [_fold(x) for x in items]
        dupes = {x for x in folded if folded.count(x) > 1}
        assert not dupes, f"{name}: duplicate entries at {p}: {dupes}"


# --------------------------------------------------------------------------
# jurisdictions
# --------------------------------------------------------------------------


UNIONS = {"COMESA", "EAC", "ECOWAS", "WAEMU", "CEMAC", "CARICOM", "ECCU"}


def test_jurisdiction_fields(jur):
    for j in jur:
        for field in ("code", "name", "aliases", "demonyms", "currency", "groups"):
            assert field in j, f"{j.get('code')}: missing {field}"
        # ISO 3166-2 subdivision codes have up to three characters ("AU-NSW").
        # Regional unions whose bodies enforce have a code of their own ("COMESA", like "EU").
        assert re.fullmatch(r"[A-Z]{2}(-[A-Z]{2,3})?", j["code"]) or j["code"] in UNIONS, j["code"]
        assert set(j["groups"]) <= GROUPS, (j["code"], j["groups"])
        assert isinstance(j["aliases"], list) and isinstance(j["demonyms"], list)
        if "-" in j["code"]:
            assert j.get("parent") == j["code"].split("-")[0], f"{j['code']}: parent"
        else:
            assert "parent" not in j, f"{j['code']}: national entry with parent"


def test_jurisdiction_codes_unique(jur):
    codes = [j["code"] for j in jur]
    assert len(codes) == len(set(codes))


def test_jurisdiction_surface_forms_unique(jur):
    """A name two places share ("Georgia") is declared in `shared_names` on both."""
    seen: dict[str, str] = {}
    shared = {j["code"]: {_fold(s) for s in j.get("shared_names", [])} for j in jur}
    for j in jur:
        forms = {_fold(s) for s in [j["name"], *j["aliases"], *j["demonyms"]]}
        for f in forms:
            assert f not in seen or (f in shared[j["code"]] and f in shared[seen[f]]), (
                f"{f!r} used by {seen[f]} and {j['code']}"
            )
            seen[f] = j["code"]


def test_required_jurisdictions_present(jur):
    codes = {j["code"] for j in jur}
    missing = (EU_MEMBERS | EEA_NON_EU | OTHER_REQUIRED) - codes
    assert not missing, missing
    states = {c[3:] for c in codes if c.startswith("US-")}
    assert states == US_STATES | {"DC"}


def test_memberships(jur):
    by = _by(jur, "code")
    eu = {c for c, j in by.items() if "EU" in j["groups"]}
    eea = {c for c, j in by.items() if "EEA" in j["groups"]}
    assert eu == EU_MEMBERS
    assert eea == EU_MEMBERS | EEA_NON_EU
    for c in US_STATES:
        assert by[f"US-{c}"]["groups"] == ["US-STATE"]
    assert by["US-DC"]["groups"] == ["US-DISTRICT"]
    assert not by["EU"]["groups"]


def test_jurisdiction_parents_exist(jur):
    codes = {j["code"] for j in jur}
    for j in jur:
        if "parent" in j:
            assert j["parent"] in codes


def test_jurisdiction_currencies_exist(jur, cur):
    codes = {c["code"] for c in cur}
    for j in jur:
        assert j["currency"] in codes, (j["code"], j["currency"])
        for old in j.get("former_currencies", []):
            assert old in codes, (j["code"], old)
            assert old != j["currency"]


def test_some_known_jurisdiction_facts(jur):
    by = _by(jur, "code")
    assert "Dutch" in by["NL"]["demonyms"]
    assert "Holland" in by["NL"]["aliases"]
    assert {"Britain", "UK", "U.K.", "England"} <= set(by["GB"]["aliases"])
    assert {"U.S.", "America", "United States"} <= {by["US"]["name"], *by["US"]["aliases"]}
    assert by["LI"]["currency"] == "CHF"
    assert by["HR"]["currency"] == "EUR"
    assert by["US-NY"]["name"] == "New York"


# --------------------------------------------------------------------------
# authorities
# --------------------------------------------------------------------------


def test_authority_fields(auth):
    for a in auth:
        for field in ("id", "name", "english_name", "aliases", "jurisdiction", "kind"):
            assert field in a, f"{a.get('id')}: missing {field}"
        assert a["kind"] in KINDS, (a["id"], a["kind"])
        assert isinstance(a["aliases"], list)
        assert isinstance(a.get("shared_aliases", []), list)


def test_authority_ids_unique(auth):
    ids = [_fold(a["id"]) for a in auth]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes


def test_authority_jurisdictions_exist(auth, jur):
    codes = {j["code"] for j in jur}
    for a in auth:
        assert a["jurisdiction"] in codes, (a["id"], a["jurisdiction"])


def _surface_forms(a: dict) -> set[str]:
    """The strings a matcher recognises an authority by (shared_aliases is only a whitelist)."""
    return {_fold(s) for s in [a["id"], a["name"], a["english_name"], *a["aliases"]]}


def test_authority_aliases_not_shared_unless_declared(auth):
    users: dict[str, set[str]] = defaultdict(set)
    for a in auth:
        for f in _surface_forms(a):
            users[f].add(a["id"])
    by = _by(auth, "id")
    problems = []
    for form, ids in users.items():
        if len(ids) < 2:
            continue
        for i in ids:
            declared = {_fold(s) for s in by[i].get("shared_aliases", [])}
            if form not in declared:
                problems.append(f"{form!r} used by {sorted(ids)} but not in shared_aliases of {i}")
    assert not problems, "\n".join(problems)


def test_shared_aliases_really_shared(auth):
    users: dict[str, set[str]] = defaultdict(set)
    for a in auth:
        for f in _surface_forms(a):
            users[f].add(a["id"])
    for a in auth:
        for s in a.get("shared_aliases", []):
            assert _fold(s) in _surface_forms(a), (
                f"{a['id']}: shared alias {s!r} must also be its id, name, english_name or an alias"
            )
            assert len(users[_fold(s)]) > 1, f"{a['id']}: {s!r} is not shared with anyone"


def test_authority_and_jurisdiction_forms_disjoint(auth, jur):
    """A string must name either a place or an authority, not both."""
    places = {}
    for j in jur:
        for f in [j["name"], *j["aliases"], *j["demonyms"]]:
            places[_fold(f)] = j["code"]
    clashes = [(f, places[f], a["id"]) for a in auth for f in _surface_forms(a) if f in places]
    assert not clashes, clashes


def test_eu_eea_jurisdictions_have_dpa(auth, jur):
    dpa = {a["jurisdiction"] for a in auth if a["kind"] == "data_protection"}
    for j in jur:
        if {"EU", "EEA"} & set(j["groups"]):
            assert j["code"] in dpa, f"{j['code']} has no data_protection authority"
    assert "EU" in dpa  # EDPB / EDPS


def test_gb_has_ico(auth):
    ico = _by(auth, "id")["ICO"]
    assert ico["jurisdiction"] == "GB"
    assert ico["kind"] == "data_protection"


def test_every_us_state_and_dc_has_attorney_general(auth, jur):
    ag = {a["jurisdiction"] for a in auth if a["kind"] == "attorney_general"}
    for j in jur:
        if j.get("parent") == "US":
            assert j["code"] in ag, f"{j['code']} has no attorney general"
    counts: dict[str, int] = defaultdict(int)
    for a in auth:
        if a["kind"] == "attorney_general":
            counts[a["jurisdiction"]] += 1
    assert all(n == 1 for n in counts.values()), counts


def test_required_authorities_present(auth):
    ids = {a["id"] for a in auth}
    missing = REQUIRED_AUTHORITIES - ids
    assert not missing, missing


def test_datatilsynet_shared(auth):
    by = _by(auth, "id")
    assert by["Datatilsynet (NO)"]["jurisdiction"] == "NO"
    assert by["Datatilsynet (DK)"]["jurisdiction"] == "DK"
    for i in ("Datatilsynet (NO)", "Datatilsynet (DK)"):
        assert "Datatilsynet" in by[i]["shared_aliases"]
        assert "Datatilsynet" in by[i]["aliases"]


def test_new_york_ag_example(auth):
    ny = _by(auth, "id")["New York AG"]
    assert ny["name"] == "Attorney General of New York"
    assert {"New York Attorney General", "NY AG"} <= set(ny["aliases"])
    assert ny["jurisdiction"] == "US-NY"


# Data protection authorities outside the EU/EEA, by country: each must be there with
# kind data_protection (Indonesia's ministry enforces as "government" until its agency exists).
DPA_ABROAD = {
    "KE": "ODPC",
    "NG": "NDPC",
    "GH": "Ghana DPC",
    "UG": "PDPO",
    "ZA": "Information Regulator",
    "EG": "Egypt PDPC",
    "MA": "CNDP",
    "TN": "INPDP",
    "BR": "ANPD",
    "AR": "AAIP",
    "CO": "SIC",
    "MX": "INAI",
    "PE": "ANPDP",
    "CL": "Chilean Data Protection Agency",
    "UY": "URCDP",
    "JP": "PPC",
    "KR": "PIPC",
    "SG": "PDPC",
    "MY": "JPDP",
    "TH": "PDPC (TH)",
    "PH": "NPC",
    "IN": "Data Protection Board of India",
    "HK": "PCPD",
    "TW": "Taiwan PDPC",
    "CN": "CAC",
    "AU": "OAIC",
    "NZ": "NZ Privacy Commissioner",
    "CA": "OPC",
    "IL": "PPA",
    "TR": "KVKK",
    "AE": "UAE Data Office",
    "SA": "SDAIA",
    "QA": "NDPO (QA)",
    "BH": "Bahrain PDPA",
    "CH": "FDPIC",
    "GB": "ICO",
}
US_FEDERAL = {"HHS OCR", "CFPB", "SEC", "FCC", "FTC", "OCC", "FINRA", "Federal Reserve"}
US_FEDERAL |= {"DOJ", "FinCEN", "OFAC"}


def test_data_protection_authorities_abroad(auth, jur):
    by = _by(auth, "id")
    codes = {j["code"] for j in jur}
    for code, authority in DPA_ABROAD.items():
        assert code in codes, code
        assert by[authority]["jurisdiction"] == code, authority
        assert by[authority]["kind"] == "data_protection", authority
    assert by["Komdigi"]["jurisdiction"] == "ID"


def test_us_federal_regulators(auth):
    by = _by(auth, "id")
    for authority in US_FEDERAL:
        assert by[authority]["jurisdiction"] == "US", authority
    assert by["NYDFS"]["jurisdiction"] == "US-NY"
    assert {"OCR", "Office for Civil Rights"} <= set(by["HHS OCR"]["aliases"])


def test_country_named_regulators_are_not_the_irish_dpc(auth):
    """Other countries' commissions and commissioners: the Irish entry shares only the old
    title "Data Protection Commissioner" (with Kenya's); the longer names are each country's."""
    by = _by(auth, "id")
    irish = {_fold(s) for s in [*by["DPC"]["aliases"], by["DPC"]["name"]]}
    assert _fold("Office of the Data Protection Commissioner") in {
        _fold(s) for s in by["ODPC"]["aliases"] + [by["ODPC"]["name"]]
    }
    assert _fold("Office of the Data Protection Commissioner") not in irish
    assert by["DPC"]["shared_aliases"] == ["Data Protection Commissioner"]
    assert "Data Protection Commissioner" in by["ODPC"]["shared_aliases"]
    assert "Information Commissioner" in by["IP (SI)"]["shared_aliases"]
    assert "Information Commissioner" in by["ICO"]["shared_aliases"]


# --------------------------------------------------------------------------
# currencies
# --------------------------------------------------------------------------


def test_currency_fields(cur):
    for c in cur:
        for field in (
            "code",
            "names",
            "ambiguous_names",
            "symbols",
            "ambiguous_symbols",
            "minor_units",
        ):
            assert field in c, f"{c.get('code')}: missing {field}"
        assert re.fullmatch(r"[A-Z]{3}", c["code"]), c["code"]
        assert isinstance(c["minor_units"], int) and 0 <= c["minor_units"] <= 4  # CLF: 4
        assert c["code"] in c["symbols"], f"{c['code']}: ISO code not among symbols"
        assert set(c["ambiguous_symbols"]) <= set(c["symbols"]), c["code"]
        assert set(c["ambiguous_names"]) <= set(c["names"]), c["code"]
        if "withdrawn" in c:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["withdrawn"]), c["code"]


def test_currency_codes_unique(cur):
    codes = [c["code"] for c in cur]
    assert len(codes) == len(set(codes))


def test_required_currencies_present(cur):
    missing = REQUIRED_CURRENCIES - {c["code"] for c in cur}
    assert not missing, missing


@pytest.mark.parametrize(
    "field,amb", [("symbols", "ambiguous_symbols"), ("names", "ambiguous_names")]
)
def test_shared_currency_strings_are_ambiguous(cur, field, amb):
    users: dict[str, set[str]] = defaultdict(set)
    for c in cur:
        for s in c[field]:
            users[_fold(s)].add(c["code"])
    by = _by(cur, "code")
    for s, codes in users.items():
        if len(codes) > 1:
            for code in codes:
                assert s in {_fold(x) for x in by[code][amb]}, (
                    f"{s!r} shared by {sorted(codes)}: not in {code}.{amb}"
                )
    for c in cur:
        for s in c[amb]:
            assert len(users[_fold(s)]) > 1, f"{c['code']}: {s!r} marked ambiguous but not shared"


def test_ambiguous_defaults(cur_doc, cur):
    by = _by(cur, "code")
    for s, code in cur_doc.get("ambiguous_default", {}).items():
        assert code in by, (s, code)
        assert s in by[code]["ambiguous_symbols"] or s in by[code]["ambiguous_names"], (s, code)
    assert cur_doc["ambiguous_default"]["$"] == "USD"


# Names several countries' currencies share: the article's country decides.
SHARED_CURRENCY_NAMES = {
    "shillings": {"KES", "UGX", "TZS", "SOS"},
    "pesos": {"MXN", "PHP", "ARS", "COP", "CLP", "UYU"},
    "dinars": {"TND", "BHD", "RSD", "KWD", "JOD", "IQD", "DZD", "LYD"},
    "dirhams": {"AED", "MAD"},
    "riyals": {"SAR", "QAR"},
    "pounds": {"GBP", "EGP", "LBP", "SYP", "SDG", "SSP"},
}


def test_shared_currency_names_are_resolved_by_country(cur_doc, cur, jur):
    by = _by(cur, "code")
    for name, codes in SHARED_CURRENCY_NAMES.items():
        users = {c["code"] for c in cur if name in c["names"]}
        assert users == codes, (name, users)
        for code in codes:
            assert name in by[code]["ambiguous_names"], (name, code)
        # Every sharer is some country's currency, so an article's place can pick it.
        assert codes <= {j["currency"] for j in jur}, name
    assert cur_doc["ambiguous_default"]["pounds"] == "GBP"
    assert "shillings" not in cur_doc["ambiguous_default"]
    for code in ("NGN", "GHS", "ZAR", "INR", "MYR", "THB", "ILS", "IDR", "PEN"):
        assert by[code]["names"], code


def test_brief_symbols(cur):
    by = _by(cur, "code")
    expected = {
        "USD": {"$", "US$"},
        "AUD": {"A$", "AU$"},
        "CAD": {"C$", "CA$"},
        "NZD": {"NZ$"},
        "SGD": {"S$"},
        "HKD": {"HK$"},
        "EUR": {"€"},
        "GBP": {"£"},
        "JPY": {"¥"},
        "CNY": {"¥"},
        "INR": {"₹"},
        "PLN": {"zł"},
        "CZK": {"Kč"},
        "HUF": {"Ft"},
        "RON": {"lei"},
        "BRL": {"R$"},
        "KRW": {"₩"},
        "TRY": {"₺"},
        "CHF": {"Fr.", "CHF"},
        "SEK": {"kr"},
    }
    for code, symbols in expected.items():
        assert symbols <= set(by[code]["symbols"]), (code, symbols - set(by[code]["symbols"]))
    assert "¥" in by["JPY"]["ambiguous_symbols"] and "¥" in by["CNY"]["ambiguous_symbols"]
    for code in ("SEK", "NOK", "DKK", "CZK"):
        assert "crowns" in by[code]["ambiguous_names"], code


# --------------------------------------------------------------------------
# instruments and caps
# --------------------------------------------------------------------------


def test_instrument_fields(inst_doc, jur):
    codes = {j["code"] for j in jur}
    for i in inst_doc["instrument"]:
        for field in ("id", "name", "aliases", "jurisdiction", "unit"):
            assert field in i, f"{i.get('id')}: missing {field}"
        assert i["unit"] in UNITS, (i["id"], i["unit"])
        assert i["jurisdiction"] in codes, (i["id"], i["jurisdiction"])


def _instrument_forms(i: dict) -> set[str]:
    return {_fold(s) for s in [i["id"], i["name"], *i["aliases"]]}


def test_instrument_ids_and_aliases_unique(inst_doc):
    """A name two laws use is declared shared on both ("PDPA": Singapore's, Thailand's ...)."""
    seen: dict[str, str] = {}
    for i in inst_doc["instrument"]:
        shared = {_fold(s) for s in i.get("shared_aliases", [])}
        for f in _instrument_forms(i) - shared:
            assert f not in seen, f"{f!r} used by {seen[f]} and {i['id']}"
            seen[f] = i["id"]
    for i in inst_doc["instrument"]:
        shared = {_fold(s) for s in i.get("shared_aliases", [])}
        for f in shared:
            assert f not in seen, f"{f!r} shared by {i['id']} but not by {seen[f]}"


def test_instrument_shared_and_exact_aliases_are_its_own(inst_doc):
    users: dict[str, set[str]] = defaultdict(set)
    for i in inst_doc["instrument"]:
        for f in _instrument_forms(i):
            users[f].add(i["id"])
    ids = {_fold(i["id"]) for i in inst_doc["instrument"]}
    for i in inst_doc["instrument"]:
        for s in i.get("shared_aliases", []):
            assert _fold(s) in _instrument_forms(i), (i["id"], s)
            assert len(users[_fold(s)]) > 1, f"{i['id']}: {s!r} is not shared with anyone"
            assert _fold(s) not in ids, f"{s!r} is an id: ids are unique"
        for s in i.get("exact_aliases", []):
            assert s in [i["id"], *i["aliases"]], (i["id"], s)


def test_required_instruments_present(inst_doc):
    missing = REQUIRED_INSTRUMENTS - {i["id"] for i in inst_doc["instrument"]}
    assert not missing, missing


def _dec(s: str) -> Decimal:
    assert isinstance(s, str), f"amount must be a string: {s!r}"
    try:
        d = Decimal(s)
    except InvalidOperation:  # pragma: no cover - reported by assert
        raise AssertionError(f"not a decimal: {s!r}") from None
    assert d > 0
    return d


def test_caps(inst_doc, cur):
    ids = {i["id"] for i in inst_doc["instrument"]}
    currencies = {c["code"] for c in cur}
    seen = set()
    for cap in inst_doc["cap"]:
        assert cap["instrument"] in ids, cap
        assert cap["provision"], cap
        key = (cap["instrument"], cap["provision"])
        assert key not in seen, key
        seen.add(key)
        assert cap["rule"] in CAP_RULES, cap
        has_fixed = "fixed" in cap
        has_pct = "percent_of_turnover" in cap
        if has_fixed:
            _dec(cap["fixed"])
            assert cap.get("currency") in currencies, cap
        else:
            assert "currency" not in cap, cap
        if has_pct:
            assert _dec(cap["percent_of_turnover"]) <= 100
            assert cap.get("turnover"), cap
        expected = {
            (True, True): {"higher", "lower"},
            (True, False): {"fixed_only"},
            (False, True): {"percent_only"},
        }.get((has_fixed, has_pct))
        assert expected and cap["rule"] in expected, cap


def test_gdpr_and_uk_gdpr_caps(inst_doc):
    caps = {(c["instrument"], c["provision"]): c for c in inst_doc["cap"]}
    want = {
        ("GDPR", "Art. 83(4)"): ("10000000", "EUR", "2"),
        ("GDPR", "Art. 83(5)"): ("20000000", "EUR", "4"),
        ("GDPR", "Art. 83(6)"): ("20000000", "EUR", "4"),
        ("UK GDPR", "Art. 83(4)"): ("8700000", "GBP", "2"),
        ("UK GDPR", "Art. 83(5)"): ("17500000", "GBP", "4"),
        ("UK GDPR", "Art. 83(6)"): ("17500000", "GBP", "4"),
    }
    for key, (fixed, currency, pct) in want.items():
        c = caps[key]
        assert Decimal(c["fixed"]) == Decimal(fixed), key
        assert c["currency"] == currency, key
        assert Decimal(c["percent_of_turnover"]) == Decimal(pct), key
        assert c["rule"] == "higher", key
