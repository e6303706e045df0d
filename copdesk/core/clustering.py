"""Suggested clusters: group a session's notes by what their text means.

Offline and deterministic. Each note becomes four weighted, normalised blocks
of features: TF-IDF of its key terms (stems of its content words, German
compounds split, German words mapped onto English ones, see
:mod:`copdesk.core.note_terms`); TF-IDF of the *concepts* of product and
community work it touches (a bilingual lexicon, so "Bewerbungsgespräche" and
"interviewing candidates" meet without a shared word); a weaker block of the
concepts' broader domains; and character n-grams of its words, which catch
spelling variants. Notes are grouped by average-linkage agglomerative
clustering on cosine distance, cut at a fixed distance, so the number of
groups follows from the notes, not from a fixed k. The weights and the cut
were chosen on two labelled development samples in ``benchmarks/data``.

Every note lands in exactly one proposal. Notes that resemble no other note
(and notes without any words, e.g. only emoji) are gathered in one *rest*
proposal labelled "Other" ("Sonstiges" for German), which the facilitator may
leave ungrouped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from copdesk.core.note_terms import (
    CONCEPT_PREFIX,
    DOMAIN_PREFIX,
    Language,
    Term,
    fold,
    note_terms,
)

if TYPE_CHECKING:
    import numpy as np

#: Cut of the dendrogram (cosine distance, 0..1); chosen on the development samples.
DEFAULT_THRESHOLD = 0.9375
#: Weight of the word features (stems).
DEFAULT_WORD_WEIGHT = 1.0
#: Weight of the concepts (see cluster_lexicon.CONCEPT_TABLE); 0 turns them off.
DEFAULT_CONCEPT_WEIGHT = 0.7
#: Weight of the concepts' broader domains; 0 turns them off.
DEFAULT_DOMAIN_WEIGHT = 0.1
#: Weight of the character n-grams of the words (spelling variants, word parts).
DEFAULT_CHAR_WEIGHT = 0.2
MAX_KEYWORDS = 3
REST_LABELS: dict[str, str] = {"en": "Other", "de": "Sonstiges"}


@dataclass(frozen=True, slots=True)
class ClusterProposal:
    """One suggested group: a label, its notes and the key words behind the label."""

    label: str
    note_ids: tuple[int, ...]
    keywords: tuple[str, ...]
    rest: bool = False  # the group of notes that resemble no other note


def suggest_clusters(
    notes: Sequence[tuple[int, str]],
    *,
    language_hint: Language | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    word_weight: float = DEFAULT_WORD_WEIGHT,
    concept_weight: float = DEFAULT_CONCEPT_WEIGHT,
    domain_weight: float = DEFAULT_DOMAIN_WEIGHT,
    char_weight: float = DEFAULT_CHAR_WEIGHT,
    min_size: int = 2,
) -> list[ClusterProposal]:
    """Group ``(note_id, text)`` pairs into proposals, largest group first.

    ``threshold`` is the cosine distance at which groups stop merging: lower
    gives more, tighter groups. Groups smaller than ``min_size`` go to the rest
    proposal. The result depends only on the set of notes, not on their order.
    Raises ``ValueError`` if a note id occurs twice.
    """
    ordered = sorted(notes, key=lambda n: n[0])
    ids = [note_id for note_id, _ in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError("note ids must be unique")
    if not ordered:
        return []
    terms = note_terms([text for _, text in ordered], language_hint)
    weights = _Weights(word_weight, concept_weight, domain_weight, char_weight)
    labels = _cluster(terms, threshold=threshold, weights=weights)

    members: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        members[label].append(index)
    proposals: list[ClusterProposal] = []
    rest: list[int] = []
    for indices in members.values():
        if label_is_rest(indices, terms, min_size):
            rest.extend(indices)
            continue
        keywords = _keywords([terms[i] for i in indices])
        proposals.append(
            ClusterProposal(
                label=", ".join(keywords),
                note_ids=tuple(ids[i] for i in indices),
                keywords=keywords,
            )
        )
    proposals.sort(key=lambda p: (-len(p.note_ids), p.note_ids[0]))
    if rest:
        language = language_hint or _majority_language(ordered)
        proposals.append(
            ClusterProposal(
                label=REST_LABELS[language],
                note_ids=tuple(sorted(ids[i] for i in rest)),
                keywords=(),
                rest=True,
            )
        )
    return proposals


def label_is_rest(indices: Sequence[int], terms: Sequence[list[Term]], min_size: int) -> bool:
    return len(indices) < min_size or not any(terms[i] for i in indices)


@dataclass(frozen=True, slots=True)
class _Weights:
    words: float
    concepts: float
    domains: float
    chars: float


def _cluster(terms: Sequence[list[Term]], *, threshold: float, weights: _Weights) -> list[int]:
    """A group number per note; notes without terms get a group of their own."""
    with_terms = [i for i, t in enumerate(terms) if t]
    labels = list(range(len(terms)))  # default: everyone alone
    if len(with_terms) < 2:
        return labels
    matrix = _features([terms[i] for i in with_terms], weights)
    groups = _agglomerate(matrix, threshold)
    offset = len(terms)
    for index, group in zip(with_terms, groups, strict=True):
        labels[index] = offset + int(group)
    return labels


def _features(terms: Sequence[list[Term]], weights: _Weights) -> Any:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    def block(docs: list[list[str]], weight: float, sublinear: bool = False) -> Any:
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=sublinear, dtype=_float32())
        return normalize(vectorizer.fit_transform(docs)) * weight

    keys = [[t.key for t in note if not t.key.startswith(CONCEPT_PREFIX)] for note in terms]
    blocks = [block(keys, weights.words, sublinear=True)]
    concepts = [[t.key for t in note if _is_concept(t.key)] for note in terms]
    if weights.concepts > 0 and any(concepts):
        blocks.append(block(concepts, weights.concepts))
    domains = [[t.key for t in note if t.key.startswith(DOMAIN_PREFIX)] for note in terms]
    if weights.domains > 0 and any(domains):
        blocks.append(block(domains, weights.domains))
    if weights.chars > 0:
        surfaces = [
            " ".join(sorted({fold(t.surface) for t in note if not _is_feature_only(t)}))
            for note in terms
        ]
        chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=_float32()
        )
        blocks.append(normalize(chars.fit_transform(surfaces)) * weights.chars)
    return normalize(hstack(blocks).tocsr())


def _is_concept(key: str) -> bool:
    return key.startswith(CONCEPT_PREFIX) and not key.startswith(DOMAIN_PREFIX)


def _is_feature_only(term: Term) -> bool:
    return term.key.startswith(CONCEPT_PREFIX)


def _agglomerate(matrix: Any, threshold: float) -> np.ndarray:
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    similarity = (matrix @ matrix.T).toarray().astype(np.float64)
    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    distance = (distance + distance.T) / 2.0  # exact symmetry for squareform
    tree = linkage(squareform(distance, checks=False), method="average")
    groups: np.ndarray = fcluster(tree, t=threshold, criterion="distance")
    return groups


def _identity(keys: list[str]) -> list[str]:
    return keys


def _float32() -> Any:
    import numpy as np

    return np.float32


def _keywords(notes: Sequence[list[Term]]) -> tuple[str, ...]:
    """Up to three key words shared by the group, in the surface form most used."""
    document_frequency: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for note in notes:
        for key in {t.key for t in note if not t.key.startswith(CONCEPT_PREFIX)}:
            document_frequency[key] += 1
        for term in note:
            surfaces[term.key][term.surface] += 1 if term.part else 1000
    ranked = sorted(document_frequency.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    if not ranked:
        return ()
    top = ranked[0][1]
    chosen: list[str] = []
    seen_folded: set[str] = set()
    for key, count in ranked:
        if len(chosen) == MAX_KEYWORDS or (chosen and count < max(2, top / 2)):
            break
        surface = _surface(surfaces[key])
        folded = fold(surface)
        if folded in seen_folded or any(folded in s or s in folded for s in seen_folded):
            continue
        seen_folded.add(folded)
        chosen.append(surface)
    return tuple(chosen)


def _surface(forms: Counter[str]) -> str:
    """The most used spelling; ties go to the shortest, then alphabetical."""
    best = sorted(forms.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
    if best.isupper() or any(c.isupper() for c in best[1:]):
        return best  # acronyms and brand names keep their case
    if best[:1].isupper() and best[1:].islower() and _lower_seen(forms):
        return best.lower()
    return best


def _lower_seen(forms: Counter[str]) -> bool:
    return any(f[:1].islower() for f in forms)


def _majority_language(notes: Sequence[tuple[int, str]]) -> Language:
    from copdesk.core.note_terms import guess_language, words

    counts = Counter(guess_language(words(text)) for _, text in notes)
    return "de" if counts["de"] > counts["en"] else "en"
