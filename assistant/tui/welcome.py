"""What an empty chat shows: example questions, or how to add articles to an empty corpus."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..render import safe_text

EXAMPLES = (
    "Has Clearview paid the Italian fine?",
    "How much was the Italian fine?",
    "What is the maximum GDPR fine for a company with €1 billion in annual turnover?",
    "How much did the UK fine Clearview, in pounds?",
)


def empty_corpus_message(corpus_dir: Path) -> Content:
    return Content.assemble(
        ("There are no articles yet.", "bold"),
        "\n\nThe corpus folder ",
        (safe_text(str(corpus_dir)), "bold"),
        " is empty. Add news articles or regulator releases to it with\n\n    ",
        ("assistant add FILE…", "bold $text-accent"),
        "\n\n(Markdown with front matter, .txt, or a saved .html page), "
        "then press F5 to index them.",
    )


class Welcome(Vertical):
    class ExampleChosen(Message):
        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    def __init__(self, examples: Sequence[str] = EXAMPLES, **kwargs) -> None:
        super().__init__(**kwargs)
        self.examples = list(examples)
        self._problem = False

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                ("Ask about the enforcement actions in your articles.", "bold"),
                "\nEvery answer cites the sentences it rests on; "
                "when the sources don't say, it says so.",
            ),
            id="welcome-title",
        )
        yield Static("Try one (Tab, then Enter):", id="welcome-hint")
        yield Static(id="welcome-problem")

    def on_mount(self) -> None:
        # The list comes after the app's first frame: it is the costliest part to mount.
        self.call_after_refresh(self._add_examples)

    def _add_examples(self) -> None:
        if not self.is_attached:  # a question came first and removed the welcome
            return
        examples = OptionList(*(Option(Content(q)) for q in self.examples), id="examples")
        examples.display = not self._problem
        self.mount(examples, before="#welcome-problem")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.ExampleChosen(self.examples[event.option_index]))

    def show_problem(self, message: Content | str) -> None:
        """Replace the examples with an explanation (empty corpus, missing folder…)."""
        problem = self.query_one("#welcome-problem", Static)
        problem.update(message if isinstance(message, Content) else Content(safe_text(message)))
        problem.display = True
        self._problem = True
        for widget in self.query("#welcome-hint, #examples"):
            widget.display = False

    def show_examples(self) -> None:
        self.query_one("#welcome-problem").display = False
        self._problem = False
        for widget in self.query("#welcome-hint, #examples"):
            widget.display = True
