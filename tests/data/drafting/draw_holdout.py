"""Draws the hold-out of a hand-typed drafting batch (`corpus_b.yaml`, `corpus_d.yaml`, the rewrite
batches `corpus_rewrite_d.yaml` and `corpus_rewrite_r2.yaml` to `corpus_rewrite_r10.yaml`,
`corpus_e.yaml`, `corpus_f.yaml`, `corpus_g.yaml`, `corpus_h.yaml`, `corpus_i.yaml`,
`corpus_j.yaml`, `corpus_k.yaml`, `corpus_l.yaml`, `corpus_m.yaml`, `corpus_n.yaml`,
`corpus_o.yaml`, the update batches `corpus_u.yaml`, `corpus_v.yaml`, `corpus_w.yaml`,
`corpus_x.yaml`, `corpus_y.yaml`, `corpus_z.yaml` and `corpus_z2.yaml` to `corpus_z5.yaml`): a
third of its ids, at random with the batch's fixed seed, written to its split file once, before the
engine is tuned on the batch (batches H, I, J, K, L, M, N and O: a third of each kind, so every
kind is held out). `python tests/data/drafting/draw_holdout.py BATCH` (b, d, r, r2 to r10, e, f, g,
h, i, j, k, l, m, n, o, u, v, w, x, y, z, z2 to z5) writes the same split again; a new batch gets
its own line in BATCHES (corpus, split file, a new seed)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# batch -> (corpus, split file, seed)
BATCHES = {"b": ("corpus_b.yaml", "split_b.yaml", 20260414),
           "d": ("corpus_d.yaml", "split_d.yaml", 20261129),
           "r": ("corpus_rewrite_d.yaml", "split_r.yaml", 20261129),
           "r2": ("corpus_rewrite_r2.yaml", "split_r2.yaml", 20261130),
           "r3": ("corpus_rewrite_r3.yaml", "split_r3.yaml", 20261201),
           "r4": ("corpus_rewrite_r4.yaml", "split_r4.yaml", 20261202),
           "r5": ("corpus_rewrite_r5.yaml", "split_r5.yaml", 20261203),
           "r6": ("corpus_rewrite_r6.yaml", "split_r6.yaml", 20261214),
           "r7": ("corpus_rewrite_r7.yaml", "split_r7.yaml", 20261217),
           "r8": ("corpus_rewrite_r8.yaml", "split_r8.yaml", 20261403),
           "e": ("corpus_e.yaml", "split_e.yaml", 20261130),
           "f": ("corpus_f.yaml", "split_f.yaml", 20261131),
           "g": ("corpus_g.yaml", "split_g.yaml", 20261132),
           "h": ("corpus_h.yaml", "split_h.yaml", 20261130),
           "u": ("corpus_u.yaml", "split_u.yaml", 20261133),
           "v": ("corpus_v.yaml", "split_v.yaml", 20261134),
           "w": ("corpus_w.yaml", "split_w.yaml", 20261135),
           "i": ("corpus_i.yaml", "split_i.yaml", 20261136),
           "x": ("corpus_x.yaml", "split_x.yaml", 20261136),
           "j": ("corpus_j.yaml", "split_j.yaml", 20261137),
           "y": ("corpus_y.yaml", "split_y.yaml", 20261137),
           "z": ("corpus_z.yaml", "split_z.yaml", 20261211),
           "z2": ("corpus_z2.yaml", "split_z2.yaml", 20270107),
           "z3": ("corpus_z3.yaml", "split_z3.yaml", 20261402),
           "k": ("corpus_k.yaml", "split_k.yaml", 20261230),
           "l": ("corpus_l.yaml", "split_l.yaml", 20261318),
           "m": ("corpus_m.yaml", "split_m.yaml", 20261401),
           "n": ("corpus_n.yaml", "split_n.yaml", 20261501),
           "z4": ("corpus_z4.yaml", "split_z4.yaml", 20261502),
           "r9": ("corpus_rewrite_r9.yaml", "split_r9.yaml", 20261503),
           "o": ("corpus_o.yaml", "split_o.yaml", 20261601),
           "z5": ("corpus_z5.yaml", "split_z5.yaml", 20261602),
           "r10": ("corpus_rewrite_r10.yaml", "split_r10.yaml", 20261603)}
# drawn per kind: a third of each kind's requests
BY_KIND = {"h", "i", "j", "k", "l", "m", "n", "o"}
KINDS = ("introduction", "follow_up", "linkedin_note", "mentor_agenda", "update",
         "linkedin_rewrite")


def main(batch: str) -> None:
    corpus, split, seed = BATCHES[batch]
    entries = yaml.safe_load((HERE / corpus).read_text(encoding="utf-8"))
    ids = [e["id"] for e in entries]
    if batch in BY_KIND:
        rng, holdout = random.Random(seed), []
        for kind in KINDS:
            group = [e["id"] for e in entries if e["request"]["kind"] == kind]
            holdout += rng.sample(group, round(len(group) / 3))
        holdout.sort()
    else:
        holdout = sorted(random.Random(seed).sample(ids, len(ids) // 3))
    (HERE / split).write_text(
        f"# Hold-out {batch.upper()}: drawn at random (seeded) before the engine was tuned on "
        "this batch. Never tune on it.\n" + yaml.safe_dump({"seed": seed, "holdout": holdout},
                                                          sort_keys=False), encoding="utf-8")
    print(f"{len(ids)} requests, {len(holdout)} held out")


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in BATCHES:
        print(f"usage: draw_holdout.py BATCH (one of {', '.join(BATCHES)})", file=sys.stderr)
        raise SystemExit(2)
    main(sys.argv[1])
