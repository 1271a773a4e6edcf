"""The app in a real browser: Debian's Chromium driven by Playwright against `streamlit run`.

Fills the profile and the form, drafts with the offline engine, sees a finding, edits it away,
downloads the .eml and parses it, and copies the text to the clipboard. Skipped, with the
reason, when /usr/bin/chromium is not installed (`.ci/run` installs it). Set
OUTREACH_SCREENSHOT=path to also save a screenshot of the page.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.servers import free_port, stop, wait_until_ready

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST_DRAFT_TIMEOUT_MS = 300_000  # a fresh data directory builds the principle index first

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Chromium not installed at /usr/bin/chromium (see .ci/run)"),
]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> float:
    """Seconds until the server's health endpoint answers ok."""

    def healthy() -> bool:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.read().strip() == b"ok"

    return wait_until_ready(healthy, proc, "streamlit", timeout)


def start_app(data_dir: Path, port: int, log: Path,
              extra_env: dict[str, str] | None = None) -> subprocess.Popen:
    """`streamlit run app.py` on 127.0.0.1 with its own data directory and no model key; it
    runs in data_dir's parent, so a `.streamlit/secrets.toml` there configures sign-in."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL")}
    env.update(OUTREACH_DATA_DIR=str(data_dir), ANONYMIZED_TELEMETRY="False", **(extra_env or {}))
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
           "--server.address", "127.0.0.1", "--server.port", str(port),
           "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    return subprocess.Popen(cmd, env=env, cwd=data_dir.parent, stdout=log.open("wb"),
                            stderr=subprocess.STDOUT)


@contextmanager
def running_app(root: Path) -> Iterator[str]:
    """The app on a free port with its data under root; its log is printed if it fails."""
    port = free_port()
    log = root / "streamlit.log"
    proc = start_app(root / "data", port, log)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc)
        yield f"http://127.0.0.1:{port}"
    except Exception:
        print(log.read_text(errors="replace")[-3000:])
        raise
    finally:
        stop(proc)


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    with running_app(tmp_path) as url:
        yield url


def launch(p):  # noqa: ANN001, ANN201 - Playwright's types
    return p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def choose(page, label: str, option: str) -> None:  # noqa: ANN001
    """Pick an option of a Streamlit selectbox by typing it, as a keyboard user would."""
    box = page.get_by_role("combobox", name=label)
    box.scroll_into_view_if_needed()
    box.click()
    box.fill(option)
    page.get_by_role("option", name=option, exact=True).click()


def settled(page, timeout: float = 60_000) -> None:  # noqa: ANN001
    """Wait until the app's script run has finished, so what is read next is the whole page
    (an element shows before the rest of its run has drawn the page around it)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=timeout)


def commit(locator) -> None:  # noqa: ANN001
    """Streamlit takes a form field's value when it loses focus."""
    locator.press("Tab")


