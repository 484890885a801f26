"""Command line: the TUI by default, `--query` one-shot answers, and index maintenance.

stdout carries results (answers, summaries, JSON); stderr carries notes, progress and
errors. Exit codes are `errors.ExitCode`. This module must not import Textual: the TUI is
imported only when it is started.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .config import Settings
from .errors import AssistantError, ExitCode

if TYPE_CHECKING:
    from .indexer import Progress

EPILOG = """\
exit codes:
  0  success (an answer may still say the sources do not answer the question)
  1  internal error (a bug: please report it, with --debug output)
  2  bad command line
  3  bad question (empty, too long, not in English)
  4  corpus problem (folder missing or not writable, an article could not be read or added)
  5  index damaged or incompatible and it could not be rebuilt, or not writable
  6  another process is updating the index (with --no-wait)
  130 interrupted (nothing was changed)

environment: ASSISTANT_CORPUS, ASSISTANT_INDEX, ASSISTANT_CACHE (ONNX encoder cache).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Enforcement Desk: cited answers about regulatory enforcement from your articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--corpus", metavar="DIR", help="folder of articles (default: ./corpus)")
    parser.add_argument("--index", metavar="DIR", help="index folder (default: ./index)")
    parser.add_argument("-q", "--query", metavar="QUESTION", help="answer one question and exit")
    parser.add_argument(
        "--json", action="store_true", help="with --query: print the Answer as JSON"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser("index", help="bring the index up to date with the corpus")
    index.add_argument("--rebuild", action="store_true", help="re-embed every article from scratch")
    index.add_argument(
        "--no-wait", action="store_true", help="fail instead of waiting for another update"
    )

    add = commands.add_parser("add", help="copy articles into the corpus, then update the index")
    add.add_argument(
        "files", nargs="+", metavar="FILE", help=".md (front matter), .txt or saved .html"
    )

    facts = commands.add_parser("facts", help="the table of enforcement actions the articles state")
    facts.add_argument("--respondent", help="only actions against this party (e.g. Clearview)")
    facts.add_argument("--authority", help="only actions by this regulator (CNIL, Garante, ICO…)")
    facts.add_argument("--jurisdiction", help="only actions in this place (FR, Italy, Dutch…)")
    output = facts.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", dest="facts_json", help="print as JSON")
    output.add_argument("--csv", action="store_true", dest="facts_csv", help="print as CSV")

    evaluate = commands.add_parser("eval", help="run a question file and score the answers")
    evaluate.add_argument(
        "file", metavar="FILE.jsonl", help="one JSON object per line (see README)"
    )
    evaluate.add_argument("--quiet", action="store_true", help="print only the totals")

    status = commands.add_parser(
        "status", help="where the corpus and index are, and whether the index is stale"
    )
    status.add_argument("--json", action="store_true", dest="status_json", help="print as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # No pydantic plugins are used; looking for them scans every installed package's
    # metadata when the first model is built (~10 ms of a one-shot question).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.json and args.query is None:
        parser.error("--json goes with --query")
    if args.query is not None and args.command:
        parser.error("--query cannot be combined with a command")
    settings: Settings | None = None
    try:
        settings = Settings.load(corpus=args.corpus, index=args.index)
        if args.query is not None:
            return _query(settings, args.query, as_json=args.json)
        if args.command == "index":
            return _index(settings, rebuild=args.rebuild, wait=not args.no_wait)
        if args.command == "add":
            return _add(settings, [Path(f) for f in args.files])
        if args.command == "facts":
            return _facts(settings, args)
        if args.command == "eval":
            return _eval(settings, Path(args.file), args.quiet)
        if args.command == "status":
            return _status(settings, as_json=args.status_json)
        return _interactive(settings)
    except AssistantError as exc:
        message = str(exc)
        if exc.exit_code == ExitCode.INDEX and "assistant index" not in message:
            message += " — run `assistant index --rebuild`"
        _error(message)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        _error("interrupted; nothing was changed")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # `assistant --query … | head`: the reader went away; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return int(ExitCode.OK)
    except OSError as exc:
        # A full disk, a read-only or vanished folder: the user's to fix, not a bug.
        place = _os_error_place(exc, settings)
        if place is None or args.debug:
            raise
        kind, folder, code = place
        _error(
            f"the {kind} folder {folder} cannot be used ({exc.filename}: {exc.strerror or exc});"
            " it must be a writable folder on a disk with free space"
        )
        return int(code)
    except Exception as exc:
        if args.debug:
            raise
        _error(
            f"internal error: {type(exc).__name__}: {exc} (rerun with --debug and please report it)"
        )
        return int(ExitCode.INTERNAL)


def _os_error_place(exc: OSError, settings: Settings | None) -> tuple[str, Path, ExitCode] | None:
    """Which of the user's folders an OS error is about, or None (then it is a bug)."""
    if settings is None or exc.filename is None:
        return None
    try:
        path = Path(os.fsdecode(exc.filename)).resolve()
    except (TypeError, ValueError, OSError):
        return None
    for kind, folder, code in (
        ("index", settings.index_dir, ExitCode.INDEX),
        ("corpus", settings.corpus_dir, ExitCode.CORPUS),
    ):
        if path == folder.resolve() or folder.resolve() in path.parents:
            return kind, folder, code
    return None


def _one_line(message: str) -> str:
    """Messages name files and quote articles: no control character or line break of theirs
    may reach the terminal (see render.safe_text)."""
    from .render import safe_text

    return " ".join(safe_text(message).split("\n"))


def _error(message: str) -> None:
    print(f"assistant: {_one_line(message)}", file=sys.stderr)


def _note(message: str) -> None:
    print(f"assistant: {_one_line(message)}", file=sys.stderr)


def _note_duplicates(settings: Settings) -> None:
    from .status import duplicate_groups

    for group in duplicate_groups(settings.index_dir):
        _note(f"the same text is under {len(group)} ids, all kept: {', '.join(group)}")


def _query(settings: Settings, question: str, as_json: bool) -> int:
    import gc

    from .embed import EncoderLoader

    # A one-shot question allocates hundreds of thousands of objects that live until exit
    # (modules, the manifest's entries), and the cycle collector would walk them again and
    # again: ~60 ms on the seed corpus, more at 28,000 articles. It stays off unless the
    # session has something to say, which is when it updates an out-of-date index first:
    # that can run for long, so the collector comes back on for it.
    gc.disable()

    def note(message: str) -> None:
        gc.enable()
        _note(message)

    # Started first: the encoder loads in the background while the engine is imported.
    loader = EncoderLoader(settings.cache_dir)
    from .render import to_json, to_text
    from .session import Session

    try:
        session = Session(settings, note=note, encoder_loader=loader)
        answer = session.ask(question)
    finally:
        # A question refused before it needs the model (empty, too long, not English) must
        # not leave the loader inside onnxruntime at exit: that can abort the process
        # instead of exiting 3 with its one line.
        loader.result()
    sys.stdout.write(to_json(answer) + "\n" if as_json else to_text(answer))
    return int(ExitCode.OK)


class StderrProgress:
    """Progress on stderr: one rewritten line on a terminal, a line every few seconds otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        final = p.stage == "writing"
        if not final and now - self.last < (0.1 if self.tty else 5.0):
            return
        self.last = now
        eta = f" · about {p.eta_seconds:.0f} s left" if p.eta_seconds is not None else ""
        text = (
            f"{p.stage}: {p.chunks_done}/{p.chunks_total} chunks, "
            f"{p.articles_done}/{p.articles_total} articles{eta}"
        )
        if self.tty:
            sys.stderr.write(f"\r\x1b[2K{text}")
            if final:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()
        self.shown = True


def _index(settings: Settings, rebuild: bool, wait: bool) -> int:
    return _update(settings, rebuild=rebuild, wait=wait)


def _add(settings: Settings, files: list[Path]) -> int:
    from .adding import add_articles

    added = add_articles(settings.corpus_dir, files)
    for name in added:
        print(f"added {name}")
    return _update(settings)


def _update(settings: Settings, rebuild: bool = False, wait: bool = True) -> int:
    from .embed import EncoderLoader

    # Started first, as for a question: the model loads (~0.3 s, outside the GIL) while the
    # indexer and the extractor are imported (~0.7 s), which decides the time of a small
    # build. Waited for before exit, used or not: a thread still inside onnxruntime when
    # the interpreter shuts down can abort the process.
    loader = EncoderLoader(settings.cache_dir)
    from .session import Session

    try:
        session = Session(settings, note=_note, encoder_loader=loader)
        summary = session.update(rebuild=rebuild, progress=StderrProgress(), wait=wait)
    finally:
        loader.result()
    print(f"index: {summary.line()}")
    _note_duplicates(settings)
    return int(ExitCode.CORPUS if summary.skipped else ExitCode.OK)


def _facts(settings: Settings, args: argparse.Namespace) -> int:
    from . import facts_table
    from .render import safe_json, safe_text
    from .session import Session

    session = Session(settings, note=_note)
    table = facts_table.rows(
        session.reader(), session.lexicon, args.respondent, args.authority, args.jurisdiction
    )
    # The table quotes article text: escaped like answers are (see render.py).
    if args.facts_json:
        sys.stdout.write(safe_json(facts_table.to_json(table)) + "\n")
    elif args.facts_csv:
        sys.stdout.write(safe_text(facts_table.to_csv(table)))
    else:
        sys.stdout.write(safe_text(facts_table.to_text(table)))
    return int(ExitCode.OK)


def _eval(settings: Settings, path: Path, quiet: bool) -> int:
    from .errors import CorpusError
    from .evaluate import load_answer_cases, run_answers, summarise
    from .render import safe_text
    from .session import Session

    try:
        cases = load_answer_cases(path)
    except (OSError, ValueError, TypeError) as exc:
        raise CorpusError(f"{path}: cannot read the question file ({exc})") from None
    session = Session(settings, note=_note)
    report = summarise(run_answers(session.ask, cases))
    print(safe_text(report.split("\n\n")[-1] if quiet else report))
    return int(ExitCode.OK)


def _status(settings: Settings, as_json: bool) -> int:
    from .render import safe_json, safe_text
    from .status import describe, to_lines

    report = describe(settings)
    if as_json:
        print(safe_json(json.dumps(report, indent=2, ensure_ascii=False)))
    else:
        print(safe_text("\n".join(to_lines(report))))
    return int(ExitCode.OK)


def _interactive(settings: Settings) -> int:
    """The TUI on a terminal; the plain prompt loop when piped (no terminal to draw on)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        from .prompt import run_prompt

        return run_prompt(settings)
    from .config import require_corpus_dir

    require_corpus_dir(settings.corpus_dir)  # a missing folder: one line and exit 4, as elsewhere
    # Imported here only: --query and the other commands never load Textual.
    from .tui.app import build_app

    app = build_app(settings)
    app.run()
    return app.return_code or 0
