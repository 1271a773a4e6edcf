#!/usr/bin/env python3
"""Blind evaluation of an Outreach Assistant checkout.

    python set1 (benchmarks/blind/set1)/run.py REPO [--verbose] [--details FILE]

--verbose prints every miss, false alarm and draft; --details FILE writes them to FILE and
keeps stdout to the figures.

Runs REPO's CLI (REPO/.venv/bin/outreach, else REPO/.venv/bin/python -m assistant) as a
subprocess on the three blind sets beside this file and prints:

PHI (phi.jsonl, one batch call `outreach phi --jsonl`):
  element recall = share of gold spans overlapped by a finding (any type, any severity; also
  with the same type, and with error-severity findings only); text recall = share of PHI texts
  with every span found; look-alikes flagged = share of look-alike texts with any finding
  (either severity), and with an error finding.
Checks (checks.yaml, `outreach check FILE [--context REQ | --kind K --channel C] --json`):
  must-code recall = share of flawed messages whose code is reported (any severity; also at
  warning/error); clean-left-clean = share of well-written messages with no warning or error.
Drafting (drafting.jsonl, `outreach draft REQ --engine offline --json`):
  per request: exit code, own checks clean (no warning/error finding in the draft), facts kept
  (`keep`, case-insensitive), forbidden strings absent (`avoid`, whole word, case-sensitive,
  e-mail/URL addresses aside), no third person about the reader (pronoun or the contact's
  surname outside the salutation and quotes), no placeholder, no deferred ask ("I'll ask
  if..."), length/limit (email/LinkedIn
  message body <= 200 words; LinkedIn note <= 200 characters on the free tier, not cut
  mid-sentence). Pass = all of them.

The product runs with no model configured (OPENAI_* removed), its data directory in a scratch
folder under set1 (benchmarks/blind/set1)/.tmp (nothing is written into REPO), the free LinkedIn tier, and the
repository's own knowledge folder.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml  # PyYAML (present in the product's venv and most Pythons)

HERE = Path(__file__).resolve().parent
NOTE_LIMIT, EMAIL_WORDS = 200, 200
DETAIL = "\x1e"  # marks a line shown only with --verbose / --details


# ---------------------------------------------------------------- running the product
def cli(repo: Path) -> list[str]:
    exe = repo / ".venv" / "bin" / "outreach"
    if exe.exists():
        return [str(exe)]
    return [str(repo / ".venv" / "bin" / "python"), "-m", "assistant"]


def environment(repo: Path) -> tuple[dict[str, str], Path]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "OUTREACH_", "DATABASE_URL"))}
    tag = hashlib.sha1(str(repo).encode()).hexdigest()[:10]
    scratch = HERE / ".tmp" / f"run-{tag}"
    (scratch / "data").mkdir(parents=True, exist_ok=True)
    env["OUTREACH_DATA_DIR"] = str(scratch / "data")
    if (repo / "knowledge").is_dir():
        env["OUTREACH_KNOWLEDGE_DIR"] = str(repo / "knowledge")
    env["OUTREACH_LINKEDIN_TIER"] = "free"
    env["PYTHONIOENCODING"] = "utf-8"
    return env, scratch


def call(cmd: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None,
         timeout: float = 120) -> tuple[int, str, str]:
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env,
                           cwd=cwd, timeout=timeout, encoding="utf-8")
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -9, "", "timeout"


# ---------------------------------------------------------------- PHI
def run_phi(base: list[str], env, cwd, verbose: bool) -> list[str]:
    items = [json.loads(line) for line in (HERE / "phi.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    batch = "".join(json.dumps({"text": it["text"]}, ensure_ascii=False) + "\n" for it in items)
    t0 = time.time()
    rc, out, err = call(base + ["phi", "--jsonl", "-"], env, cwd, stdin=batch)
    secs = time.time() - t0
    lines = [line for line in out.splitlines() if line.strip()]
    if rc != 0 or len(lines) != len(items):
        # fall back to one call per text
        lines = []
        for it in items:
            r, o, e = call(base + ["phi", "-", "--json"], env, cwd, stdin=it["text"])
            lines.append(o.strip() if r == 0 and o.strip() else json.dumps({"findings": [],
                                                                            "error": e}))
    report = [f"== PHI ({len(items)} texts; batch call {secs:.1f}s, exit {rc})"]
    gold = hit_any = hit_type = hit_err = 0
    texts = texts_all = 0
    neg = neg_any = neg_err = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_ctx: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    neg_by_ctx: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, flagged = [], []
    sev_counter: Counter = Counter()
    for it, line in zip(items, lines):
        try:
            found = json.loads(line).get("findings", [])
        except json.JSONDecodeError:
            found = []
        for f in found:
            sev_counter[f.get("severity", "?")] += 1
        if it["kind"] == "phi":
            texts += 1
            all_found = True
            for s in it["spans"]:
                gold += 1
                ov = [f for f in found if f["start"] < s["end"] and s["start"] < f["end"]]
                by_type[s["type"]][1] += 1
                by_ctx[it["context"]][1] += 1
                if ov:
                    hit_any += 1
                    by_type[s["type"]][0] += 1
                    by_ctx[it["context"]][0] += 1
                else:
                    all_found = False
                    misses.append(f"{it['id']} {s['type']} {s['text']!r}")
                if any(f["type"] == s["type"] for f in ov):
                    hit_type += 1
                if any(f.get("severity", "error") == "error" for f in ov):
                    hit_err += 1
            texts_all += all_found
        else:
            neg += 1
            neg_by_ctx[it["context"]][1] += 1
            if found:
                neg_any += 1
                neg_by_ctx[it["context"]][0] += 1
                flagged.append(f"{it['id']} " + ", ".join(
                    f"{f['type']}/{f.get('severity', '?')} {f['text']!r}" for f in found))
            if any(f.get("severity", "error") == "error" for f in found):
                neg_err += 1
    pct = lambda a, b: f"{a}/{b} = {a / b:.3f}" if b else "n/a"  # noqa: E731
    report += [
        f"PHI texts: {texts}, gold spans: {gold}; look-alikes: {neg}",
        f"element recall (any finding overlaps): {pct(hit_any, gold)}",
        f"element recall (same type):            {pct(hit_type, gold)}",
        f"element recall (error severity only):  {pct(hit_err, gold)}",
        f"text recall (every span found):        {pct(texts_all, texts)}",
        f"look-alikes flagged (any severity):    {pct(neg_any, neg)}",
        f"look-alikes flagged (error only):      {pct(neg_err, neg)}",
        "recall by type: " + ", ".join(f"{t} {h}/{n}" for t, (h, n) in sorted(by_type.items())),
        "recall by context: " + ", ".join(f"{c} {h}/{n}" for c, (h, n) in sorted(by_ctx.items())),
        "look-alikes flagged by context: " + ", ".join(
            f"{c} {h}/{n}" for c, (h, n) in sorted(neg_by_ctx.items())),
        "finding severities: " + ", ".join(f"{k} {v}" for k, v in sorted(sev_counter.items())),
    ]
    if verbose:
        report += [DETAIL + "missed spans:"] + [DETAIL + f"  {m}" for m in misses]
        report += [DETAIL + "flagged look-alikes:"] + [DETAIL + f"  {m}" for m in flagged]
    return report


# ---------------------------------------------------------------- checks
def _merge(base: dict, extra: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in extra.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) \
            else copy.deepcopy(v)
    return out


def run_checks(base: list[str], env, cwd: Path, verbose: bool) -> list[str]:
    raw = yaml.safe_load((HERE / "checks.yaml").read_text("utf-8"))
    contexts = raw["contexts"]
    work = cwd / "checks"
    work.mkdir(exist_ok=True)
    jobs = []
    for c in raw["cases"]:
        request = None
        if c.get("ctx") not in (None, "none"):
            request = _merge(contexts[c["ctx"]], c.get("request") or {})
        elif c.get("request"):
            request = copy.deepcopy(c["request"])
        msg = work / f"{c['id']}.txt"
        msg.write_text(c["text"], encoding="utf-8")
        cmd = base + ["check", str(msg), "--json"]
        if request is not None:
            if c.get("kind"):
                request["kind"] = c["kind"]
            if c.get("channel"):
                request["channel"] = c["channel"]
            req = work / f"{c['id']}.json"
            req.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
            cmd += ["--context", str(req)]
        else:
            if c.get("kind"):
                cmd += ["--kind", c["kind"]]
            if c.get("channel"):
                cmd += ["--channel", c["channel"]]
        jobs.append((c, cmd))
    t0 = time.time()
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda j: call(j[1], env, cwd), jobs))
    secs = time.time() - t0
    pairs = caught = caught_we = clean = clean_ok = errors = 0
    per_code: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, alarms, failures = [], [], []
    for (c, _), (rc, out, err) in zip(jobs, results):
        try:
            findings = json.loads(out)["findings"] if rc == 0 else []
        except (json.JSONDecodeError, KeyError):
            findings = []
            rc = rc or -1
        if rc != 0:
            errors += 1
            failures.append(f"{c['id']}: exit {rc} {err.strip()[:120]}")
        if c["codes"]:
            for code in c["codes"]:
                pairs += 1
                per_code[code][1] += 1
                said = [f for f in findings if f["code"] == code]
                if said:
                    caught += 1
                    per_code[code][0] += 1
                else:
                    misses.append(f"{c['id']} wants {code}; got " + (", ".join(
                        f"{f['code']}/{f['severity']}" for f in findings
                        if f["severity"] != "info") or "nothing"))
                if any(f["severity"] in ("warning", "error") for f in said):
                    caught_we += 1
        else:
            clean += 1
            bad = [f for f in findings if f["severity"] in ("warning", "error")]
            if bad or rc != 0:
                alarms.append(f"{c['id']}: " + "; ".join(
                    f"{f['code']}/{f['severity']}: {f['message'][:90]}" for f in bad))
            else:
                clean_ok += 1
    pct = lambda a, b: f"{a}/{b} = {a / b:.3f}" if b else "n/a"  # noqa: E731
    report = [f"== Checks ({len(jobs)} messages; {secs:.1f}s; {errors} calls failed)",
              f"must-code recall (any severity):      {pct(caught, pairs)}",
              f"must-code recall (warning or error):  {pct(caught_we, pairs)}",
              f"clean-left-clean (no warning/error):  {pct(clean_ok, clean)}",
              "recall by code: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in
                                            sorted(per_code.items()))]
    report += [f"  call failure: {f}" for f in failures]
    if verbose:
        report += [DETAIL + "missed:"] + [DETAIL + f"  {m}" for m in misses]
        report += [DETAIL + "false alarms:"] + [DETAIL + f"  {m}" for m in alarms]
    return report


# ---------------------------------------------------------------- drafting
ADDRESS = re.compile(r"\S+@\S+|https?://\S+")
THIRD = re.compile(r"\b(he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
DEFERRED = re.compile(r"\b(I'll|I will|I am going to|I'm going to|willing to|open to|happy to)"
                      r" ask\b|\bask (if|whether) (he|she)\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\[[^\]\n]{0,60}\]|\{[^}\n]{0,60}\}|<[^>\n]{0,60}>|\bXX+\b|\bTBD\b|_{3,}", re.IGNORECASE)


def _norm(t: str) -> str:
    return t.replace("’", "'").replace("‘", "'")


def _without_greeting(body: str) -> str:
    lines = body.split("\n", 1)
    if len(lines) == 2 and len(lines[0]) < 60 and lines[0].rstrip().endswith((",", ":", "!")):
        return lines[1]
    return re.sub(r"^(?:[^,.!?\n]|\b(?:Dr|Drs|Mr|Ms|Mrs|Prof)\.){0,40}[,!]\s*", "", body, count=1)


def third_person(body: str, contact_name: str) -> list[str]:
    rest = _without_greeting(body)
    rest = re.sub(r"[\"“][^\"”]*[\"”]", "", rest)
    found = [m.group(0) for m in THIRD.finditer(rest)]
    name = (contact_name or "").strip()
    if name:
        last = name.split()[-1].strip(",.")
        if len(last) > 1 and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", rest, re.IGNORECASE):
            found.append(last)
    return found


def _avoid_pattern(a: str) -> str:
    """Whole word, case-sensitive; a boundary only on a side that is a word character, so
    "!!" or "???" is found right after a word."""
    head = r"(?<![\w'])" if re.match(r"\w", a) else ""
    tail = r"(?![\w'])" if re.search(r"\w$", a) else ""
    return head + re.escape(a) + tail


def judge(item: dict, rc: int, out: str, err: str) -> dict:
    res = {"id": item["id"], "kind": item["kind"], "exit": rc, "fails": []}
    if rc != 0:
        res["fails"].append(f"exit {rc}: {err.strip()[:150]}")
        return res
    try:
        d = json.loads(out)
    except json.JSONDecodeError:
        res["fails"].append("output is not JSON")
        return res
    body, subject = d.get("body") or "", d.get("subject") or ""
    res["draft"] = (f"[{subject}]\n" if subject else "") + body
    text = _norm(f"{subject}\n{body}")
    bad = [f"{f['code']}/{f['severity']}" for f in d.get("findings", [])
           if f.get("severity") in ("warning", "error")]
    res["checks_clean"] = not bad
    if bad:
        res["fails"].append("own checks: " + ", ".join(bad))
    missing = [k for k in item["keep"] if _norm(k).lower() not in text.lower()]
    res["facts_kept"] = not missing
    if missing:
        res["fails"].append("missing " + ", ".join(repr(k) for k in missing))
    plain = ADDRESS.sub(" ", text)
    hits = [a for a in item["avoid"] if re.search(_avoid_pattern(_norm(a)), plain)]
    res["no_forbidden"] = not hits
    if hits:
        res["fails"].append("contains " + ", ".join(repr(a) for a in hits))
    third = third_person(body, item["request"].get("contact", {}).get("name", ""))
    res["no_third_person"] = not third
    if third:
        res["fails"].append("third person " + ", ".join(repr(t) for t in third))
    ph = [m.group(0) for m in PLACEHOLDER.finditer(text)]
    res["no_placeholder"] = not ph
    if ph:
        res["fails"].append("placeholder " + ", ".join(repr(p) for p in ph))
    deferred = [m.group(0) for m in DEFERRED.finditer(body)]
    res["no_deferred_ask"] = not deferred
    if deferred:
        res["fails"].append("deferred ask " + ", ".join(repr(x) for x in deferred))
    channel = d.get("channel")
    if channel == "linkedin_note":
        if len(body) > NOTE_LIMIT:
            res["fails"].append(f"note over {NOTE_LIMIT} characters ({len(body)})")
        if body.rstrip() and body.rstrip()[-1].isalpha():
            res["fails"].append("note cut mid-sentence")
    elif len(re.findall(r"\S+", body)) > EMAIL_WORDS:
        res["fails"].append(f"body over {EMAIL_WORDS} words")
    return res


def run_drafting(base: list[str], env, cwd: Path, verbose: bool) -> list[str]:
    items = [json.loads(line) for line in (HERE / "drafting.jsonl").read_text("utf-8")
             .splitlines() if line.strip()]
    work = cwd / "drafts"
    work.mkdir(exist_ok=True)
    jobs = []
    for it in items:
        f = work / f"{it['id']}.json"
        f.write_text(json.dumps(it["request"], ensure_ascii=False), encoding="utf-8")
        jobs.append((it, base + ["draft", str(f), "--engine", "offline", "--json"]))
    # warm the index once before the parallel calls
    call(jobs[0][1], env, cwd, timeout=300)
    t0 = time.time()
    with ThreadPoolExecutor(4) as pool:
        raw = list(pool.map(lambda j: call(j[1], env, cwd, timeout=180), jobs))
    secs = time.time() - t0
    results = [judge(it, *r) for (it, _), r in zip(jobs, raw)]
    n = len(results)
    count = lambda key: sum(1 for r in results if r.get(key))  # noqa: E731
    passed = [r for r in results if not r["fails"]]
    report = [f"== Drafting ({n} requests, offline engine; {secs:.1f}s)",
              f"exit 0:                      {sum(r['exit'] == 0 for r in results)}/{n}",
              f"own checks clean:            {count('checks_clean')}/{n}",
              f"facts kept:                  {count('facts_kept')}/{n}",
              f"no forbidden strings:        {count('no_forbidden')}/{n}",
              f"no third person to reader:   {count('no_third_person')}/{n}",
              f"no placeholder:              {count('no_placeholder')}/{n}",
              f"no deferred ask:             {count('no_deferred_ask')}/{n}",
              f"PASS RATE:                   {len(passed)}/{n} = {len(passed) / n:.3f}"]
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        by_kind[r["kind"]][1] += 1
        by_kind[r["kind"]][0] += not r["fails"]
    report.append("pass by kind: " + ", ".join(f"{k} {p}/{t}" for k, (p, t) in
                                               sorted(by_kind.items())))
    report.append("per request:")
    for r in results:
        report.append(f"  {r['id']:<22} exit {r['exit']}  " +
                      ("PASS" if not r["fails"] else "FAIL: " + "; ".join(r["fails"])))
        if verbose and r.get("draft"):
            report += [DETAIL + "      " + line for line in r["draft"].splitlines()]
    return report


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    repo = Path(argv[0]).resolve()
    show = "--verbose" in argv or "-v" in argv
    details = None
    if "--details" in argv:
        details = open(argv[argv.index("--details") + 1], "w", encoding="utf-8")
    verbose = show or details is not None

    def emit(line: str) -> None:
        is_detail = line.startswith(DETAIL)
        line = line.lstrip(DETAIL)
        if details is not None:
            details.write(line + "\n")
            details.flush()
        if show or not is_detail:
            print(line, flush=True)
    base = cli(repo)
    env, scratch = environment(repo)
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True).stdout.strip()
    emit(f"# blind evaluation of {repo} (commit {head or '?'}) at "
         f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}")
    emit(f"# CLI: {' '.join(base)}")
    t0 = time.time()
    with tempfile.TemporaryDirectory(dir=scratch) as tmp:
        cwd = Path(tmp)
        for part in (run_phi, run_checks, run_drafting):
            for line in part(base, env, cwd, verbose):
                emit(line)
            emit("")
    emit(f"# total {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