def test_compose_draft_fix_and_download_eml(app_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                      accept_downloads=True)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
        page = context.new_page()
        page.goto(f"{app_url}/profile")  # a deep link as the server's first visit
        expect(page.get_by_role("heading", name="Your profile")).to_be_visible(timeout=60_000)
        nav = page.get_by_test_id("stSidebarNav")
        expect(nav).to_contain_text("Compose")
        expect(nav).not_to_contain_text("draft panel")  # not the bare pages/ directory
        profile = {"Name": "Maya Chen", "Role and PGY year": "PGY-1 internal medicine resident",
                   "Program": "Internal Medicine Residency, Riverside Hospital",
                   "Professional email": "maya.chen@riverside.org"}
        for label, value in profile.items():
            page.get_by_role("textbox", name=label, exact=True).fill(value)
        page.get_by_role("button", name="Save profile").click()
        expect(page.get_by_text("Profile saved")).to_be_visible(timeout=20_000)

        page.get_by_role("link", name="Compose").click()
        expect(page.get_by_role("heading", name="Compose a message")).to_be_visible(
            timeout=60_000)

        choose(page, "Kind of message", "Follow-up")
        fields = {"Name": "Dr. Ada Okafor", "Their email": "ada.okafor@lakeside.edu",
                  "Event": "SGIM 2026", "Topics": "QI curricula",
                  "The next step you promised": "send my QI proposal by Friday"}
        for label, value in fields.items():
            box = page.get_by_role("textbox", name=label, exact=True)
            box.fill(value)
            commit(box)
        page.get_by_role("button", name="Draft").click()
        expect(page.get_by_role("heading", name="Your draft")).to_be_visible(
            timeout=FIRST_DRAFT_TIMEOUT_MS)

        message = page.get_by_role("textbox", name="Message", exact=True)
        expect(message).not_to_have_value("", timeout=30_000)
        drafted = message.input_value()
        assert "SGIM 2026" in drafted and "QI proposal by Friday" in drafted
        casual = re.sub(r"^Dear\b", "Hey", drafted)
        assert casual.startswith("Hey")
        message.fill(casual)
        commit(message)
        flagged = page.locator("mark.finding", has_text="Hey")
        expect(flagged).to_have_count(1, timeout=20_000)
        expect(page.get_by_text("too casual").first).to_be_visible()

        fixed = casual.replace("Hey", "Dear", 1)
        message.fill(fixed)
        commit(message)
        expect(flagged).to_have_count(0, timeout=20_000)
        subject = page.get_by_role("textbox", name="Subject", exact=True).input_value()
        assert subject

        with page.expect_download(timeout=30_000) as download:
            page.get_by_role("button", name="Download .eml").click()
        path = download.value.path()
        msg = BytesParser(policy=policy.default).parsebytes(Path(path).read_bytes())
        assert msg["Subject"] == subject
        assert msg["To"].addresses[0].addr_spec == "ada.okafor@lakeside.edu"
        assert msg["From"].addresses[0].addr_spec == "maya.chen@riverside.org"
        assert msg.get_content().replace("\r\n", "\n").strip() == fixed.strip()
        assert download.value.suggested_filename.endswith(".eml")

        editor = page.locator(".oa-editor")
        editor.get_by_role("button", name="Copy body").click()
        # the copy is asynchronous: read the clipboard once the editor says it is done
        expect(editor.locator(".oa-copied")).to_have_text("Message copied.")
        assert page.evaluate("navigator.clipboard.readText()") == fixed
        editor.get_by_role("button", name="Copy subject").click()
        expect(editor.locator(".oa-copied")).to_have_text("Subject copied.")
        assert page.evaluate("navigator.clipboard.readText()") == subject

        if shot := os.environ.get("OUTREACH_SCREENSHOT"):
            screenshot(page, message, Path(shot))

        # A LinkedIn note: the character counter follows each keystroke, before any rerun.
        choose(page, "Kind of message", "LinkedIn note")
        page.get_by_role("button", name="Draft").click()
        counter = page.locator(".oa-editor .oa-count")
        expect(counter).to_contain_text("/ 200 characters", timeout=60_000)
        note = page.get_by_role("textbox", name="Message", exact=True)
        length = len(note.input_value())
        expect(counter).to_contain_text(f"{length} / 200")
        note.press("End")
        note.press_sequentially("x" * (201 - length))
        expect(counter).to_contain_text("201 / 200")
        expect(counter).to_contain_text("over the limit")
        browser.close()


def screenshot(page, message, out: Path) -> None:  # noqa: ANN001
    """The draft with one casual word put back and its card open."""
    message.fill(message.input_value().replace("Dear", "Hey", 1))
    page.locator(".oa-editor mark.finding").first.wait_for(timeout=20_000)
    page.get_by_role("heading", name="Your draft").evaluate(
        "e => e.scrollIntoView({block: 'start'})")
    message.click()
    message.press("Control+Home")
    message.press("ArrowRight")
    page.get_by_test_id("stToast").first.wait_for(state="detached", timeout=20_000)
    time.sleep(1)
    page.screenshot(path=str(out))
