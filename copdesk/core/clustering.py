"""Suggested clusters: group a session's notes by what their text means.

Offline and deterministic. Each note becomes four weighted, normalised blocks
of features: TF-IDF of its key terms (stems of its content words, German
compounds split, German words mapped onto English ones, see
:mod:`copdesk.core.note_terms`); TF-IDF of the *concepts* of product and
community work it touches (a bilingual lexicon, so "Bewerbungsgespräche" and
"interviewing candidates" meet without a shared word); a weaker block of the
concepts' broader domains; and character n-grams of its words, which catch
spelling variants. Notes are grouped by average-linkage agglomerative
clustering on cosine distance. One tree cut at one distance hinges on tiny
similarities near its top, so the groups are a *consensus*: trees for nine
nearby settings of the concept and domain weights, each cut at four distances
around the threshold, and two notes share a group if most of these runs put
them together. A note left alone then joins the group it resembles most, if
it resembles it at all. The number of groups follows from the notes, not
from a fixed k. The weights and cuts were chosen on three labelled
development samples in ``benchmarks/data``.

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

#: Cut of the dendrograms (cosine distance, 0..1), the middle of the band of cuts
#: the consensus uses; chosen on the development samples.
DEFAULT_THRESHOLD = 0.91
#: Weight of the word features (stems).
DEFAULT_WORD_WEIGHT = 1.0
#: Weight of the concepts (see cluster_lexicon.CONCEPT_TABLE); 0 turns them off.
DEFAULT_CONCEPT_WEIGHT = 1.0
#: Weight of the concepts' broader domains; 0 turns them off.
DEFAULT_DOMAIN_WEIGHT = 0.3
#: The consensus clusters with the concept and domain weights times these
#: factors, each tree cut at ``threshold`` plus these offsets ...
CONSENSUS_CONCEPT_FACTORS = (0.7, 1.0, 1.4)
CONSENSUS_DOMAIN_FACTORS = (1 / 3, 1.0, 5 / 3)
CONSENSUS_CUT_OFFSETS = (-0.03, -0.01, 0.01, 0.03)
#: ... and keeps two notes together if at most this share of the runs split them.
CONSENSUS_AGREEMENT = 0.5
#: Mean cosine similarity to a group at which a note left alone joins it.
ATTACH_SIMILARITY = 0.06
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
    blocks = _block_similarities([terms[i] for i in with_terms], weights)
    groups = _consensus(blocks, threshold, weights)
    offset = len(terms)
    for index, group in zip(with_terms, groups, strict=True):
        labels[index] = offset + int(group)
    return labels


@dataclass(frozen=True, slots=True)
class _Block:
    """Cosine similarities of one feature block and which notes have any feature in it."""

    similarity: np.ndarray
    present: np.ndarray


def _block_similarities(terms: Sequence[list[Term]], weights: _Weights) -> list[_Block]:
    """Per block (words, concepts, domains, character n-grams): its similarity matrix."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    def block(matrix: Any) -> _Block:
        from sklearn.preprocessing import normalize

        unit = normalize(matrix.tocsr())
        similarity = (unit @ unit.T).toarray().astype(_float64())
        return _Block(similarity, (unit.getnnz(axis=1) > 0).astype(_float64()))

    def tfidf(docs: list[list[str]], sublinear: bool = False) -> _Block:
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=sublinear, dtype=_float32())
        return block(vectorizer.fit_transform(docs))

    def empty() -> _Block:
        import numpy as np

        n = len(terms)
        return _Block(np.zeros((n, n)), np.zeros(n))

    keys = [[t.key for t in note if not t.key.startswith(CONCEPT_PREFIX)] for note in terms]
    blocks = [tfidf(keys, sublinear=True) if any(keys) else empty()]
    concepts = [[t.key for t in note if _is_concept(t.key)] for note in terms]
    use = weights.concepts > 0 and any(concepts)
    blocks.append(tfidf(concepts) if use else empty())
    domains = [[t.key for t in note if t.key.startswith(DOMAIN_PREFIX)] for note in terms]
    use = weights.domains > 0 and any(domains)
    blocks.append(tfidf(domains) if use else empty())
    surfaces = [
        " ".join(sorted({fold(t.surface) for t in note if not _is_feature_only(t)}))
        for note in terms
    ]
    if weights.chars > 0 and any(surfaces):
        chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=_float32()
        )
        blocks.append(block(chars.fit_transform(surfaces)))
    else:
        blocks.append(empty())
    return blocks


