"""Fixtures for the index tests: small knowledge directories written on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings

SAMPLE = {
    "follow-up-within-72-hours": (
        "Follow up within 72 hours", "conferences", ["follow_up"], "follow-up",
        "Write to the people you met within two or three days, while they still remember the "
        "conversation. A prompt note shows reliability.",
    ),
    "linkedin-personalized-note": (
        "Personalize every LinkedIn connection note", "linkedin", ["linkedin_note"], "linkedin",
        "Add a short note to a LinkedIn connection request that says where you met and why you "
        "want to connect. A blank request is easy to ignore.",
    ),
    "mentor-vs-sponsor": (
        "Know the difference between a mentor and a sponsor", "mentorship", ["mentor_agenda"],
        "mentorship",
        "A mentor gives advice; a sponsor uses their influence to put your name forward for "
        "opportunities. You need both over a career.",
    ),
    "de-identify-cases": (
        "Never post identifiable patient details", "social media", ["update", "linkedin_rewrite"],
        "privacy",
        "Before sharing an interesting case online, remove every detail that could identify the "
        "patient: names, dates, places, rare features. When in doubt, do not post.",
    ),
}


def write_principle(
    root: Path, pid: str, title: str, section: str, kinds: list[str], topic: str, text: str,
    folder: str = "principles",
) -> Path:
    path = root / folder / f"{pid}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    kinds_yaml = "[" + ", ".join(kinds) + "]"
    path.write_text(
        f"---\nid: {pid}\ntitle: {title}\nsection: {section}\nkinds: {kinds_yaml}\n"
        f"topic: {topic}\ntype: principle\n---\n\n{text}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def small_knowledge(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    for pid, (title, section, kinds, topic, text) in SAMPLE.items():
        write_principle(root, pid, title, section, kinds, topic, text)
    (root / "README.md").write_text("# How to add a principle\n", encoding="utf-8")
    return root


@pytest.fixture
def small_settings(tmp_path: Path, small_knowledge: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", knowledge_dir=small_knowledge, _env_file=None)
