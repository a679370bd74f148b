"""Standalone web pages: a head with a little CSS, and markdown-it-py's HTML for Markdown text.

Raw HTML in the person's text is shown as text (never run), images are left as
text rather than fetched, and the page's content policy forbids loading anything
from anywhere: opening an export never touches the network.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_CSS = """
body { font: 16px/1.55 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       color: #1f2328; background: #fdfcfa; }
h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #e4e0da; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 1rem 0; }
th, td { border: 1px solid #e4e0da; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f0eb; } blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #c9c2b8; }
code, pre { background: #f3f0eb; border-radius: 4px; } pre { padding: 0.6rem; overflow-x: auto; }
hr { border: 0; border-top: 1px dashed #d6d0c8; }
table.pixels { width: auto; font: 0.8rem/1 ui-monospace, monospace; }
table.pixels th, table.pixels td { padding: 0.15rem 0.1rem; text-align: center; }
table.pixels td.none { color: #8a8580; } table.pixels caption { text-align: left; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  body { color: #e6e1da; background: #1c1b19; } th, pre, code { background: #2a2825; }
  th, td, h2 { border-color: #3a3733; }
}
"""


def renderer() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(["table", "strikethrough"]).disable("image")


def page_start(title: str) -> str:
    """A page up to and including `<body>`: what comes after it is the document, then PAGE_END."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
    )


PAGE_END = "</body>\n</html>\n"


def render_page(title: str, markdown_text: str) -> str:
    body: str = renderer().render(markdown_text)
    return page_start(title) + body + PAGE_END
