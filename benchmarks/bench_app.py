"""The app's speed targets, measured on this machine (issue: the Streamlit app).

- start → interactive: seconds from launching `streamlit run app.py` until the health endpoint
  answers and (with Chromium) the compose form is rendered in the browser. Target ≤ 3 s.
- offline draft: seconds from the click on "Draft" until the draft shows (index already built,
  as `make run` builds it first). Target ≤ 1 s.
- re-check: milliseconds for `service.check_message` on the draft's text (what an edit
  triggers, no model call). Target ≤ 200 ms.
- inline findings: milliseconds from the last keystroke in the editor until the findings for
  the typed text are underlined in it (sending, the rerun, the checks and drawing), p50/p95/max
  over pasted texts and words typed key by key, in rounds with the load average beside each
  (the machine is shared), and how many texts were never answered. Target ≤ 300 ms, none
  unanswered.
Chromium at /usr/bin/chromium is needed for the browser figures; without it they are reported
as skipped.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL")}
    env.update(OUTREACH_DATA_DIR=str(data_dir), ANONYMIZED_TELEMETRY="False")
    return env


def _healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("the app did not become healthy")


def _recheck_ms(data_dir: Path) -> dict[str, Any]:
    """check_message on an offline draft's text, warm, in this process."""
    os.environ["OUTREACH_DATA_DIR"] = str(data_dir)
    from assistant import service
    from assistant.config import get_settings
    from assistant.models import DraftRequest
    from assistant.ui.findings import compose_text

    get_settings.cache_clear()
    request = DraftRequest.model_validate({
        "kind": "follow_up", "sender": {"name": "Maya Chen", "role": "PGY-1 resident"},
        "contact": {"name": "Dr. Ada Okafor"},
        "meeting": {"event": "SGIM 2026", "topics": ["QI curricula"],
                    "next_step": "send my QI proposal by Friday"}})
    draft = service.draft(request, engine="offline")
    text = compose_text(draft.subject, draft.body.replace("Dear", "Hey", 1))
    service.check_message(text, request)
    times = []
    for _ in range(50):
        started = time.perf_counter()
        service.check_message(text, request)
        times.append((time.perf_counter() - started) * 1000)
    return {"recheck_ms_p50": round(statistics.median(times), 2),
            "recheck_ms_max": round(max(times), 2), "recheck_target_ms": 200}


_WATCH = """([selector, text]) => {
  window.__seen = null;
  const found = () => [...document.querySelectorAll(selector)]
    .some(e => e.textContent.includes(text));
  window.__gone = !found();
  new MutationObserver((m, o) => {
    if (found() === window.__gone) { window.__seen = performance.now(); o.disconnect(); }
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
  return performance.now();
}"""


def _timed(page, selector: str, text: str, action) -> float:  # noqa: ANN001
    """Seconds from the action until an element matching selector+text appears (or goes),
    timed inside the page by a MutationObserver, so Playwright's polling does not count."""
    t0 = page.evaluate(_WATCH, [selector, text])
    action()
    page.wait_for_function("window.__seen !== null", timeout=300_000)
    return (page.evaluate("window.__seen") - t0) / 1000


_TYPE_AND_WATCH = """([texts, word, gapMs]) => new Promise((resolve) => {
  // The editor lives in a shadow root: find it, type each text in turn as a keystroke would
  // (an input event, gapMs apart), and time from the last one until the server's findings
  // for it are on screen: the finding on `word` underlined (or gone), computed on this text.
  const root = [...document.querySelectorAll("*")].map(e => e.shadowRoot)
    .find(r => r && r.querySelector(".oa-editor"));
  const editor = root.querySelector(".oa-editor");
  const area = root.querySelector("textarea[aria-label=Message]");
  const last = texts[texts.length - 1];
  const want = last.includes(word);
  const marked = () => [...root.querySelectorAll("mark.finding")]
    .some(m => m.textContent === word);
  let t0 = null;
  const poll = () => {
    if (area.value !== last) { resolve(-1); return; }  // replaced: a lost update
    if (marked() === want && editor.dataset.checked === "1") {
      resolve(performance.now() - t0);
    } else { requestAnimationFrame(poll); }
  };
  texts.forEach((text, n) => setTimeout(() => {
    area.value = text;
    area.dispatchEvent(new Event("input", {bubbles: true}));
    if (n === texts.length - 1) {
      t0 = performance.now();
      setTimeout(() => resolve(null), 10000);  // unanswered within 10 s, never a hang
      poll();
    }
  }, gapMs * n));
})"""
ROUNDS = 3  # the machine is shared: each round notes the load it ran under
PASTES = 12  # per round: a whole text replaced at once (a paste), alternately casual/formal
WORDS = 6  # per round: "Dear" typed over as "H", "He", "Hey" (or back) 120 ms apart
KEY_GAP_MS = 120  # a quick typist


