"""Blind evaluation of an Outreach Assistant checkout, through its command line only: the
runner that sets 2 and 3 share (each set's run.py calls it; set1 keeps its own).

    python benchmarks/blind/setN/run.py REPO [--details FILE] [--jobs N] [--only phi,checks,drafting]

Runs REPO/.venv/bin/python -m assistant with no language model configured (OPENAI_* and
OUTREACH_MODEL removed, drafts with --engine offline), in a scratch data dir
(OUTREACH_DATA_DIR), from a scratch working directory (so no project .env is read), on the
free LinkedIn tier (OUTREACH_LINKEDIN_TIER=free: 200-character notes, the product default).

Sets (the directory of the run.py that was called; "set3" is named blind3): phi.jsonl (patient identifiers with spans + look-alikes),
checks.yaml (well-written messages + one-flaw messages), drafting.jsonl (draft requests with
`keep` / `avoid`, mirroring tests/drafting/rubric.py).

Metrics
- PHI: element recall = labelled spans overlapped by any finding (any severity), also by a
  finding of severity error; look-alikes flagged = look-alike texts with >= 1 finding (any
  severity), also with >= 1 error finding. Batch mode (`phi --jsonl`).
- Checks: must-code recall = flawed messages whose code is reported at severity warning or
  error; clean-left-clean = well-written messages with no warning/error finding.
- Drafting: a draft passes when every criterion holds: exit 0, own checks clean (no
  warning/error finding in the draft), facts kept, no forbidden strings, no third person about
  the reader, no placeholder, no deferred ask, within the limit (note 200 chars / 200 words).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(sys.argv[0]).resolve().parent  # the set: the folder of the run.py called
NAME = "blind" + HERE.name.removeprefix("set")

try:
    import yaml
except ImportError:  # fall back to the checkout's interpreter, which has PyYAML
    if len(sys.argv) > 1 and not os.environ.get("BLIND_REEXEC"):
        os.environ["BLIND_REEXEC"] = "1"
        py = Path(sys.argv[1]).resolve() / ".venv" / "bin" / "python"
        os.execv(str(py), [str(py), sys.argv[0], *sys.argv[1:]])
    raise

NOTE_LIMIT, EMAIL_WORDS = 200, 200
BAD = ("warning", "error")


# ------------------------------------------------------------------------------ running
class Runner:
    def __init__(self, repo: Path, scratch: Path):
        self.py = str(repo / ".venv" / "bin" / "python")
        self.scratch = scratch
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("OPENAI_", "OUTREACH_", "CHROMA_")) and k != "DATABASE_URL"}
        env.update({"OUTREACH_DATA_DIR": str(scratch / "data"), "OUTREACH_USER": NAME,
                    "OUTREACH_LINKEDIN_TIER": "free", "PYTHONIOENCODING": "utf-8",
                    "TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "1"})
        self.env = env

    def run(self, args: list[str], stdin: str | None = None, timeout: int = 300):
        t = time.time()
        try:
            p = subprocess.run([self.py, "-m", "assistant", *args], input=stdin, text=True,
                               capture_output=True, cwd=self.scratch, env=self.env,
                               timeout=timeout, encoding="utf-8")
            return p.returncode, p.stdout, p.stderr, time.time() - t
        except subprocess.TimeoutExpired:
            return -9, "", "timeout", time.time() - t


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


# ------------------------------------------------------------------------------ PHI
def eval_phi(r: Runner, out: list[str]) -> list[str]:
    items = [json.loads(x) for x in (HERE / "phi.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    batch = r.scratch / "phi_in.jsonl"
    batch.write_text("".join(json.dumps({"text": i["text"]}, ensure_ascii=False) + "\n"
                             for i in items), encoding="utf-8")
    rc, so, se, secs = r.run(["phi", "--jsonl", str(batch)], timeout=900)
    lines = [x for x in so.splitlines() if x.strip()]
    det = [f"# PHI batch: exit {rc}, {len(lines)} result lines for {len(items)} texts, {secs:.1f}s"]
    if rc != 0 or len(lines) != len(items):
        det.append(f"  stderr: {se.strip()[:500]}")
        out.append(f"PHI: batch failed (exit {rc}, {len(lines)}/{len(items)} lines): {se.strip()[:200]}")
        return det
    res = [json.loads(x).get("findings", []) for x in lines]
    pos = [(i, f) for i, f in zip(items, res) if i["spans"]]
    neg = [(i, f) for i, f in zip(items, res) if not i["spans"]]
    n_sp = hit_any = hit_err = hit_type = 0
    items_full = 0
    extra = 0
    per_type: dict[str, list[int]] = {}
    det.append("\n## PHI: positive items (labelled spans)")
    for it, fs in pos:
        full = True
        notes = []
        for sp in it["spans"]:
            n_sp += 1
            m = [f for f in fs if overlaps(sp["start"], sp["end"], f["start"], f["end"])]
            a = bool(m)
            e = any(f.get("severity", "error") == "error" for f in m)
            ty = any(f["type"] == sp["type"] for f in m)
            hit_any += a; hit_err += e; hit_type += ty
            pt = per_type.setdefault(sp["type"], [0, 0]); pt[0] += a; pt[1] += 1
            full &= a
            sev = ",".join(sorted({f.get("severity", "error") for f in m})) or "-"
            notes.append(f"{sp['type']} {sp['text']!r}: {'FOUND' if a else 'MISSED'}"
                         f"{'' if not a else f' ({sev}; types ' + ','.join(sorted({f['type'] for f in m})) + ')'}")
        for f in fs:
            if not any(overlaps(sp["start"], sp["end"], f["start"], f["end"]) for sp in it["spans"]):
                extra += 1
                notes.append(f"extra finding {f['type']} {f['text']!r} ({f.get('severity')})")
        items_full += full
        det.append(f"- {it['id']} [{it['context']}] {'ok' if full else 'MISS'}: {it['text']!r}")
        det += [f"    {n}" for n in notes]
    flag_any = flag_err = 0
    det.append("\n## PHI: look-alikes (must not be flagged)")
    for it, fs in neg:
        a = bool(fs)
        e = any(f.get("severity", "error") == "error" for f in fs)
        flag_any += a; flag_err += e
        tag = "FLAGGED" if a else "clean"
        det.append(f"- {it['id']} [{it['context']}] {tag}: {it['text']!r}")
        det += [f"    {f['type']} {f['text']!r} ({f.get('severity')})" for f in fs]
    P, N = len(pos), len(neg)
    out.append(f"PHI ({P} texts with {n_sp} labelled spans, {N} look-alikes; batch {secs:.1f}s)")
    out.append(f"  element recall, any severity : {hit_any}/{n_sp} = {hit_any / n_sp:.3f}")
    out.append(f"  element recall, error only   : {hit_err}/{n_sp} = {hit_err / n_sp:.3f}")
    out.append(f"  element recall, type right   : {hit_type}/{n_sp} = {hit_type / n_sp:.3f}")
    out.append(f"  texts with every span found  : {items_full}/{P}")
    out.append(f"  look-alikes flagged, any sev.: {flag_any}/{N} = {100 * flag_any / N:.1f} %")
    out.append(f"  look-alikes flagged, error   : {flag_err}/{N} = {100 * flag_err / N:.1f} %")
    out.append(f"  findings outside labelled spans in positive texts: {extra}")
    out.append("  recall by type: " + ", ".join(f"{t} {a}/{n}" for t, (a, n) in sorted(per_type.items())))
    return det


# ------------------------------------------------------------------------------ checks
def merge(base: dict, over: dict) -> dict:
    outd = json.loads(json.dumps(base))
    for k, v in (over or {}).items():
        if isinstance(v, dict) and isinstance(outd.get(k), dict):
            outd[k] = {**outd[k], **v}
        else:
            outd[k] = v
    return outd


def eval_checks(r: Runner, jobs: int, out: list[str]) -> list[str]:
    data = yaml.safe_load((HERE / "checks.yaml").read_text(encoding="utf-8"))
    ctxs = data["contexts"]
    cases = data["cases"]
    d = r.scratch / "checks"; d.mkdir(exist_ok=True)

    def one(c):
        msg = d / f"{c['id']}.txt"
        msg.write_text(c["text"], encoding="utf-8")
        args = ["check", str(msg), "--json"]
        if c["ctx"] != "none":
            req = merge(ctxs[c["ctx"]], c.get("request") or {})
            cp = d / f"{c['id']}.json"
            cp.write_text(json.dumps(req, ensure_ascii=False), encoding="utf-8")
            args += ["--context", str(cp)]
        if c.get("kind"):
            args += ["--kind", c["kind"]]
        if c.get("channel"):
            args += ["--channel", c["channel"]]
        rc, so, se, secs = r.run(args, timeout=120)
        try:
            fs = json.loads(so)["findings"]
        except Exception:
            fs = None
        return c, rc, fs, se

    with ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(one, cases))
    det = ["\n## Checks"]
    good = [x for x in results if not x[0]["codes"]]
    bad = [x for x in results if x[0]["codes"]]
    clean = caught = caught_any = errors = 0
    by_code: dict[str, list[int]] = {}
    for c, rc, fs, se in good:
        if rc != 0 or fs is None:
            errors += 1
            det.append(f"- {c['id']} (well-written) EXIT {rc}: {se.strip()[:200]}")
            continue
        bads = [f for f in fs if f["severity"] in BAD]
        clean += not bads
        det.append(f"- {c['id']} (well-written) {'clean' if not bads else 'FALSE ALARM'}")
        for f in bads:
            q = c["text"][f["start"]:f["end"]] if f.get("start") is not None else ""
            det.append(f"    {f['code']} ({f['severity']}) {q!r}: {f['message'][:140]}")
        if bads:
            det.append("    text: " + repr(c["text"]))
    for c, rc, fs, se in bad:
        code = c["codes"][0]
        bc = by_code.setdefault(code, [0, 0]); bc[1] += 1
        if rc != 0 or fs is None:
            errors += 1
            det.append(f"- {c['id']} (must raise {code}) EXIT {rc}: {se.strip()[:200]}")
            continue
        hit = any(f["code"] == code and f["severity"] in BAD for f in fs)
        hit_any = any(f["code"] == code for f in fs)
        caught += hit; caught_any += hit_any; bc[0] += hit
        got = ", ".join(f"{f['code']}({f['severity'][0]})" for f in fs
                        if f["code"] not in ("word_count", "readability")) or "nothing"
        det.append(f"- {c['id']} (must raise {code}) {'caught' if hit else 'MISSED'}; got: {got}")
        if not hit:
            det.append("    text: " + repr(c["text"]))
    G, B = len(good), len(bad)
    out.append(f"Checks ({G} well-written, {B} flawed)")
    out.append(f"  must-code recall (warning/error): {caught}/{B} = {caught / B:.3f}")
    out.append(f"  must-code recall (any severity) : {caught_any}/{B} = {caught_any / B:.3f}")
    out.append(f"  clean-left-clean                : {clean}/{G} = {clean / G:.3f}")
    out.append(f"  runs that did not exit 0 with JSON: {errors}")
    out.append("  recall by code: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_code.items())))
    return det


# ------------------------------------------------------------------------------ drafting
ADDRESS = re.compile(r"\S+@\S+|https?://\S+")
THIRD = re.compile(r"\b(he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
DEFERRED = re.compile(r"\b(I'll|I will|I am going to|I'm going to|willing to|open to|happy to)"
                      r" ask\b|\bask (if|whether) (he|she)\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>@\n]{1,40}>|\bX{2,}\b|\bTBD\b|_{3,}")
CRITERIA = ["exit 0", "own checks clean", "facts kept", "no forbidden strings",
            "no third person about the reader", "no placeholder", "no deferred ask", "within limit"]


def _norm(t: str) -> str:
    return t.replace("\u2019", "'").replace("\u2018", "'")


def _without_greeting(body: str) -> str:
    lines = body.split("\n", 1)
    if len(lines) == 2 and len(lines[0]) < 60 and lines[0].rstrip().endswith((",", ":", "!")):
        return lines[1]
    return re.sub(r"^(?:[^,.!?\n]|\b(?:Dr|Drs|Mr|Ms|Mrs|Prof)\.){0,40}[,!]\s*", "", body, count=1)


def third_person(body: str, contact_name: str) -> list[str]:
    rest = _without_greeting(body)
    rest = re.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]", "", rest)
    found = [m.group(0) for m in THIRD.finditer(rest)]
    name = (contact_name or "").strip()
    if name:
        last = name.split()[-1].strip(",.")
        if len(last) > 1 and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", rest, re.IGNORECASE):
            found.append(last)
    return found


def judge(entry: dict, rc: int, d: dict | None, se: str) -> dict[str, list[str]]:
    fails: dict[str, list[str]] = {k: [] for k in CRITERIA}
    if rc != 0 or d is None:
        fails["exit 0"].append(f"exit {rc}: {se.strip()[:160]}")
        for k in CRITERIA[1:]:
            fails[k].append("no draft")
        return fails
    subject, body = d.get("subject") or "", d.get("body") or ""
    text = _norm(f"{subject}\n{body}")
    low = text.lower()
    fails["facts kept"] = [f"missing {k!r}" for k in entry["keep"] if _norm(k).lower() not in low]
    plain = ADDRESS.sub(" ", text)
    fails["no forbidden strings"] = [f"contains {a!r}" for a in entry["avoid"]
                                     if re.search(rf"(?<![\w']){re.escape(_norm(a))}(?![\w'])", plain)]
    fails["no third person about the reader"] = [
        f"third person {x!r}" for x in third_person(body, entry["request"].get("contact", {}).get("name", ""))]
    fails["no deferred ask"] = [f"deferred ask {m.group(0)!r}" for m in DEFERRED.finditer(body)]
    fails["no placeholder"] = [f"placeholder {m.group(0)!r}" for m in PLACEHOLDER.finditer(text)]
    fails["own checks clean"] = [f"finding {f['code']} ({f['severity']}): {f['message'][:90]}"
                                 for f in d.get("findings", []) if f["severity"] in BAD]
    lim = []
    if d.get("channel") == "linkedin_note":
        if len(body) > NOTE_LIMIT:
            lim.append(f"note over {NOTE_LIMIT} characters ({len(body)})")
        if body.rstrip() and body.rstrip()[-1].isalpha():
            lim.append("note cut mid-sentence")
    elif len(re.findall(r"\S+", body)) > EMAIL_WORDS:
        lim.append(f"over {EMAIL_WORDS} words")
    fails["within limit"] = lim
    return fails


def eval_drafting(r: Runner, jobs: int, out: list[str]) -> list[str]:
    entries = [json.loads(x) for x in (HERE / "drafting.jsonl").read_text(encoding="utf-8").splitlines()
               if x.strip()]
    d = r.scratch / "drafts"; d.mkdir(exist_ok=True)
    rc, so, se, secs = r.run(["index"], timeout=900)
    det = [f"\n## Drafting (index build: exit {rc}, {secs:.1f}s{'; ' + se.strip()[:200] if rc else ''})"]

    def one(e):
        p = d / f"{e['id']}.json"
        p.write_text(json.dumps(e["request"], ensure_ascii=False), encoding="utf-8")
        rc, so, se, secs = r.run(["draft", str(p), "--engine", "offline", "--json"], timeout=300)
        try:
            dr = json.loads(so)
        except Exception:
            dr = None
        return e, rc, dr, se, secs

    with ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(one, entries))
    counts = {k: 0 for k in CRITERIA}
    passed = 0
    by_kind: dict[str, list[int]] = {}
    times = []
    for e, rc, dr, se, secs in results:
        times.append(secs)
        f = judge(e, rc, dr, se)
        ok = not any(f.values())
        passed += ok
        bk = by_kind.setdefault(e["request"]["kind"], [0, 0]); bk[0] += ok; bk[1] += 1
        for k in CRITERIA:
            counts[k] += not f[k]
        det.append(f"- {e['id']} ({e['request']['kind']}; {e['context']}): {'PASS' if ok else 'FAIL'}")
        for k in CRITERIA:
            for m in f[k]:
                det.append(f"    [{k}] {m}")
        if dr is not None:
            det.append("    subject: " + repr(dr.get("subject")))
            det.append("    body: " + repr(dr.get("body")))
            if dr.get("notice"):
                det.append("    notice: " + repr(dr["notice"]))
    n = len(entries)
    times.sort()
    out.append(f"Drafting ({n} requests, offline engine; draft wall time p50 {times[n // 2]:.1f}s)")
    out.append(f"  pass rate (every criterion): {passed}/{n} = {100 * passed / n:.1f} %")
    out.append("  by kind: " + ", ".join(f"{k} {a}/{m}" for k, (a, m) in by_kind.items()))
    for k in CRITERIA:
        out.append(f"  {k:34s}: {counts[k]}/{n}")
    return det


# ------------------------------------------------------------------------------ main
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", type=Path)
    ap.add_argument("--details", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="phi,checks,drafting")
    ap.add_argument("--keep-scratch", action="store_true")
    a = ap.parse_args()
    repo = a.repo.resolve()
    if not (repo / ".venv" / "bin" / "python").exists():
        print(f"run.py: {repo}/.venv/bin/python not found", file=sys.stderr)
        return 2
    scratch = Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    (scratch / "data").mkdir()
    r = Runner(repo, scratch)
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "?"
    out = [f"{NAME} evaluation of {repo} (commit {commit}) at "
           f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"]
    det = list(out)
    only = set(a.only.split(","))
    try:
        if "phi" in only:
            det += eval_phi(r, out)
        if "checks" in only:
            det += eval_checks(r, a.jobs, out)
        if "drafting" in only:
            det += eval_drafting(r, a.jobs, out)
    finally:
        if not a.keep_scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    end = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip() or "?"
    if end != commit:
        out.append(f"WARNING: {repo} moved from {commit} to {end} during the run; rerun for a clean figure")
    print("\n".join(out))
    if a.details:
        a.details.write_text("\n".join(det) + "\n", encoding="utf-8")
    return 0
