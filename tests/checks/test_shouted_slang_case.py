"""A slang word typed in capitals is replaced in lower case mid-sentence: the capitals were
shouting, not the word's own capital (the rewrite puts the suggestion in place as given)."""

import pytest

from assistant.checks import check


@pytest.mark.parametrize(("text", "suggestion"), [
    ("Hi Dr. Abe, I'm SUPER keen on your sleep clinic. Could we talk?", "very "),
    ("SUPER keen to join your sleep clinic, Dr. Abe.", "Very "),  # it opens the sentence
    ("Hi Dr. Abe. Super keen to join your clinic.", "Very "),  # typed with its own capital
    ("Hi Dr. Abe, thanks, your talk was super clear.", "very "),
])
def test_a_shouted_slang_word_is_replaced_in_lower_case_mid_sentence(text: str,
                                                                     suggestion: str) -> None:
    slang = [f for f in check(text, kind="linkedin_rewrite", channel="linkedin_message")
             if f.code == "slang"]
    assert [f.suggestion for f in slang] == [suggestion]
