// The draft editor: subject and body in one surface, findings underlined inside the text, a card
// with the message, the one-click fix and the principle, a live count against the channel's
// limit, and exports (copy, .txt, .eml, mail link) built from what is on screen at the moment of
// the click. Plain DOM, no library, no network: it ships with the app.
//
// Python -> here (data): {rev, draft, seq, subject|null, body, findings[], limit, filename, to,
//   emlHead, error}.  Here -> Python: state "text" {subject, body, rev, draft, seq} and trigger
//   "action" {kind: "apply"|"apply_all", index?, subject, body, rev, draft, seq}.
//
// Who owns the text: this editor. Each keystroke's text is sent at once (the keystrokes of one
// task as one); Streamlit stops a run made stale by a newer send and folds queued ones, and the
// server echoes the latest `seq` it has read, so an answer covers every earlier send. (Holding
// keystrokes until the send in flight was answered cost up to two round trips: measured p95
// 285-314 ms for words typed key by key against 164 ms sending each at load 15 on 2 cores.)
// The server's text replaces the screen only for a new draft; a text the server changed (a fix
// applied) is merged with what was typed since the click, so no keystroke is ever replaced by an
// older text. A send not answered within RETRY_MS is sent again under a new seq (a new value, so
// the server's callback runs).
const RETRY_MS = 2000;
const NONCE = Math.random().toString(36).slice(2, 10);  // this page's editor, in each seq
const SEVERITY = { error: "Must fix", warning: "Worth fixing", info: "Note" };
const RANK = { error: 0, warning: 1, info: 2 };
const EDITORS = new WeakMap();

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Where the flagged words are now: at the same place, else their nearest occurrence.
function refind(text, f) {
  if (f.flagged == null || f.start == null) return null;
  if (text.slice(f.start, f.start + f.flagged.length) === f.flagged) {
    return [f.start, f.start + f.flagged.length];
  }
  let best = null;
  for (let at = text.indexOf(f.flagged); at !== -1; at = text.indexOf(f.flagged, at + 1)) {
    if (best === null || Math.abs(at - f.start) < Math.abs(best - f.start)) best = at;
  }
  return best === null ? null : [best, best + f.flagged.length];
}