def _percentiles(values: list[float]) -> dict[str, int | None]:
    if not values:
        return {"p50": None, "p95": None, "max": None}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered)), "p95": round(p95),
            "max": round(ordered[-1])}


def _inline_findings(page) -> dict[str, Any]:  # noqa: ANN001
    """Milliseconds from the last keystroke until the findings for the typed text are
    underlined in the editor (sending, the rerun, the checks and drawing included), in
    ROUNDS rounds with the 1-minute load average beside each; a text never answered within
    10 s, or replaced on screen, counts as unanswered."""
    message = page.get_by_role("textbox", name="Message", exact=True)
    formal = message.input_value()
    rest = formal[formal.index(" "):]
    casual = "Hey" + rest
    pooled: list[float] = []
    by_kind: dict[str, list[float]] = {"pasted": [], "typed key by key": []}
    unanswered = 0
    rounds = []
    for r in range(ROUNDS):
        load = round(os.getloadavg()[0], 2)
        times: list[float] = []
        missed = 0
        for n in range(PASTES):
            typed = (casual if n % 2 == 0 else formal) + " " * (r * PASTES + n)  # each new
            ms = page.evaluate(_TYPE_AND_WATCH, [[typed], "Hey", 0])
            if ms is None or ms < 0:
                missed += 1
            else:
                times.append(ms)
                by_kind["pasted"].append(ms)
        for n in range(WORDS):
            steps = [w + rest for w in ("H", "He", "Hey")] if n % 2 == 0 else \
                [w + rest for w in ("De", "Dea", "Dear")]
            ms = page.evaluate(_TYPE_AND_WATCH, [steps, "Hey", KEY_GAP_MS])
            if ms is None or ms < 0:
                missed += 1
            else:
                times.append(ms)
                by_kind["typed key by key"].append(ms)
        pooled.extend(times)
        unanswered += missed
        rounds.append({"load_average_1min": load, **_percentiles(times),
                       "texts": PASTES + WORDS, "unanswered": missed})
    return {"inline_findings_after_typing_ms": {
                **_percentiles(pooled), "texts": len(pooled) + unanswered,
                "unanswered_within_10_s": unanswered,
                "load_average_1min_after": round(os.getloadavg()[0], 2),
                **{kind: _percentiles(values) for kind, values in by_kind.items()}},
            "inline_findings_rounds": rounds,
            "inline_findings_target_ms": 300}


_ECHO = """(text) => new Promise((resolve) => {
  const root = [...document.querySelectorAll("*")].map(e => e.shadowRoot)
    .find(r => r && r.querySelector("textarea[aria-label=Echo]")) || document;
  const area = root.querySelector("textarea[aria-label=Echo]");
  const out = root.querySelector("output");
  area.value = text;
  const t0 = performance.now();
  area.dispatchEvent(new Event("input", {bubbles: true}));
  setTimeout(() => resolve(null), 10000);
  const poll = () => out.textContent === text ? resolve(performance.now() - t0)
    : requestAnimationFrame(poll);
  poll();
})"""


