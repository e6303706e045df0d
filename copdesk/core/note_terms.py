"""Key terms of a sticky note, English or German.

A note's text becomes a list of :class:`Term`: a *key* (a folded word stem, the
same for "Interviews", "interview" and "Nutzerinterviews"'s head) and the
*surface* form the note actually wrote, which is what a label shows.

Steps: Unicode normalisation and case folding; a guess of the note's language
from its stop words and umlauts; stop and filler words dropped; German
compounds split at words the session itself uses; Snowball stemming in the
note's language; a small glossary maps German concept words onto English ones;
umlauts and accents are folded last.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from copdesk.core.cluster_lexicon import (
    CONCEPTS,
    DE_STOP_WORDS,
    EN_STOP_WORDS,
    FILLER_WORDS,
    GLOSSARY_DE_EN,
)

Language = Literal["en", "de"]

_WORD = re.compile(r"[^\W\d_]{2,}(?:'[^\W\d_]+)?", re.UNICODE)
_LETTER_SLASH = re.compile(r"\b([^\W\d_])\s*[/&]\s*([^\W\d_])\b", re.UNICODE)
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_GERMAN_LETTERS = frozenset("äöüß")
_MIN_PART = 4  # shortest compound part that counts as a word


@dataclass(frozen=True, slots=True)
class Term:
    key: str  # folded stem, the feature
    surface: str  # as written in the note (original case)
    part: bool = False  # from a split compound: surface is the whole compound


def clean_text(text: str) -> str:
    """NFKC-normalised text without control characters or lone surrogates."""
    text = unicodedata.normalize("NFKC", text.encode("utf-8", "replace").decode("utf-8"))
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


def fold(word: str) -> str:
    """Lowercase ASCII-ish form: umlauts to vowels, accents stripped."""
    word = word.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text`` as written ("A/B" kept as one word "AB")."""
    text = _LETTER_SLASH.sub(r"\1\2", clean_text(text))
    return [m.group(0).replace("'", "") for m in _WORD.finditer(text)]


def guess_language(tokens: Sequence[str], hint: Language | None = None) -> Language:
    """English or German, from stop words and the letters used."""
    lower = [t.casefold() for t in tokens]
    de = sum(1 for t in lower if t in DE_STOP_WORDS and t not in EN_STOP_WORDS)
    en = sum(1 for t in lower if t in EN_STOP_WORDS and t not in DE_STOP_WORDS)
    de += 2 * sum(1 for t in lower if _GERMAN_LETTERS & set(t))
    if de > en:
        return "de"
    if en > de:
        return "en"
    return hint or "en"


@lru_cache(maxsize=65536)
def _stem(word: str, language: Language) -> str:
    return str(_stemmer(language).stemWord(word))


@lru_cache(maxsize=2)
def _stemmer(language: Language) -> Any:
    import snowballstemmer  # lazy: only clustering needs it

    return snowballstemmer.stemmer("german" if language == "de" else "english")


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    """Folded German stem -> folded English stem."""
    return {fold(_stem(de, "de")): fold(_stem(en, "en")) for de, en in GLOSSARY_DE_EN.items()}


#: Prefix of the feature key of a concept (never shown in a label).
CONCEPT_PREFIX = "@"


@lru_cache(maxsize=1)
def _concepts() -> dict[str, str]:
    """Feature key (either language's stem) -> concept name."""
    table: dict[str, str] = {}
    for concept, members in CONCEPTS.items():
        for word in members:
            for language in ("en", "de"):
                for part in words(word):
                    table.setdefault(key_of(part, language), concept)
    return table


_IGNORED = frozenset(fold(w) for w in EN_STOP_WORDS | DE_STOP_WORDS | FILLER_WORDS)


def is_content(word: str) -> bool:
    return fold(word) not in _IGNORED


def key_of(word: str, language: Language, english: frozenset[str] = frozenset()) -> str:
    """The feature key of one content word.

    A German note's word that the English notes use too (``english``, folded
    words) is stemmed as English: loanwords like "Workshops" or "Tests".
    """
    lower = word.casefold()
    if language == "de" and fold(lower) not in english:
        mapped = _glossary().get(fold(_stem(lower, "de")))
        if mapped is not None:
            return mapped
        return fold(_stem(lower, "de"))
    return fold(_stem(lower, "en"))


def split_compound(word: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """Parts of a German-style compound that the session uses as words of their own.

    ``vocabulary`` holds folded words; the head (last part) is preferred, a
    linking "s" or "n" is allowed after the modifier. Returns () if no split.
    """
    folded = fold(word)
    n = len(folded)
    if n < 2 * _MIN_PART:
        return ()
    for i in range(_MIN_PART, n - _MIN_PART + 1):
        head = folded[i:]
        if head in vocabulary:
            modifier = folded[:i]
            parts = [head]
            for candidate in (modifier, modifier[:-1]):
                if len(candidate) >= _MIN_PART and candidate in vocabulary:
                    parts.insert(0, candidate)
                    break
            return tuple(parts)
    return ()


def note_terms(texts: Sequence[str], language_hint: Language | None = None) -> list[list[Term]]:
    """Key terms of every text, in order; a text without content gives []."""
    tokenised = [words(t) for t in texts]
    languages = [guess_language(tokens, language_hint) for tokens in tokenised]
    vocabulary = frozenset(
        fold(w) for tokens in tokenised for w in tokens if len(w) >= _MIN_PART and is_content(w)
    )
    english = frozenset(
        fold(w)
        for tokens, language in zip(tokenised, languages, strict=True)
        if language == "en"
        for w in tokens
    )
    concepts = _concepts()
    result: list[list[Term]] = []
    for tokens, language in zip(tokenised, languages, strict=True):
        terms: list[Term] = []
        for word in tokens:
            if not is_content(word):
                continue
            keys = [key_of(word, language, english)]
            terms.append(Term(keys[0], word))
            for part in split_compound(word, vocabulary):
                if is_content(part):
                    keys.append(key_of(part, language, english))
                    terms.append(Term(keys[-1], word, part=True))
            for concept in dict.fromkeys(concepts[k] for k in keys if k in concepts):
                terms.append(Term(CONCEPT_PREFIX + concept, word, part=True))
        result.append(terms)
    return result


def unique_keys(terms: Iterable[Term]) -> list[str]:
    seen: dict[str, None] = {}
    for term in terms:
        seen.setdefault(term.key, None)
    return list(seen)