def _combined(blocks: Sequence[_Block], weights: Sequence[float]) -> np.ndarray:
    """Cosine similarity of the notes' vectors: each block normalised, then weighted."""
    import numpy as np

    similarity = sum(w * w * b.similarity for w, b in zip(weights, blocks, strict=True))
    norm = np.sqrt(sum(w * w * b.present for w, b in zip(weights, blocks, strict=True)))
    norm[norm == 0] = 1.0
    result: np.ndarray = np.asarray(similarity) / np.outer(norm, norm)
    return result


def _consensus(blocks: Sequence[_Block], threshold: float, weights: _Weights) -> np.ndarray:
    """Groups that many nearby settings of the method agree on.

    One average-linkage tree per setting of the concept and domain weights
    around the given ones, each cut at distances around ``threshold``; two
    notes share a group if at least half of these clusterings put them
    together (average linkage on the co-association). A single cut of a single
    tree hinges on tiny similarities near the top of the tree, the consensus
    does not. Notes left alone then join the group they resemble most, if they
    resemble it at all.
    """
    import numpy as np

    n = len(blocks[0].present)
    together = np.zeros((n, n))
    runs = 0
    for concept_factor in CONSENSUS_CONCEPT_FACTORS:
        for domain_factor in CONSENSUS_DOMAIN_FACTORS:
            setting = (
                weights.words,
                weights.concepts * concept_factor,
                weights.domains * domain_factor,
                weights.chars,
            )
            tree = _tree(_combined(blocks, setting))
            for offset in CONSENSUS_CUT_OFFSETS:
                groups = _cut(tree, min(threshold + offset, 1.0))
                together += groups[:, None] == groups[None, :]
                runs += 1
    consensus = _cut(_tree(together / runs), CONSENSUS_AGREEMENT)
    center = (weights.words, weights.concepts, weights.domains, weights.chars)
    return _attach_loners(consensus, _combined(blocks, center))


def _tree(similarity: np.ndarray) -> np.ndarray:
    import numpy as np
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    distance = (distance + distance.T) / 2.0  # exact symmetry for squareform
    tree: np.ndarray = linkage(squareform(distance, checks=False), method="average")
    return tree


def _cut(tree: np.ndarray, threshold: float) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster

    groups: np.ndarray = fcluster(tree, t=threshold, criterion="distance")
    return groups


def _attach_loners(groups: np.ndarray, similarity: np.ndarray) -> np.ndarray:
    """A note alone joins the group of highest mean similarity if that reaches ATTACH_SIMILARITY."""
    import numpy as np

    labels, counts = np.unique(groups, return_counts=True)
    real = labels[counts > 1]
    if len(real) == 0:
        return groups
    members = [np.flatnonzero(groups == label) for label in real]
    result = groups.copy()
    for label in labels[counts == 1]:
        note = int(np.flatnonzero(groups == label)[0])
        means = np.array([similarity[note, m].mean() for m in members])
        best = int(np.argmax(means))  # first of equals: deterministic
        if means[best] >= ATTACH_SIMILARITY:
            result[note] = real[best]
    return result


def _is_concept(key: str) -> bool:
    return key.startswith(CONCEPT_PREFIX) and not key.startswith(DOMAIN_PREFIX)


def _is_feature_only(term: Term) -> bool:
    return term.key.startswith(CONCEPT_PREFIX)


def _identity(keys: list[str]) -> list[str]:
    return keys


def _float32() -> Any:
    import numpy as np

    return np.float32


def _float64() -> Any:
    import numpy as np

    return np.float64


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
