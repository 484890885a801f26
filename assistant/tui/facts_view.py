"""The facts view: every enforcement action the articles state, filterable and sortable.

Rows are `facts_table.rows` — the same rows `assistant facts` prints. Filtering matches
words against the row's text, and place or regulator names through the lexicon
("Italian" finds IT, "Italian DPA" finds Garante); sorting orders the rows. Enter (or a
click) on a row opens the sentence it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from ..render import safe_text

if TYPE_CHECKING:
    from ..facts_table import FactRow
    from ..lexicon import Lexicon

COLUMNS = (
    ("respondent", "Respondent"),
    ("action", "Action"),
    ("amount", "Amount"),
    ("date", "Date"),
    ("authority", "Regulator"),
    ("jurisdiction", "Place"),
    ("statuses", "Status"),
    ("sources", "Sources"),
)
SEARCHED = (
    "respondent",
    "action",
    "authority",
    "jurisdiction",
    "amount",
    "currency",
    "date",
    "statuses",
    "conflicts",
)


def _sort_key(column: str):
    def key(row: FactRow) -> tuple:
        value = getattr(row, column)
        if column == "amount":
            try:
                return (0, Decimal(row.amount_value), row.currency)
            except InvalidOperation:
                return (1, Decimal(0), "")  # rows without an amount sort last
        if column == "sources":
            return (0, value)
        return (0 if value else 1, str(value).casefold())

    return key


def row_matches(row: FactRow, query: str, lexicon: Lexicon | None = None) -> bool:
    """Every word of `query` is in the row, or names the row's place or regulator."""
    text = " ".join(str(getattr(row, f)) for f in SEARCHED).casefold()
    for word in query.split():
        if word.casefold() in text:
            continue
        keys = {m.key for m in lexicon.mentions(word)} if lexicon else set()
        if not keys & {row.jurisdiction, row.authority}:
            return False
    return True


def arrange(
    rows: Sequence[FactRow], query: str, sort: str | None, reverse: bool, lexicon: Lexicon | None
) -> list[tuple[int, FactRow]]:
    chosen = [(i, row) for i, row in enumerate(rows) if row_matches(row, query, lexicon)]
    if sort:
        key = _sort_key(sort)
        chosen.sort(key=lambda pair: key(pair[1]), reverse=reverse)
    return chosen


class FactsScreen(Screen[None]):
    AUTO_FOCUS = "#facts-table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+t", "close", "Back to chat"),
        # Priority: decided as the key arrives, so the keys typed next reach the filter.
        Binding("ctrl+f", "focus_filter", "Filter", priority=True),
        Binding("f6", "sort_next", "Sort"),
        Binding("f7", "sort_reverse", "Reverse"),
    ]

    class SourceChosen(Message):
        def __init__(self, row: FactRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self) -> None:
        super().__init__()
        self.lexicon: Lexicon | None = None
        self.rows: list[FactRow] | None = None
        self.sort: str | None = None
        self.reverse = False
        self.shown: list[FactRow] = []

    def compose(self) -> ComposeResult:
        yield Static("Enforcement facts · loading…", id="facts-title")
        yield Input(
            placeholder="Filter: respondent, regulator, place, status… (Ctrl+F)", id="facts-filter"
        )
        table: DataTable[Text] = DataTable(id="facts-table", cursor_type="row", zebra_stripes=True)
        for key, label in COLUMNS:
            table.add_column(Text(label), key=key)
        yield table
        yield Static(id="facts-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refill()

    def set_rows(self, rows: list[FactRow], lexicon: Lexicon | None = None) -> None:
        """The rows to show; with `lexicon`, the filter also knows place and regulator names."""
        self.rows = rows
        self.lexicon = lexicon
        if self.is_mounted:
            self.refill()

    def refill(self) -> None:
        if self.rows is None:
            return
        query = self.query_one("#facts-filter", Input).value
        arranged = arrange(self.rows, query, self.sort, self.reverse, self.lexicon)
        self.shown = [row for _, row in arranged]
        table = self.query_one(DataTable)
        table.clear()
        for index, row in arranged:
            cells = [Text(safe_text(str(getattr(row, key)))) for key, _ in COLUMNS]
            if row.conflicts:
                cells[2].append(" ⚠")  # the amount: sources disagree (see the detail line)
            table.add_row(*cells, key=str(index))
        order = ""
        if self.sort:
            label = dict(COLUMNS)[self.sort].lower()
            order = f" · sorted by {label} {'↓' if self.reverse else '↑'}"
        total = len(self.rows)
        count = f"{len(arranged)} of {total}" if query.strip() else str(total)
        self.query_one("#facts-title", Static).update(
            Content.assemble(
                ("Enforcement facts", "bold"),
                f" · {count} actions{order} · Enter opens the source",
            )
        )
        self.show_detail(self.shown[0] if self.shown else None)

    def show_detail(self, row: FactRow | None) -> None:
        """The highlighted row in full: what the table's columns cut off, and any conflict."""
        detail = self.query_one("#facts-detail", Static)
        if row is None:
            detail.update(Content.styled("No enforcement facts match.", "$text-muted"))
            return
        by = " · ".join(p for p in (row.authority, row.jurisdiction) if p)
        parts = [
            Content.assemble(
                (safe_text(row.respondent or "unnamed"), "bold"),
                " — ",
                safe_text(row.action),
                f" ({safe_text(by)})" if by else "",
                f": {safe_text(row.amount)}" if row.amount else "",
                f", {safe_text(row.date)}" if row.date else "",
            ),
            Content.styled(
                safe_text(
                    f"{row.statuses or 'no outcome stated'} · reported by {row.sources} "
                    f"article{'s' if row.sources != 1 else ''}"
                ),
                "$text-muted",
            ),
        ]
        if row.conflicts:
            parts.append(
                Content.assemble(
                    ("⚠ Sources disagree: ", "bold $text-warning"), safe_text(row.conflicts)
                )
            )
        detail.update(Content("\n").join(parts))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.rows is not None and event.row_key.value is not None:
            self.show_detail(self.rows[int(event.row_key.value)])

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        self.sort_by(str(event.column_key.value))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if self.rows is not None and event.row_key.value is not None:
            self.post_message(self.SourceChosen(self.rows[int(event.row_key.value)]))

    def sort_by(self, column: str) -> None:
        self.reverse = (
            not self.reverse if column == self.sort else column in ("amount", "sources", "date")
        )
        self.sort = column
        self.refill()

    def action_sort_next(self) -> None:
        keys = [key for key, _ in COLUMNS]
        following = keys[(keys.index(self.sort) + 1) % len(keys)] if self.sort else keys[0]
        self.sort = None
        self.sort_by(following)

    def action_sort_reverse(self) -> None:
        if self.sort:
            self.reverse = not self.reverse
            self.refill()

    def action_focus_filter(self) -> None:
        # At once, not after a refresh: keys typed right after Ctrl+F belong to the filter.
        self.set_focus(self.query_one("#facts-filter", Input))

    def action_close(self) -> None:
        self.dismiss(None)
