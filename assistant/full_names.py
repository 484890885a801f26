"""A person the answer sentence names only by title and surname ("Mr Varma", "Judge
Lange") is named in full elsewhere in the story ("Aditya Varma, a personal-finance
YouTuber", "Judge Simon Lange adopted …"): the answer gives the full name and cites where
the story gives it."""

from __future__ import annotations

import re

from .people import titles

# Titles written before a surname alone (people.toml), longest first.
_TITLES = "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles(offices=True), key=len, reverse=True)
)
_SHORT = re.compile(rf"^(?P<title>(?:{_TITLES})\.?)\s+(?P<surname>[A-Z][\w'’-]+)$")
_GIVEN = r"[A-Z][\w'’-]+"


def full_name(name: str, body: str) -> tuple[str, int, int] | None:
    """The full form of `name` ("Judge Lange") in `body`, with the span of its first use
    ("Judge Simon Lange", or "Aditya Varma" for "Mr Varma"); None when `name` is not a title
    and surname, or the story never gives more."""
    short = _SHORT.match(name.strip())
    if short is None:
        return None
    surname = re.escape(short.group("surname"))
    title = short.group("title").rstrip(".")
    for match in re.finditer(
        rf"(?<![\w'’-])(?:(?P<title>{_TITLES})\.?\s+)?(?P<given>{_GIVEN}(?:\s+[A-Z]\.)?)\s+{surname}\b",
        body,
    ):
        given = match.group("given")
        if re.fullmatch(_TITLES, given.split()[0]):
            continue  # "Mr Varma" itself, "Judge Lange" itself
        if match.group("title") and match.group("title") != title:
            continue
        whole = f"{match.group('title')} {given} {short.group('surname')}".strip()
        whole = whole if match.group("title") else f"{given} {short.group('surname')}"
        return whole, match.start(), match.end()
    return None
