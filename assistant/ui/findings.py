"""Showing findings on the draft: one text for subject and body (the `Subject:` line convention
of `outreach check`), flagged spans highlighted as escaped HTML, suggestions applied to spans."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from assistant.models import Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_COLOURS = {  # background, border: readable on light and dark themes
    "error": ("#fde2e1", "#d93025"),
    "warning": ("#fff4ce", "#b58105"),
    "info": ("#e3eefc", "#1a73e8"),
}
SEVERITY_LABELS = {"error": "Must fix", "warning": "Worth fixing", "info": "Note"}


def compose_text(subject: str | None, body: str) -> str:
    """Subject and body as the one text the checks read (`Subject:` first line for email)."""
    if subject is None:
        return body
    return f"Subject: {subject}\n\n{body}"


def split_text(text: str, has_subject: bool) -> tuple[str | None, str]:
    """The inverse of `compose_text`: exact round trip for any subject without a newline."""
    if not has_subject or not text.startswith("Subject:"):
        return (None, text) if not has_subject else ("", text)
    first, _, rest = text.partition("\n")
    subject = first.removeprefix("Subject:").strip()
    return subject, rest[1:] if rest.startswith("\n") else rest


def _rank(f: Finding) -> tuple[int, int]:
    return SEVERITY_ORDER.get(f.severity, 3), f.start if f.start is not None else -1


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then notes; in reading order within a severity."""
    return sorted(findings, key=_rank)


def sorted_indices(findings: Sequence[Finding]) -> list[int]:
    """Positions of the findings in display order (the page applies suggestions by position)."""
    return sorted(range(len(findings)), key=lambda i: _rank(findings[i]))


def valid_span(finding: Finding, text: str) -> tuple[int, int] | None:
    """The finding's span when it lies inside the text and is not empty."""
    start, end = finding.start, finding.end
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return start, end


def can_apply(finding: Finding, text: str) -> bool:
    """A suggestion is applied with one click only when it replaces the flagged span."""
    span = valid_span(finding, text)
    return (
        span is not None
        and finding.suggestion is not None
        and text[span[0]:span[1]] != finding.suggestion
    )


def apply_suggestion(text: str, finding: Finding) -> str:
    """Replace the flagged span with the suggestion; the text is unchanged when it cannot."""
    if not can_apply(finding, text):
        return text
    start, end = valid_span(finding, text)  # type: ignore[misc]
    return text[:start] + (finding.suggestion or "") + text[end:]


def highlight_html(text: str, findings: Sequence[Finding]) -> str:
    """The text as HTML with every flagged span marked in its severity's colour.

    Every character of the text and of the messages is escaped, so a draft (or pasted notes)
    holding markup or script shows as text. Overlapping spans take the most severe colour.
    """
    spans = [(span, f) for f in findings if (span := valid_span(f, text)) is not None]
    cuts = sorted({0, len(text), *(s for (s, _), _ in spans), *(e for (_, e), _ in spans)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = html.escape(text[a:b], quote=True)
        covering = [f for (s, e), f in spans if s <= a and b <= e]
        if not covering:
            parts.append(chunk)
            continue
        worst = min(covering, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
        bg, border = SEVERITY_COLOURS.get(worst.severity, SEVERITY_COLOURS["info"])
        title = html.escape(" · ".join(dict.fromkeys(f.message for f in covering)), quote=True)
        parts.append(
            f'<mark class="finding finding-{html.escape(worst.severity)}" title="{title}" '
            f'style="background:{bg};border-bottom:2px solid {border};color:inherit;'
            f'padding:0 1px;border-radius:2px">{chunk}</mark>'
        )
    return (
        '<div class="draft-preview" style="white-space:pre-wrap;line-height:1.5;'
        'font-family:inherit">' + "".join(parts) + "</div>"
    )


def excerpt(text: str, finding: Finding, width: int = 30) -> str | None:
    """The flagged words with a little context from their line, for the finding's card."""
    span = valid_span(finding, text)
    if span is None:
        return None
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    a, b = max(line_start, start - width), min(line_end, end + width)
    snippet = text[a:b].replace("\n", " ")
    return ("…" if a > line_start else "") + snippet + ("…" if b < line_end else "")


def char_status(text: str, limit: int) -> tuple[int, int, bool]:
    """(characters used, characters left, over the limit?) for a LinkedIn counter."""
    used = len(text)
    return used, limit - used, used > limit


_COUNTER_JS = """<script>
(() => {
  const limit = %d, tier = "%s";
  const show = (n) => {
    const out = document.getElementById("linkedin-counter");
    if (!out) return;
    out.querySelector("b").textContent = n + " / " + limit;
    out.querySelector("span.over").textContent = n > limit ? " — over the limit" : "";
    out.style.color = n > limit ? "#d93025" : (limit - n < 20 ? "#b58105" : "#188038");
  };
  const attach = (tries) => {
    const area = document.querySelector('textarea[aria-label="Message"]');
    if (!area) { if (tries > 0) setTimeout(() => attach(tries - 1), 200); return; }
    if (!area.dataset.counter) {  // the server's count stands until the resident types
      area.dataset.counter = "1";
      area.addEventListener("input", () => show([...area.value].length));
    }
  };
  attach(25);
})();
</script>"""


def counter_html(text: str, limit: int, tier: str) -> str:
    """A LinkedIn character counter: right on every rerun, and live as the resident types.

    Only numbers and the fixed tier name reach the script; the text itself never does.
    """
    used, left, over = char_status(text, limit)
    colour = "#d93025" if over else ("#b58105" if left < 20 else "#188038")
    tier = "premium" if tier == "premium" else "free"
    return (
        f'<div id="linkedin-counter" style="color:{colour};font-size:0.9rem">'
        f'<b>{used} / {limit}</b> characters<span class="over">'
        f'{" — over the limit" if over else ""}</span> (LinkedIn {tier} account)</div>'
        + _COUNTER_JS % (int(limit), tier)
    )
