"""A body a question names as the one that receives reports, complaints or notices is not
the regulator whose action is asked about: "how many suspicious transactions did X fail to
report to the FIU" asks about X's failures (sanctioned by whoever fined X), and "since when
have customers complained to the ombudsman about X" about X — the body is where the reports
went. Reading it as the acting regulator answers "no action by the FIU" when another body
fined X."""

from __future__ import annotations

import re

from .pattern_cache import compiled

# What stands before a body that receives: "report (…) to the", "complain(ed) to", "file
# (…) with", "notify the", "disclose (…) to". Sixty characters cover the object of the verb
# ("report 37 suspicious transactions to the"), never a sentence break.
_RECEIVES_BEFORE = compiled(
    r"(?:\b(?:report\w*|complain\w*|disclos\w*|submit\w*|fil(?:e|ed|es|ing)|send\w*|sent"
    r"|forward\w*|flag\w*|escalat\w*|declar\w*|lodg\w*)\b[^.?!;]{0,60}?\s(?:to|with)"
    r"|\b(?:notif(?:y|ied|ies|ying)|alert(?:s|ed|ing)?)\b)\s+(?:the\s+)?$",
    re.I,
)


def receives_reports(text: str, start: int) -> bool:
    """Whether the body named at START is where something was reported or complained to."""
    return bool(_RECEIVES_BEFORE.search(text, max(0, start - 90), start))
