"""Loading knowledge/: good files load, a malformed file names itself and its problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigurationError
from assistant.knowledge import content_hash, load_principles
from tests.index.conftest import SAMPLE, write_principle


def test_loads_every_principle_and_skips_readme(small_knowledge: Path) -> None:
    principles = load_principles(small_knowledge)
    assert [p.id for p in principles] == sorted(SAMPLE)
    follow = next(p for p in principles if p.id == "follow-up-within-72-hours")
    assert follow.title == "Follow up within 72 hours"
    assert follow.kinds == ["follow_up"]
    assert follow.section == "conferences"
    assert follow.text.startswith("Write to the people you met within two or three days")
    assert "\n" not in follow.text


def test_nested_folders_and_types(small_knowledge: Path) -> None:
    path = small_knowledge / "examples" / "case-one.md"  # file name = id
    path.parent.mkdir()
    path.write_text(
        "---\nid: case-one\ntitle: A worked example\nsection: case studies\n"
        "kinds: [follow_up]\ntopic: example\ntype: example\n---\nA resident met a speaker.\n"
    )
    loaded = {p.id: p for p in load_principles(small_knowledge)}
    assert loaded["case-one"].type == "example"


BAD_FILES = [
    ("no front matter", "Just text, no header.\n", "no YAML front matter"),
    ("id not file name", "---\nid: other-id\ntitle: T\nsection: s\n---\nText.\n",
     "must match the file name"),
    ("broken yaml", "---\nid: broken\ntitle: [unclosed\n---\nText.\n", "invalid YAML"),
    ("missing title", "---\nid: broken\nsection: s\n---\nText.\n", "missing 'title'"),
    ("bad id", "---\nid: Not Kebab\ntitle: T\nsection: s\n---\nText.\n", "kebab-case"),
    ("unknown kind", "---\nid: broken\ntitle: T\nsection: s\nkinds: [email]\n---\nText.\n",
     "unknown kind 'email'"),
    ("unknown key", "---\nid: broken\ntitle: T\nsection: s\ncolour: red\n---\nText.\n",
     "unknown key"),
    ("bad type", "---\nid: broken\ntitle: T\nsection: s\ntype: essay\n---\nText.\n", "type"),
    ("empty body", "---\nid: broken\ntitle: T\nsection: s\n---\n\n", "no text"),
    ("list front matter", "---\n- a\n- b\n---\nText.\n", "key: value"),
]


@pytest.mark.parametrize(("case", "content", "problem"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_malformed_file_names_file_and_problem(
    small_knowledge: Path, case: str, content: str, problem: str
) -> None:
    (small_knowledge / "principles" / "broken.md").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError) as err:
        load_principles(small_knowledge)
    message = str(err.value)
    assert "broken.md" in message
    assert problem in message
    assert "\n" not in message


def test_duplicate_ids_are_an_error(small_knowledge: Path) -> None:
    title, section, kinds, topic, text = SAMPLE["mentor-vs-sponsor"]
    write_principle(small_knowledge, "mentor-vs-sponsor", title, section, kinds, topic, text,
                    folder="patterns")
    with pytest.raises(ConfigurationError, match="duplicate id 'mentor-vs-sponsor'"):
        load_principles(small_knowledge)


def test_missing_or_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="not found"):
        load_principles(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigurationError, match="no principles"):
        load_principles(tmp_path / "empty")


def test_content_hash_follows_content(small_knowledge: Path) -> None:
    p = load_principles(small_knowledge)[0]
    assert content_hash(p) == content_hash(p.model_copy())
    assert content_hash(p) != content_hash(p.model_copy(update={"text": p.text + " More."}))
    assert content_hash(p) != content_hash(p.model_copy(update={"kinds": ["update"]}))
