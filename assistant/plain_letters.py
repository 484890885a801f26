"""Letters a reader types as a plain Latin letter although Unicode does not make them one.

NFKD splits "é" into "e" and an accent, so dropping accents folds "Saúde" to "saude"; but
Turkish dotless ı, Polish ł, Nordic ø, Croatian and Vietnamese đ, Maltese ħ and Sámi ŧ are
letters of their own, which neither NFKD nor FTS5's diacritic removal touch. A question
typed on an English keyboard ("kuzey yatirim", "przychodnia lakowa") then named a word the
sources "never use". One character each, so positions in text translated with these
tables stay where they were.
"""

from __future__ import annotations

_FROM, _TO = "ıłøđħŧ", "ilodht"

LOWER = str.maketrans(_FROM, _TO)  # for text already case-folded
ANY_CASE = str.maketrans(_FROM + "ŁØĐĦŦ", _TO + "LODHT")
