from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from assistant.errors import ArticleError, CorpusError
from assistant.ingest import corpus_files, load_article, normalise_text
from tests.conftest import SEED_CORPUS, write_article


def test_seed_articles_keep_their_bodies_verbatim() -> None:
    # The corpus files are the seeds plus front matter; the body is the seed text, normalised.
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    for path in sorted(SEED_CORPUS.glob("*.md")):
        article = load_article(path)
        source = path.read_text(encoding="utf-8")
        assert article.title and article.outlet and article.published
        assert article.body in normalise_text(source)
        seed_name = next(
            line.split(": ", 1)[1]
            for line in source.splitlines()
            if line.startswith("source_file:")
        )
        if (seeds / seed_name).exists():
            assert article.body == normalise_text((seeds / seed_name).read_text(encoding="utf-8"))


def test_markdown_front_matter_fields(tmp_path: Path) -> None:
    path = write_article(
        tmp_path,
        "2024-03-05-acme",
        "The regulator fined Acme €5 million.",
        author="Jane Doe",
        url="https://example.com/a",
    )
    article = load_article(path)
    assert (article.id, article.title, article.outlet, article.published) == (
        "2024-03-05-acme",
        "2024 03 05 Acme",
        "Test Wire",
        "2024-03-05",
    )
    assert article.author == "Jane Doe" and article.url == "https://example.com/a"
    assert article.body == "The regulator fined Acme €5 million."
    assert article.format == "md" and len(article.sha256) == 64


def test_yaml_dates_and_partial_dates(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: A\npublished: 2023-05-10\n---\nBody.\n")
    (tmp_path / "b.md").write_text("---\ntitle: B\npublished: 2022-10\n---\nBody.\n")
    assert load_article(tmp_path / "a.md").published == "2023-05-10"
    assert load_article(tmp_path / "b.md").published == "2022-10"


def test_text_file_title_is_first_line_and_stays_in_body(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "\n\nRegulator fines Acme\nThe authority fined Acme on Monday.\n", encoding="utf-8"
    )
    article = load_article(path)
    assert article.title == "Regulator fines Acme"
    assert article.body.startswith("Regulator fines Acme\n")
    assert article.outlet is None and article.published is None


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Acme fined</title>
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <link rel="canonical" href="https://example.com/acme">
        <script>document.write('never run')</script></head>
        <body><nav>Home | About | Contact</nav><article><h1>Regulator fines Acme €5m</h1>
        <p>The Dutch data protection authority on Tuesday fined Acme €5 million for unlawful
        processing of customer data. The company said it would appeal the decision.</p>
        <p>It is the second fine this year. Acme paid an earlier penalty of €1m in January.</p>
        </article><footer>Copyright 2024</footer></body></html>""",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.format == "html"
    assert article.outlet == "Example News" and article.author == "Jane Doe"
    assert article.published == "2024-03-05" and article.url == "https://example.com/acme"
    assert "fined Acme €5 million" in " ".join(article.body.split())
    assert "never run" not in article.body and "Home | About" not in article.body


def test_normalisation_is_nfc_lf_and_trims(tmp_path: Path) -> None:
    decomposed = "Commission Nationale de l\u2019informatique et des Liberte\u0301s"
    path = tmp_path / "n.txt"
    path.write_bytes(f"\ufeffTitle\r\n{decomposed}   \r\n\r\n".encode())
    body = load_article(path).body
    assert body == unicodedata.normalize("NFC", f"Title\n{decomposed}")
    assert "\r" not in body


@pytest.mark.parametrize(
    ("content", "problem", "line"),
    [
        (b"", "empty file", None),
        (b"   \n\n", "empty file", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file", None),
        (b"caf\xe9 au lait, fined \xa320m", "not UTF-8", 1),
        (b"---\ntitle: [unclosed\noutlet: X\n---\nBody", "front matter is not valid YAML", 3),
        (b"---\ntitle: A\npublished: 10 May 2023\n---\nBody", "published", 3),
        (b"---\ntitle: A\nno closing fence\nBody", "never closed", 1),
        (b"---\n- just\n- a list\n---\nBody", "key: value", 2),
        (b"---\ntitle: A\n---\n   \n", "no body text", None),
    ],
)
def test_bad_files_name_file_line_and_problem(
    tmp_path: Path, content: bytes, problem: str, line: int | None
) -> None:
    path = tmp_path / ("bad.md" if content.startswith(b"---") else "bad.txt")
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert problem in message
    assert message.startswith(f"{path}:{line}:" if line else f"{path}:")
    assert "\n" not in message


def test_corpus_files_skip_readme_hidden_and_other_types(tmp_path: Path) -> None:
    for name in ("a.md", "b.txt", "c.html", "README.md", ".hidden.md", "notes.pdf", "d.markdown"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.md").write_text("x")
    assert [p.name for p in corpus_files(tmp_path)] == ["a.md", "b.txt", "c.html", "d.markdown"]


def test_missing_corpus_folder_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        corpus_files(tmp_path / "nowhere")
