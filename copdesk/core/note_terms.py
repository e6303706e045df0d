"""Key terms of a sticky note, English or German.

A note's text becomes a list of :class:`Term`: a *key* (a folded word stem, the
same for "Interviews", "interview" and "Nutzerinterviews"'s head) and the
*surface* form the note actually wrote, which is what a label shows.

Steps: Unicode normalisation and case folding; a guess of the note's language
from its stop words and umlauts; stop and filler words dropped; German
compounds split at words the session itself uses; Snowball stemming in the
note's language; a small glossary maps German concept words onto English ones;
umlauts and accents are folded last. Each note also carries the concepts of
:data:`copdesk.core.cluster_lexicon.CONCEPT_TABLE` that its words name (as a
word, a phrase or a part of a compound) and their domains, as extra terms.
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

_WORD = re.compile(r"[^\W_]*[^\W\d_][^\W_]*(?:'[^\W\d_]+)?", re.UNICODE)
_ONE_ON_ONE = re.compile(r"\b1\s*[:-]\s*1(s?)\b")
#: German gender-inclusive endings ("Kolleg:innen", "Kund*innen"): the stem is enough.
_GENDER_SUFFIX = re.compile(r"([^\W\d_])(?:[:*_/·]innen|Innen)\b")
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
    text = _ONE_ON_ONE.sub(r"1on1\1", text)
    text = _GENDER_SUFFIX.sub(r"\1", text)
    found = (m.group(0).replace("'", "") for m in _WORD.finditer(text))
    return [w for w in found if len(w) >= 2]


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
#: Prefix of the feature key of a concept's domain (starts with CONCEPT_PREFIX).
DOMAIN_PREFIX = CONCEPT_PREFIX + "#"
_LANGUAGES: tuple[Language, Language] = ("en", "de")


@dataclass(frozen=True, slots=True)
class _ConceptIndex:
    words: dict[Language, dict[str, tuple[str, ...]]]  # per language: stem key -> concepts
    exact: dict[str, tuple[str, ...]]  # folded word -> concepts (items marked "=")
    phrases: tuple[tuple[tuple[frozenset[str], ...], str], ...]  # part keys -> concept


@lru_cache(maxsize=1)
def _concept_index() -> _ConceptIndex:
    tables: dict[Language, dict[str, dict[str, None]]] = {"en": {}, "de": {}}
    exact: dict[str, dict[str, None]] = {}
    phrases: list[tuple[tuple[frozenset[str], ...], str]] = []
    for concept, (_, items) in CONCEPTS.items():
        for item in items:
            if item.startswith("="):
                exact.setdefault(fold(item[1:]), {})[concept] = None
                continue
            parts = words(item)
            if len(parts) == 1:
                for language in _LANGUAGES:
                    tables[language].setdefault(key_of(parts[0], language), {})[concept] = None
            elif any(is_content(p) for p in parts):
                keys = tuple(frozenset(key_of(p, lang) for lang in _LANGUAGES) for p in parts)
                phrases.append((keys, concept))
    words_index = {
        language: {k: tuple(v) for k, v in table.items()} for language, table in tables.items()
    }
    exact_index = {k: tuple(v) for k, v in exact.items()}
    return _ConceptIndex(words_index, exact_index, tuple(phrases))


@lru_cache(maxsize=65536)
def _compound_concepts(word: str, language: Language) -> tuple[str, ...]:
    """Concepts of the head and of the modifier of a compound ("Weiterbildungsbudget").

    The longest head and the longest modifier (a linking "s" dropped) that are
    concept words of at least four letters count.
    """
    folded = fold(word)
    n = len(folded)
    if n < 2 * _MIN_PART:
        return ()
    index = _concept_index().words[language]
    found: dict[str, None] = {}
    for i in range(_MIN_PART - 1, n - _MIN_PART + 1):
        key = key_of(folded[i:], language)
        hits = [index[key]] if len(key) > _MIN_PART and key in index else []
        if hits:
            found.update(dict.fromkeys(c for hit in hits for c in hit))
            break
    for i in range(n - _MIN_PART, _MIN_PART - 1, -1):
        modifier = folded[:i]
        candidates = [modifier, modifier[:-1]] if modifier.endswith("s") else [modifier]
        keys = [key_of(c, language) for c in candidates if len(c) > _MIN_PART]
        hits = [index[k] for k in keys if k in index]
        if hits:
            found.update(dict.fromkeys(c for hit in hits for c in hit))
            break
    return tuple(found)


def _note_concepts(
    tokens: Sequence[str], content_keys: Sequence[str], language: Language
) -> list[str]:
    """The concepts a note touches, in the order its words name them."""
    index = _concept_index()
    found: dict[str, None] = {}
    table = index.words[language]
    for word, content in zip(tokens, content_keys, strict=True):
        if not content:
            continue
        direct = table.get(key_of(word, language)) or index.exact.get(fold(word))
        if direct is None:
            direct = _compound_concepts(word, language)
        found.update(dict.fromkeys(direct))
    if index.phrases:
        all_keys = {key_of(t, language) for t in tokens}
        for parts, concept in index.phrases:
            if all(part & all_keys for part in parts):
                found[concept] = None
    return list(found)


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
    result: list[list[Term]] = []
    for tokens, language in zip(tokenised, languages, strict=True):
        terms: list[Term] = []
        content_keys: list[str] = []
        for word in tokens:
            if not is_content(word):
                content_keys.append("")
                continue
            content_keys.append(key_of(word, language, english))
            terms.append(Term(content_keys[-1], word))
            for part in split_compound(word, vocabulary):
                if is_content(part):
                    terms.append(Term(key_of(part, language, english), word, part=True))
        concepts = _note_concepts(tokens, content_keys, language)
        for concept in concepts:
            terms.append(Term(CONCEPT_PREFIX + concept, concept, part=True))
        for domain in dict.fromkeys(CONCEPTS[c][0] for c in concepts):
            terms.append(Term(DOMAIN_PREFIX + domain, domain, part=True))
        result.append(terms)
    return result


def unique_keys(terms: Iterable[Term]) -> list[str]:
    seen: dict[str, None] = {}
    for term in terms:
        seen.setdefault(term.key, None)
    return list(seen)
