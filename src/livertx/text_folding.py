"""Text folded to be compared, each way once: a name's key and its words (the one resolver,
livertx.knowledge.names, and the check that no two entries claim a name), a text's words (search,
and what an option's words name), and the page's text as the file's texts are held to it (white
space folded: livertx.proof.prove, and where each statement stands). Standard library only,
so that every layer and every path can use it.
"""

from __future__ import annotations

import functools
import re

# Patterns, not compiled ones: re compiles each on first use, and most runs split no text.
# The capture has a space where the page had a link before a full stop or a comma
# ("an entire lobe , or"): white space before punctuation does not count.
_SPACE_BEFORE_PUNCTUATION = r" (?=[.,;:!?)])"
_WORD = r"[^\W_]+"  # letters and digits: \w without the underscore


def name_key(text: str) -> str:
    """The form names are compared in: case, spaces, hyphens and punctuation do not count."""
    # filter with the method itself: no Python frame per character (a check folds millions).
    return "".join(filter(str.isalnum, text.casefold()))


# Apart from words_of: a name's words are matched with a typed name's key, where "TACE/TAE" is
# one word, "tacetae", so only spaces and hyphens part them.
def name_words(text: str) -> list[str]:
    """A name's words, each as its key: "Transarterial chemoembolization (TACE)"."""
    return [key for word in text.replace("-", " ").split() if (key := name_key(word))]


def words_of(text: str) -> list[str]:
    """A text's words: the runs of letters and digits of it casefolded (so a text and the
    same text folded have the same words)."""
    return re.findall(_WORD, text.casefold())


# The proof folds the same few hundred texts a hundred thousand times a check; `re` has
# imported functools already.
@functools.lru_cache(maxsize=4096)
def normal_spacing(text: str) -> str:
    """`text` with each run of white space made one space, none before punctuation, stripped:
    the page's words as the file's texts must match them."""
    return re.sub(_SPACE_BEFORE_PUNCTUATION, "", " ".join(text.split()))


def fold(text: str) -> str:
    """`normal_spacing`, casefolded: a text as it is looked for on the page, case aside."""
    return normal_spacing(text).casefold()


def lower_first(text: str) -> str:
    """A name as a list of the page writes it, in the middle of a line: "radiofrequency
    ablation" for the method "Radiofrequency ablation"."""
    return text[:1].lower() + text[1:]


def listed_after(text: str, names: list[str]) -> list[str]:
    """The names a stage list's item gives after its text, as the page writes them there
    ("ablation of the tumor using:" radiofrequency ablation, …): its methods' names, when its
    text names none of them; else none."""
    words = fold(text)
    if any(fold(name) in words for name in names):
        return []
    return [lower_first(normal_spacing(name)) for name in names]


def names(words: str, name: str) -> bool:
    """Whether folded `words` hold `name` as words of their own (nothing of a word, or a
    hyphen, on either side). String search, not a pattern per name: the check runs on every
    load, where compiling dozens of patterns would cost more than the rest of it."""
    return holds(words, fold(name))


def holds(words: str, wanted: str) -> bool:
    """`names` for a name already folded."""
    start = words.find(wanted)
    while start >= 0 and wanted:
        end = start + len(wanted)
        if not _joins(words[start - 1 : start]) and not _joins(words[end : end + 1]):
            return True
        start = words.find(wanted, start + 1)
    return False


def _joins(character: str) -> bool:
    """Whether a character (or "" at either end of the text) would join the words beside it."""
    return character != "" and (character.isalnum() or character in "-_")