// The one changed region between a and b: a[start, endA) became b[start, endB).
function changed(a, b) {
  const m = Math.min(a.length, b.length);
  let p = 0;
  while (p < m && a[p] === b[p]) p++;
  let s = 0;
  while (s < m - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return [p, a.length - s, b.length - s];
}

// The server's change of `base` (into `theirs`) made on `mine` (base as typed on since), when
// the two touch different places; null when they overlap (then `mine` is kept as typed).
function merge(base, theirs, mine) {
  if (mine === base) return theirs;
  if (theirs === base || theirs === mine) return mine;
  const [ts, te, tb] = changed(base, theirs);
  const [ms, me, mb] = changed(base, mine);
  const put = theirs.slice(ts, tb);
  if (te <= ms) return mine.slice(0, ts) + put + mine.slice(te);
  if (me <= ts) {
    const shift = mb - me;
    return mine.slice(0, ts + shift) + put + mine.slice(te + shift);
  }
  return null;
}

function seqNumber(seq) {  // this editor's count in a seq, or -1 for another page's
  const [nonce, n] = String(seq || "").split(":");
  return nonce === NONCE ? Number(n) : -1;
}

function countWords(text) {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

function asText(subject, body) {
  const b = body.replace(/^\n+|\n+$/g, "");
  return subject && subject.trim() ? `Subject: ${subject.trim()}\n\n${b}\n` : `${b}\n`;
}

function utf8Base64(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

function emlOf(head, subject, body) {
  const oneLine = (subject || "").split(/\s+/).filter(Boolean).join(" ");
  const ascii = /^[\x20-\x7e]*$/.test(oneLine);
  const subj = ascii ? oneLine : `=?utf-8?b?${utf8Base64(oneLine)}?=`;
  const content = utf8Base64(body.replace(/^\n+|\n+$/g, "").replace(/\r?\n/g, "\r\n") + "\r\n");
  const lines = content.match(/.{1,76}/g) || [];
  return `Subject: ${subj}\r\n${head.replace(/\r?\n/g, "\r\n")}\r\n\r\n${lines.join("\r\n")}\r\n`;
}

function mailto(to, subject, body) {
  const params = [];
  if (subject && subject.trim()) params.push("subject=" + encodeURIComponent(subject.trim()));
  if (body.trim()) {
    params.push("body=" + encodeURIComponent(body.replace(/^\n+|\n+$/g, "")
      .replace(/\r?\n/g, "\r\n")));
  }
  const url = "mailto:" + encodeURIComponent(to || "").replace(/%40/g, "@");
  return url + (params.length ? "?" + params.join("&") : "");
}

function download(root, name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el("a", { href: url, download: name });
  a.style.display = "none";
  root.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 1000);
}

class DraftEditor {
  constructor(parent) {
    this.parent = parent;
    this.rev = null;
    this.draft = null;
    this.data = null;
    this.timer = null;
    this.sent = 0;  // the count in the last seq sent
    this.inflight = null;  // the count of the latest send, until an answer covers it
    this.actionBase = null;  // the text an Apply was clicked on, until its answer
    this.openIndex = null;
    this.build();
  }

  build() {
    const root = el("div", { class: "oa-editor", role: "group", "aria-label": "Draft editor" });
    this.root = root;
    this.main = el("div", { class: "oa-main" });
    this.side = el("div", { class: "oa-side" });
    root.append(this.main, this.side);
    this.fields = {};
    for (const [name, label, rows] of [["subject", "Subject", 1], ["body", "Message", 8]]) {
      const field = el("div", { class: `oa-field oa-${name}` });
      const id = `oa-${name}-${Math.random().toString(36).slice(2)}`;
      field.appendChild(el("label", { for: id, class: "oa-label" }, label));
      const wrap = el("div", { class: "oa-wrap" });
      const backdrop = el("div", { class: "oa-backdrop", "aria-hidden": "true" });
      const area = el("textarea", { id, rows: String(rows), "aria-label": label,
                                    spellcheck: "true", class: "oa-input" });
      wrap.append(backdrop, area);
      field.appendChild(wrap);
      this.main.appendChild(field);
      this.fields[name] = { field, backdrop, area };
      area.addEventListener("input", () => {
        if (name === "subject" && /[\r\n]/.test(area.value)) {  // a pasted line break
          area.value = area.value.replace(/\r?\n|\r/g, " ");
        }
        this.edited();
      });
      area.addEventListener("blur", () => this.flush());
      area.addEventListener("click", () => this.caretCard(name));
      area.addEventListener("keyup", (e) => {
        if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End") this.caretCard(name);
      });
      area.addEventListener("mousemove", (e) => this.hover(name, e));
      area.addEventListener("keydown", (e) => {
        if (e.key === "Escape") this.closeCard();
        if (name === "subject" && e.key === "Enter") {  // a subject is one line
          e.preventDefault();
          this.fields.body.area.focus();
        }
      });
    }
    const status = el("div", { class: "oa-status" });
    this.count = el("span", { class: "oa-count", "aria-live": "polite" });
    this.summary = el("span", { class: "oa-summary", role: "status" });
    this.applyAll = el("button", { type: "button", class: "oa-button oa-primary" }, "Apply all");
    this.applyAll.addEventListener("click", () => this.action({ kind: "apply_all" }));
    status.append(this.count, this.summary, this.applyAll);
    this.main.appendChild(status);

    this.card = el("div", { class: "oa-card", role: "dialog", "aria-label": "Finding" });
    this.card.hidden = true;
    this.card.addEventListener("mouseleave", () => { this.cardHovered = false; });
    this.card.addEventListener("mouseenter", () => { this.cardHovered = true; });
    this.card.addEventListener("keydown", (e) => { if (e.key === "Escape") this.closeCard(true); });
    this.main.appendChild(this.card);

    this.list = el("ul", { class: "oa-list", "aria-label": "What to look at" });
    this.side.appendChild(this.list);

    const actions = el("div", { class: "oa-actions", role: "toolbar", "aria-label": "Use the draft" });
    const button = (label, fn, cls = "") => {
      const b = el("button", { type: "button", class: `oa-button ${cls}` }, label);
      b.addEventListener("click", () => { this.flush(); fn(); });
      actions.appendChild(b);
      return b;
    };
    this.copySubject = button("Copy subject", () => this.copy(this.value("subject"), "Subject"));
    button("Copy body", () => this.copy(this.value("body"), "Message"));
    button("Download .txt", () => download(this.root, `${this.data.filename}.txt`,
      "text/plain;charset=utf-8", asText(this.subjectOrNull(), this.value("body"))));
    this.emlButton = button("Download .eml", () => download(this.root,
      `${this.data.filename}.eml`, "message/rfc822",
      emlOf(this.data.emlHead, this.value("subject"), this.value("body"))));
    this.mailButton = button("Open in mail app", () => {
      window.location.href = mailto(this.data.to, this.value("subject"), this.value("body"));
    });
    this.copied = el("span", { class: "oa-copied", role: "status" });
    actions.appendChild(this.copied);
    this.main.appendChild(actions);
    this.parent.appendChild(root);
  }

  value(name) { return this.fields[name].area.value; }
  subjectOrNull() { return this.data.subject === null ? null : this.value("subject"); }

  // One text for the checks' offsets: "Subject: ...\n\n" + body, as the server composes it.
  offsets() {
    if (this.data.subject === null) return { subject: null, body: 0 };
    return { subject: 9, body: 9 + this.value("subject").length + 2 };
  }

  composed() {
    const s = this.subjectOrNull();
    return s === null ? this.value("body") : `Subject: ${s}\n\n${this.value("body")}`;
  }

  update(data, api) {
    this.api = api;
    const before = this.data;
    this.data = data;
    const hasSubject = data.subject !== null;
    this.fields.subject.field.hidden = !hasSubject;
    this.copySubject.hidden = !hasSubject;
    this.emlButton.hidden = !data.emlHead;
    this.mailButton.hidden = !hasSubject;
    if (this.draft !== data.draft) {  // a new draft, or one reopened: its text is shown
      this.setText(data.subject || "", data.body);
      this.draft = data.draft;
      this.rev = data.rev;
      this.inflight = null;
      this.actionBase = null;
      this.root.dataset.draft = String(data.draft);
    } else if (this.rev !== data.rev) {  // the server changed the text: merge, never replace
      const base = this.actionBase
        || { subject: (before && before.subject) || "", body: before ? before.body : "" };
      const subject = merge(base.subject, data.subject || "", this.value("subject"));
      const body = merge(base.body, data.body, this.value("body"));
      this.setText(subject === null ? this.value("subject") : subject,
                   body === null ? this.value("body") : body);
      this.rev = data.rev;
      this.actionBase = null;
    }
    if (this.inflight !== null && seqNumber(data.seq) >= this.inflight) {
      this.inflight = null;
      clearTimeout(this.retry);
    }
    this.render();
    if (this.inflight === null && !this.current()) this.flush();  // typed while waiting
    if (data.scroll && data.scroll !== this.scrolled) {  // a new draft: bring it into view
      this.scrolled = data.scroll;
      requestAnimationFrame(() => this.root.scrollIntoView({ block: "start", behavior: "smooth" }));
    }
  }

  // Set the fields' text, keeping the caret where it was relative to the words around it.
  setText(subject, body) {
    for (const [name, text] of [["subject", subject], ["body", body]]) {
      const area = this.fields[name].area;
      if (area.value === text) continue;
      const focused = this.root.getRootNode().activeElement === area
        || document.activeElement === area;
      const caret = area.selectionStart;
      const [, endOld, endNew] = changed(area.value, text);
      area.value = text;
      if (focused && caret !== null) {
        const at = caret >= endOld ? caret + endNew - endOld : Math.min(caret, endNew);
        area.setSelectionRange(at, at);
      }
    }
  }

  // The findings shown were computed on exactly the text on screen.
  current() {
    return this.data.body === this.value("body")
      && (this.data.subject === null || this.data.subject === this.value("subject"));
  }

  edited() {
    this.render();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), 0);  // the keystrokes of one task go as one
  }

  payload(extra = {}) {
    this.sent += 1;
    return { ...extra, subject: this.subjectOrNull(), body: this.value("body"), rev: this.rev,
             draft: this.draft, seq: `${NONCE}:${this.sent}` };
  }

  awaiting() {
    this.inflight = this.sent;
    clearTimeout(this.retry);
    const waited = this.inflight;
    this.retry = setTimeout(() => {  // never answered: send again, as a new value
      if (this.inflight !== waited) return;
      this.inflight = null;
      if (!this.current()) this.flush();
    }, RETRY_MS);
  }

  flush() {
    clearTimeout(this.timer);
    if (!this.api || !this.data || this.current()) return;
    const key = JSON.stringify([this.subjectOrNull(), this.value("body"), this.rev]);
    if (this.inflight !== null && key === this.inflightKey) return;  // already on its way
    this.inflightKey = key;
    this.api.setStateValue("text", this.payload());
    this.awaiting();
  }

  action(extra) {
    clearTimeout(this.timer);
    // it carries the text on screen, so it answers for any send still in flight
    this.actionBase = { subject: this.value("subject"), body: this.value("body") };
    this.inflightKey = null;
    this.api.setTriggerValue("action", this.payload(extra));
    this.awaiting();
    this.closeCard();
  }

  // The findings that still point at words in the text on screen, with where they are now.
  located() {
    const text = this.composed();
    const off = this.offsets();
    const out = [];
    this.data.findings.forEach((f, index) => {
      const span = refind(text, f);
      let where = null;
      if (span) {
        if (off.subject !== null && span[0] >= off.subject && span[1] <= off.body - 2) {
          where = ["subject", span[0] - off.subject, span[1] - off.subject];
        } else if (span[0] >= off.body) {
          where = ["body", span[0] - off.body, span[1] - off.body];
        }
      }
      out.push({ f, index, where });
    });
    return out;
  }

  render() {
    this.root.dataset.checked = this.current() ? "1" : "0";  // for tests and the bench
    const located = this.located();
    this.located_ = located;
    for (const name of ["subject", "body"]) {
      const { backdrop, area } = this.fields[name];
      const text = area.value;
      const spans = located.filter((x) => x.where && x.where[0] === name)
        .sort((a, b) => a.where[1] - b.where[1] || RANK[a.f.severity] - RANK[b.f.severity]);
      backdrop.textContent = "";
      let at = 0;
      for (const { f, index, where } of spans) {
        const [, s, e] = where;
        if (s < at) continue;  // overlapping: the first (most severe at a place) is shown
        backdrop.appendChild(document.createTextNode(text.slice(at, s)));
        const mark = el("mark", { class: `finding finding-${f.severity}`,
                                  "data-index": String(index) }, text.slice(s, e));
        backdrop.appendChild(mark);
        at = e;
      }
      backdrop.appendChild(document.createTextNode(text.slice(at) + "\n"));
      area.style.height = "auto";
      area.style.height = `${Math.max(area.scrollHeight, name === "subject" ? 0 : 160)}px`;
    }
    this.renderCount();
    this.renderList(located);
  }

  renderCount() {
    const limit = this.data.limit;
    const body = this.value("body");
    if (!limit) { this.count.textContent = ""; return; }
    const n = limit.unit === "characters" ? [...body].length : countWords(body);
    const over = n > limit.max;
    this.count.textContent = `${n} / ${limit.max} ${limit.unit}` +
      (over ? " — over the limit" : "") + (limit.note ? ` · ${limit.note}` : "");
    this.count.className = "oa-count" + (over ? " oa-over" : (limit.max - n < limit.max / 10
      ? " oa-near" : ""));
  }

  renderList(located) {
    const problems = located.filter((x) => x.f.severity !== "info");
    const fixable = located.filter((x) => x.f.suggestion != null && x.where);
    this.applyAll.hidden = fixable.length === 0;
    if (this.data.error) {
      this.summary.textContent = `The checks could not run: ${this.data.error}`;
    } else if (problems.length === 0) {
      this.summary.textContent = "No problems found. Read it once more, then send it.";
    } else {
      this.summary.textContent = `${problems.length} to look at`;
    }
    this.summary.className = "oa-summary" + (problems.length ? "" : " oa-clean");
    this.list.textContent = "";
    const order = [...located].sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity]
      || (a.where ? a.where[1] : -1) - (b.where ? b.where[1] : -1));
    for (const item of order) {
      const li = el("li", { class: `oa-item oa-${item.f.severity}` });
      const b = el("button", { type: "button", class: "oa-item-button" });
      b.append(el("span", { class: `oa-badge oa-${item.f.severity}` }, SEVERITY[item.f.severity]),
               document.createTextNode(" " + item.f.message));
      b.addEventListener("click", () => this.openCard(item.index, true));
      li.appendChild(b);
      this.list.appendChild(li);
    }
    if (this.openIndex !== null) this.openCard(this.openIndex, false);
  }

  caretCard(name) {
    const area = this.fields[name].area;
    const pos = area.selectionStart;
    const hit = (this.located_ || []).find((x) => x.where && x.where[0] === name
      && x.where[1] <= pos && pos <= x.where[2]);
    if (hit) this.openCard(hit.index, false); else if (!this.cardHovered) this.closeCard();
  }

  hover(name, event) {
    const marks = this.fields[name].backdrop.querySelectorAll("mark");
    for (const mark of marks) {
      for (const r of mark.getClientRects()) {
        if (event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top
            && event.clientY <= r.bottom) {
          this.openCard(Number(mark.dataset.index), false);
          return;
        }
      }
    }
  }

  openCard(index, focus) {
    const item = (this.located_ || []).find((x) => x.index === index);
    if (!item) { this.closeCard(); return; }
    const { f, where } = item;
    this.openIndex = index;
    const card = this.card;
    card.textContent = "";
    card.className = `oa-card oa-${f.severity}`;
    card.appendChild(el("span", { class: `oa-badge oa-${f.severity}` }, SEVERITY[f.severity]));
    card.appendChild(el("p", { class: "oa-message" }, f.message));
    let first = null;
    if (f.suggestion != null && where) {
      const row = el("div", { class: "oa-suggestion" });
      row.appendChild(el("span", {}, f.suggestion ? `Suggestion: ${f.suggestion}` : "Suggestion: remove it"));
      const apply = el("button", { type: "button", class: "oa-button oa-primary" }, "Apply");
      apply.addEventListener("click", () => this.action({ kind: "apply", index }));
      row.appendChild(apply);
      card.appendChild(row);
      first = apply;
    } else if (f.suggestion) {
      card.appendChild(el("p", { class: "oa-suggestion" }, f.suggestion));
    }
    if (f.principle_title) {
      const why = el("details", { class: "oa-why" });
      why.appendChild(el("summary", {}, `Why: ${f.principle_title}`));
      why.appendChild(el("p", {}, f.principle_text || ""));
      card.appendChild(why);
      first = first || why.querySelector("summary");
    }
    const close = el("button", { type: "button", class: "oa-close", "aria-label": "Close" }, "×");
    close.addEventListener("click", () => this.closeCard(true));
    card.appendChild(close);
    card.hidden = false;
    const mark = where && this.fields[where[0]].backdrop.querySelector(`mark[data-index="${index}"]`);
    if (mark && this.main.clientWidth > 480) {  // under the flagged words, inside the editor
      const box = this.root.getBoundingClientRect();
      const at = mark.getClientRects()[0] || mark.getBoundingClientRect();
      card.style.position = "absolute";
      card.style.top = `${at.bottom - box.top + 6}px`;
      card.style.left = `${Math.max(0, Math.min(at.left - box.left, this.main.clientWidth - 360))}px`;
    } else {  // a phone: right under the editor, in the flow
      card.style.position = "relative";
      card.style.top = card.style.left = "";
    }
    if (focus) {
      if (where) this.fields[where[0]].area.setSelectionRange(where[1], where[2]);
      (first || close).focus();
    }
  }

  closeCard(returnFocus = false) {
    const was = this.openIndex;
    this.openIndex = null;
    this.card.hidden = true;
    if (returnFocus && was !== null) this.fields.body.area.focus();
  }

  async copy(text, what) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied.textContent = `${what} copied.`;
    } catch (e) {
      this.copied.textContent = "Copying is blocked by the browser; select the text instead.";
    }
    setTimeout(() => { this.copied.textContent = ""; }, 3000);
  }
}

export default function (component) {
  const { data, parentElement, setStateValue, setTriggerValue } = component;
  let editor = EDITORS.get(parentElement);
  if (!editor) {
    editor = new DraftEditor(parentElement);
    EDITORS.set(parentElement, editor);
  }
  editor.update(data, { setStateValue, setTriggerValue });
  // No cleanup function: one that cleared the pending send would drop a keystroke typed while
  // an answer arrived, if Streamlit calls it between renders and not only on unmount.
}
