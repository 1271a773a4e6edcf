"""The drafting service: retrieve → PHI guard → engine → injection guard → checks → revision →
fallback. Engines only compose; every safety step lives here so both engines get the same.

The PHI policy (redaction for a model, fields left out offline) is `assistant.drafting_phi`'s;
this module applies it. Whatever a call finally carries passes the egress gate in
`assistant.egress`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Literal

from assistant.config import Settings, get_settings, scrub_urls
from assistant.drafting_phi import (  # callers and tests name them here
    Protected,
    protect,
    strip_phi_fields,
)
from assistant.engines.base import Composition, Engine, message_text
from assistant.errors import ConfigurationError, InputError, ModelProviderError
from assistant.models import Draft, DraftRequest, Finding, Principle, PrincipleRef
from assistant.text.sentences import split_sentences

EngineChoice = Literal["auto", "offline", "llm"]
BLOCKING = ("error", "warning")

_llm_engines: dict[tuple[Any, ...], Engine] = {}


# --- pieces ------------------------------------------------------------------------------------

def retrieve(request: DraftRequest, settings: Settings, k: int = 8) -> list[Principle]:
    from assistant.retrieval import principles_for

    return principles_for(request, k=k, settings=settings)


def retrieve_or_fallback(request: DraftRequest, settings: Settings,
                         notices: list[str]) -> list[Principle]:
    """A broken or unreachable index must not stop a draft: fall back to the principles that
    serve this kind, straight from knowledge/, and say so."""
    try:
        return retrieve(request, settings)
    except InputError:
        raise
    except Exception as exc:
        from assistant.knowledge import load_principles

        notices.append(f"The principle index could not be searched ({type(exc).__name__}); "
                       "principles were taken from the knowledge files instead.")
        try:
            pool = load_principles(settings.knowledge_dir)
        except Exception:  # no knowledge either: draft without citations rather than fail
            return []
        return [p for p in pool if request.kind in p.kinds][:8]


def run_checks(comp: Composition, request: DraftRequest, settings: Settings) -> list[Finding]:
    """The project's checks plus the guard's own: contact details, suspicious requests and
    numbers or dates the request does not hold (offsets into "Subject: ...\\n\\nbody")."""
    from assistant.checks import check
    from assistant.guard import scan, unsupported

    text = message_text(comp.subject, comp.body)
    findings = check(text, request, kind=request.kind, channel=request.effective_channel,
                     settings=settings)
    return findings + scan(text, request) + unsupported(text, request)


def _guard(comp: Composition, request: DraftRequest, tags: list[str]) -> list[str]:
    """Remove invented contact details, suspicious requests and echoed PHI tags in place;
    return the notice lines."""
    from assistant import guard

    notes: list[str] = []
    body_result = guard.clean(comp.body, request)
    comp.body = body_result.text
    if comp.subject and guard.scan(comp.subject, request):
        comp.subject = None
        notes.append("The model's subject line carried a link, contact detail or request that "
                     "was not yours and was removed.")
    if body_result.removed:
        notes.append(
            "Removed from the draft because the request did not hold them (a link, email, "
            "phone number or a request for money or credentials): "
            + " | ".join(f'"{s}"' for s in body_result.removed))
    if tags:
        ordered = sorted(set(tags), key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(t) for t in ordered))
        if pattern.search(comp.body):
            kept = [line for line in comp.body.split("\n")]
            comp.body = "\n".join(
                " ".join(s for s in split_sentences(line) if not pattern.search(s))
                for line in kept).strip()
            notes.append("Sentences that pointed at redacted health information were removed.")
    return notes


def _cite(ids: list[str], retrieved: list[Principle], settings: Settings) -> list[PrincipleRef]:
    by_id = {p.id: p for p in retrieved}
    refs: list[PrincipleRef] = []
    for pid in dict.fromkeys(ids):
        principle = by_id.get(pid)
        if principle is None:
            try:
                from assistant.retrieval import get_principle

                principle = get_principle(pid, settings)
            except Exception:  # an id the knowledge base does not have is simply not cited
                principle = None
        if principle is not None:
            refs.append(principle.ref())
    return refs


def _weight(findings: list[Finding]) -> tuple[int, int]:
    return (sum(f.severity == "error" for f in findings),
            sum(f.severity == "warning" for f in findings))


def _with_signature(comp: Composition, request: DraftRequest) -> None:
    """The signature is never sent to a model; put it back where the model signed."""
    signature = (request.sender.signature or "").strip()
    name = (request.sender.name or "").strip()
    if not signature or not name or request.effective_channel != "email":
        return
    lines = comp.body.rstrip().split("\n")
    if lines and lines[-1].strip() == name:
        lines[-1] = signature
        comp.body = "\n".join(lines)


# --- engines -----------------------------------------------------------------------------------

def resolve_engine(engine: str, settings: Settings) -> Literal["offline", "llm"]:
    if engine not in ("auto", "offline", "llm"):
        raise InputError(f"unknown engine {engine!r} (expected auto, offline or llm)", "engine")
    if engine == "offline":
        return "offline"
    if engine == "llm":
        if not settings.llm_configured:
            raise ConfigurationError(
                "no language model configured: set OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                "local OpenAI-compatible server)")
        return "llm"
    return "llm" if settings.llm_configured else "offline"


def forget_llm_engines() -> None:
    """Drop the engine kept for the configuration: the next draft reads what the store
    remembers of its server afresh (after "Test the connection" forgot it)."""
    _llm_engines.clear()


def llm_engine(settings: Settings) -> Engine:
    """One engine per configuration, so the client (and its json_schema/tool choice) is reused."""
    from assistant.engines.llm import LLMEngine

    key = (settings.model, settings.openai_base_url, bool(settings.openai_api_key),
           settings.openai_api_key.get_secret_value() if settings.openai_api_key else None,
           settings.request_timeout, settings.max_retries, str(settings.prompts_dir),
           settings.model_context, settings.max_answer_bytes, settings.retry_after_cap,
           settings.draft_deadline, settings.sqlalchemy_url)
    if key not in _llm_engines:
        _llm_engines.clear()
        _llm_engines[key] = LLMEngine(settings)
    return _llm_engines[key]


def _offline(request: DraftRequest, principles: list[Principle], settings: Settings,
             notices: list[str], on_token: Callable[[str], None] | None) -> Composition:
    from assistant.engines.offline import OfflineEngine

    safe = strip_phi_fields(request)
    if safe.withheld:
        notices.append("Left out because it holds protected health information: "
                       + "; ".join(safe.withheld) + ".")
    return OfflineEngine().compose(safe.request, principles, settings, on_token=on_token)


def far_too_long(comp: Composition, request: DraftRequest, settings: Settings) -> str | None:
    """How far a draft is over FAR_OVER times its channel's limit (every word counted, after
    the sign-off too), or None. The length finding already asks for a revision; a draft still
    this long after it is refused rather than shown."""
    from assistant.checks.rules_structure import (
        EMAIL_WORD_LIMIT,
        FAR_OVER,
        LINKEDIN_MESSAGE_WORD_LIMIT,
    )
    from assistant.checks.text import parse_message

    channel = request.effective_channel
    if channel == "linkedin_note":
        limit = settings.linkedin_note_limit
        chars = len(comp.body.strip())
        return (f"{chars} characters, over {FAR_OVER} times the {limit}-character limit"
                if chars > FAR_OVER * limit else None)
    limit = EMAIL_WORD_LIMIT if channel == "email" else LINKEDIN_MESSAGE_WORD_LIMIT
    words = len(parse_message(message_text(comp.subject, comp.body),
                              email=channel == "email").words)
    return (f"{words} words, over {FAR_OVER} times the {limit}-word limit"
            if words > FAR_OVER * limit else None)


def _localise(comp: Composition, request: DraftRequest, tags: list[str]
              ) -> tuple[Composition, list[str]]:
    """The resident's view of a model answer: the signature put back and the guard applied
    against the real request. The model's own answer is left as it was (it may go back to the
    model in a revision round, and the signature is never sent)."""
    local = replace(comp, principle_ids=list(comp.principle_ids), gaps=list(comp.gaps),
                    remarks=list(comp.remarks))
    _with_signature(local, request)
    return local, _guard(local, request, tags)


def _feedback(comp: Composition, safe: Protected, settings: Settings) -> list[Finding]:
    """What a revision round tells the model, computed on its own answer against the redacted
    request, so no finding or suggestion quotes what was withheld from it."""
    seen = replace(comp)
    notes = _guard(seen, safe.request, safe.tags)
    blocking = [f for f in run_checks(seen, safe.request, settings) if f.severity in BLOCKING]
    return blocking + [Finding(code="guard", severity="error", message=n) for n in notes]


def _llm(request: DraftRequest, principles: list[Principle], settings: Settings,
         notices: list[str], on_token: Callable[[str], None] | None) -> Composition:
    """Every call goes through the engine, whose messages pass the egress gate
    (`assistant.egress`); findings shown to the resident are computed on the local view."""
    engine = llm_engine(settings)
    safe = protect(request)
    raw = engine.compose(safe.request, principles, settings, on_token=on_token)
    notices.extend(raw.remarks)
    first, guard_notes = _localise(raw, request, safe.tags)
    findings = run_checks(first, request, settings)
    best, best_notes = first, guard_notes
    blocking = [f for f in findings if f.severity in BLOCKING]
    feedback = _feedback(raw, safe, settings)
    if blocking or guard_notes or feedback:
        try:
            second_raw = engine.compose(safe.request, principles, settings,
                                        feedback=feedback or blocking, previous=raw)
        except ModelProviderError as exc:  # keep the first answer; its findings are shown
            failed = scrub_urls(str(exc))
            best_notes = [*guard_notes, f"The model's revision round failed ({failed}); this is "
                                        "its first draft."]
        else:
            second, second_notes = _localise(second_raw, request, safe.tags)
            if _weight(run_checks(second, request, settings)) <= _weight(findings):
                best, best_notes = second, second_notes
    too_long = far_too_long(best, request, settings)
    if too_long:
        raise ModelProviderError(f"the model's draft was {too_long} even after a revision "
                                 "round, so it was not used")
    known = {p.id for p in principles}  # a model can only have followed what it was shown
    best.principle_ids = [pid for pid in best.principle_ids if pid in known]
    if safe.withheld:
        notices.append("Protected health information was redacted before the model saw the "
                       "request: " + "; ".join(safe.withheld) + ".")
    notices.extend(best_notes)
    return best


def draft(request: DraftRequest, engine: EngineChoice | str = "auto",
          settings: Settings | None = None,
          on_token: Callable[[str], None] | None = None) -> Draft:
    """Draft one message. `on_token` receives body text as the LLM engine writes it (the
    returned Draft is the final, checked version)."""
    settings = settings or get_settings()
    chosen = resolve_engine(engine, settings)
    if chosen == "llm":
        from assistant.engines.llm_warm import start

        start(settings, remembered=False)  # the server reads the rules while we load
    notices: list[str] = []
    principles = retrieve_or_fallback(request, settings, notices)
    used: Literal["offline", "llm"] = chosen
    if chosen == "llm":
        from assistant.engines.llm_deadline import draft_deadline

        try:
            with draft_deadline(settings.draft_deadline):  # first answer, retries, revision
                comp = _llm(request, principles, settings, notices, on_token)
        except (ModelProviderError, ConfigurationError) as exc:
            if engine == "llm":
                raise
            notices.append(f"The language model was not used ({scrub_urls(str(exc))}); this "
                           "draft comes from the offline engine.")
            used = "offline"
            comp = _offline(request, principles, settings, notices, on_token)
    else:
        comp = _offline(request, principles, settings, notices, on_token)
    if used == "offline":
        from assistant.drafting_withhold import withhold_composed

        notices.extend(_guard(comp, request, []))
        notices.extend(withhold_composed(comp, request))  # the composed draft read again
    notices.extend(comp.remarks)
    if comp.gaps:
        notices.append("To make it stronger, add " + "; ".join(comp.gaps) + ".")
    findings = run_checks(comp, request, settings)
    return Draft(
        kind=request.kind, channel=request.effective_channel, subject=comp.subject,
        body=comp.body, engine=used, principles=_cite(comp.principle_ids, principles, settings),
        findings=findings, notice=" ".join(dict.fromkeys(notices)) or None,  # each notice once
    )