def _echo_floor(browser, start_echo) -> dict[str, Any]:  # noqa: ANN001
    """Milliseconds for a bare component's value to reach the server and come back (see
    echo_app.py): the part of the editor's figure that is Streamlit and this machine."""
    page = browser.new_page()
    page.goto(start_echo())
    page.get_by_role("textbox", name="Echo").wait_for(timeout=60_000)
    load = round(os.getloadavg()[0], 2)
    times, missed = [], 0
    for n in range(ROUNDS * (PASTES + WORDS)):
        ms = page.evaluate(_ECHO, f"text {n}")
        if ms is None:
            missed += 1
        else:
            times.append(ms)
    page.close()
    return {"bare_component_round_trip_ms": {**_percentiles(times), "texts": len(times) + missed,
                                             "unanswered_within_10_s": missed,
                                             "load_average_1min": load}}


def _browser(start_server, start_echo) -> dict[str, Any]:  # noqa: ANN001
    """Chromium is launched first (a resident's browser is already open), then the server."""
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        url, started, health_s = start_server()
        out["start_to_health_s"] = health_s
        page.goto(url)
        page.get_by_role("combobox", name="Kind of message").wait_for(timeout=60_000)
        page.get_by_role("button", name="Draft").wait_for(timeout=60_000)
        out["start_to_interactive_s"] = round(time.perf_counter() - started, 2)
        page.reload()
        reloaded = time.perf_counter()
        page.get_by_role("button", name="Draft").wait_for(timeout=60_000)
        out["page_reload_to_interactive_s"] = round(time.perf_counter() - reloaded, 2)
        name = page.get_by_role("textbox", name="Name", exact=True)
        name.fill("Dr. Ada Okafor")
        name.press("Tab")
        event = page.get_by_role("textbox", name="Event", exact=True)
        event.fill("SGIM 2026")
        event.press("Tab")
        time.sleep(1)
        clicks = []
        button = page.get_by_role("button", name="Draft")
        for n in range(1, 7):
            clicks.append(_timed(page, "[data-testid=stCaptionContainer]",
                                 f"saved in History as #{n} ", button.click))
        # the caption comes before the editor has its new text: type once it shows draft #6
        page.locator(".oa-editor[data-draft='6']").wait_for(timeout=30_000)
        out["first_draft_after_start_s"] = round(clicks[0], 2)
        out["offline_draft_after_click_s_p50"] = round(statistics.median(clicks[1:]), 2)
        out["offline_draft_after_click_s_max"] = round(max(clicks[1:]), 2)
        out["offline_draft_target_s"] = 1.0

        out.update(_inline_findings(page))
        out.update(_echo_floor(browser, start_echo))
        browser.close()
    return out


def run() -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="bench-app-"))
    data_dir = tmp / "data"
    result: dict[str, Any] = {"load_average_1min_at_start": round(os.getloadavg()[0], 2),
                              "cpus": os.cpu_count()}
    try:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "index"], env=_env(data_dir),
                       cwd=tmp, check=True, capture_output=True)
        result["index_build_s (make run does this before starting)"] = round(
            time.perf_counter() - started, 1)
        result.update(_recheck_ms(data_dir))

        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        procs: list[subprocess.Popen] = []

        def serve(script: Path, port: int) -> str:
            cmd = [sys.executable, "-m", "streamlit", "run", str(script),
                   "--server.address", "127.0.0.1", "--server.port", str(port),
                   "--server.headless", "true", "--browser.gatherUsageStats", "false",
                   "--server.fileWatcherType", "none"]
            procs.append(subprocess.Popen(cmd, env=_env(data_dir), cwd=tmp,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            _healthy(f"http://127.0.0.1:{port}", procs[-1])
            return f"http://127.0.0.1:{port}"

        def start_server() -> tuple[str, float, float]:
            started = time.perf_counter()
            serve(ROOT / "app.py", port)
            return url, started, round(time.perf_counter() - started, 2)

        def start_echo() -> str:
            return serve(ROOT / "benchmarks" / "echo_app.py", _free_port())

        try:
            if CHROMIUM.exists():
                result.update(_browser(start_server, start_echo))
            else:
                result["start_to_health_s"] = start_server()[2]
                result["skipped"] = ("Chromium not installed at /usr/bin/chromium: start to "
                                     "interactive page, draft after click and the browser "
                                     "re-check were not measured")
        finally:
            for proc in procs:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        result["interactive_target_s"] = 3.0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(ROOT))
    print(json.dumps(run(), indent=2))
