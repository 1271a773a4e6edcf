"""Sign-in on a program deployment, in a real Chromium against `streamlit run`:

* OpenID Connect (Streamlit's st.login) against a real provider started here,
  `oidc-provider-mock` on 127.0.0.1 (discovery, authorize, token, userinfo): two residents sign
  in in two browser contexts and each sees only their own contacts and drafts; a signed-out
  visitor sees a sign-in screen and no data.
* A trusted header from a reverse proxy (OUTREACH_TRUSTED_USER_HEADER): two header values are
  two users; without the setting the header is ignored (the single-user install's `local`).

Each resident's data is written beforehand through the store, under their user id. Skipped,
with the reason, when Chromium or the provider is not installed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.models import Draft, DraftRequest
from assistant.storage import ContactRecord, InteractionRecord, Store
from tests.app.test_browser import CHROMIUM, launch, settled, start_app, wait_healthy
from tests.servers import free_port, stop, wait_until_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Chromium not installed at /usr/bin/chromium (see .ci/run)"),
]

PEOPLE = {  # user id -> (their contact, their draft's subject: inside a closed expander)
    "ana@riverside.org": ("Dr. Amara Okafor", "Thank you from SGIM"),
    "ben@riverside.org": ("Dr. Lee Park", "Following up on ACP"),
    "local": ("Dr. Local Only", "A local draft"),
}


def seed(data_dir: Path) -> None:
    """Each user's contact (with a meeting, so it is due) and a saved draft."""
    settings = Settings(data_dir=data_dir, _env_file=None)
    for user, (contact, subject) in PEOPLE.items():
        store = Store(settings, user)
        cid = store.add_contact(ContactRecord(name=contact, relationship="met_once"))
        store.add_interaction(InteractionRecord(contact_id=cid, date=date.today(), type="met",
                                                event="SGIM 2026"))
        request = DraftRequest(kind="follow_up", contact={"name": contact})
        draft_id = store.save_request(request, contact_id=cid)
        store.save_draft(draft_id, Draft(kind="follow_up", channel="email", subject=subject,
                                         body=f"Dear {contact}, thank you.", engine="offline"))
        store.engine.dispose()


@pytest.fixture
def provider() -> Iterator[str]:
    pytest.importorskip("oidc_provider_mock", reason="oidc-provider-mock is not installed")
    port = free_port()
    claims = [json.dumps({"sub": user.split("@")[0], "email": user, "email_verified": True})
              for user in PEOPLE if "@" in user]
    cmd = [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1", "--port",
           str(port)]
    for claim in claims:
        cmd += ["--user-claims", claim]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        with urllib.request.urlopen(f"{url}/.well-known/openid-configuration", timeout=2) as r:
            return r.status == 200

    try:
        wait_until_ready(ready, proc, "oidc-provider-mock", timeout=60)
        yield url
    finally:
        stop(proc)


def _app(tmp_path: Path, extra_env: dict[str, str] | None = None,
         secrets: str | None = None) -> tuple[subprocess.Popen, str, Path]:
    data = tmp_path / "data"
    seed(data)
    port = free_port()
    if secrets is not None:
        (tmp_path / ".streamlit").mkdir(exist_ok=True)
        (tmp_path / ".streamlit" / "secrets.toml").write_text(
            secrets.replace("{port}", str(port)))
    log = tmp_path / "streamlit.log"
    proc = start_app(data, port, log, extra_env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
    except Exception:
        print(log.read_text(errors="replace")[-3000:])
        stop(proc)
        raise
    return proc, url, log


def _sees(page, url: str, user: str) -> None:  # noqa: ANN001 - Playwright's types
    """On Network and History, this user's contact and draft and no one else's."""
    from playwright.sync_api import expect

    mine, subject = PEOPLE[user]
    page.goto(f"{url}/network")
    expect(page.get_by_role("heading", name="Your network")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("1 of 1 contacts")).to_be_visible(timeout=30_000)
    page.goto(f"{url}/history")
    expect(page.get_by_role("heading", name="History")).to_be_visible(timeout=60_000)
    expect(page.get_by_text(mine, exact=False).first).to_be_visible(timeout=30_000)
    settled(page)  # the absence of the others is read from the finished page
    body = page.locator("body").inner_text()
    for other, (contact, other_subject) in PEOPLE.items():
        if other != user:
            assert contact not in body and other_subject not in body, (user, other)
    page.goto(f"{url}/due")
    expect(page.get_by_text(mine).first).to_be_visible(timeout=60_000)
    settled(page)
    body = page.locator("body").inner_text()
    assert all(contact not in body for other, (contact, _s) in PEOPLE.items() if other != user)


def _signed_out(page, url: str) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    for path in ("", "/network", "/history", "/account"):
        page.goto(f"{url}{path}")
        expect(page.get_by_role("heading", name="Outreach Assistant")).to_be_visible(
            timeout=60_000)
        # the heading renders before the rest of the script: wait for the signed-out notice
        expect(page.locator("body")).to_contain_text(re.compile("not signed in|Sign in"),
                                                     timeout=60_000)
        settled(page)
        body = page.locator("body").inner_text()
        assert all(c not in body and s not in body for c, s in PEOPLE.values()), path


SECRETS = """
[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "a-test-cookie-secret-of-enough-length"
client_id = "outreach-test"
client_secret = "not-a-real-secret"
server_metadata_url = "%s/.well-known/openid-configuration"
"""


def test_openid_connect_sign_in_two_residents(provider: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    proc, url, log = _app(tmp_path, secrets=SECRETS % provider)
    try:
        with sync_playwright() as p:
            browser = launch(p)
            nobody = browser.new_context().new_page()
            _signed_out(nobody, url)
            for user in ("ana@riverside.org", "ben@riverside.org"):
                page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
                page.goto(url)
                page.get_by_role("button", name="Sign in").click()
                page.wait_for_url(f"{provider}/**", timeout=60_000)
                page.locator("input[name=sub]").fill(user.split("@")[0])
                page.get_by_role("button", name="Authorize").click()
                page.wait_for_url(f"{url}/**", timeout=60_000)
                expect(page.get_by_text(f"Signed in as {user}")).to_be_visible(timeout=60_000)
                _sees(page, url, user)
            _signed_out(nobody, url)  # still nothing for the visitor who did not sign in
            browser.close()
    except Exception:
        print(log.read_text(errors="replace")[-3000:])
        raise
    finally:
        stop(proc)


def test_trusted_header_names_the_user_only_when_configured(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    header = "X-Forwarded-User"
    proc, url, log = _app(tmp_path / "proxy", {"OUTREACH_TRUSTED_USER_HEADER": header})
    plain, plain_url, _plain_log = _app(tmp_path / "plain")
    try:
        with sync_playwright() as p:
            browser = launch(p)
            for user in ("ana@riverside.org", "ben@riverside.org"):
                context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                              extra_http_headers={header: user})
                _sees(context.new_page(), url, user)
            _signed_out(browser.new_context().new_page(), url)  # no header: nobody
            # without the setting the header is ignored: the single-user install's `local`
            forged = browser.new_context(viewport={"width": 1400, "height": 1000},
                                         extra_http_headers={header: "ana@riverside.org"})
            _sees(forged.new_page(), plain_url, "local")
            browser.close()
    except Exception:
        print(log.read_text(errors="replace")[-3000:])
        raise
    finally:
        stop(proc)
        stop(plain)
