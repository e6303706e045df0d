"""Suggested clusters: quality (adjusted Rand index) and speed.

Quality is measured on ``data/cluster_sample.json`` (172 English and German
learning goals and retro notes in 14 topics, labelled by hand) against a
trivial baseline that groups notes by their first content word. Two other
methods run beside it: plain scikit-learn TF-IDF on the raw text with the same
agglomerative cut, and copdesk's own pipeline without the concept lexicon.
The default method is also scored on ``data/cluster_heldout.json``, a
held-out sample written independently of the method and the first sample,
beside the first-word baseline on the same notes, and on
``data/cluster_dev2.json``, a second development sample (172 notes, 16 topics
that differ from the first sample's), ``data/cluster_dev3.json``, a third
(143 notes, 13 other topics, written before the consensus method and the
lexicon's community and product-area concepts that it measured), and
``data/cluster_heldout2.json``, a second held-out sample in the same format as
the first.
Speed is the time for 1,000 notes against fitting a plain TF-IDF on the same
texts (the bare cost of reading them).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.report import Report, best_of

SAMPLE = Path(__file__).with_name("data") / "cluster_sample.json"
HELDOUT = Path(__file__).with_name("data") / "cluster_heldout.json"
DEV2 = Path(__file__).with_name("data") / "cluster_dev2.json"
DEV3 = Path(__file__).with_name("data") / "cluster_dev3.json"
HELDOUT2 = Path(__file__).with_name("data") / "cluster_heldout2.json"
Notes = Sequence[tuple[int, str]]


def load(path: Path = SAMPLE) -> tuple[list[tuple[int, str]], dict[int, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    notes = [(n["id"], n["text"]) for n in data["notes"]]
    return notes, {n["id"]: n["topic"] for n in data["notes"]}


def load_heldout(path: Path = HELDOUT) -> tuple[list[tuple[int, str]], dict[int, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data["notes"] if isinstance(data, dict) else data  # a list, or the dev samples' form
    notes = [(i, n["text"]) for i, n in enumerate(items, start=1)]
    return notes, {i: n["topic"] for i, n in enumerate(items, start=1)}


def first_word_groups(notes: Notes) -> dict[int, str]:
    from copdesk.core.note_terms import fold, is_content, words

    groups = {}
    for note_id, text in notes:
        content = [w for w in words(text) if is_content(w)]
        groups[note_id] = fold(content[0]) if content else ""
    return groups


def copdesk_groups(notes: Notes, **options: float) -> dict[int, int]:
    from copdesk.core.clustering import suggest_clusters

    proposals = suggest_clusters(notes, **options)  # type: ignore[arg-type]
    return {i: k for k, p in enumerate(proposals) for i in p.note_ids}


def plain_tfidf_groups(notes: Notes, threshold: float = 0.9) -> dict[int, int]:
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer().fit_transform([t for _, t in notes])
    distance = np.clip(1.0 - (matrix @ matrix.T).toarray(), 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform((distance + distance.T) / 2, checks=False), "average")
    labels = fcluster(tree, t=threshold, criterion="distance")
    return {note_id: int(label) for (note_id, _), label in zip(notes, labels, strict=True)}


def ari(truth: dict[int, str], found: dict[int, object]) -> float:
    from sklearn.metrics import adjusted_rand_score

    ids = sorted(truth)
    return float(adjusted_rand_score([truth[i] for i in ids], [str(found[i]) for i in ids]))


def thousand_notes(notes: Notes) -> list[tuple[int, str]]:
    """1,000 distinct notes: the sample repeated with a varying tail word."""
    tails = ["soon", "bald", "Q3", "team", "again", "wieder", "please", "bitte"]
    texts = [t for _, t in notes]
    return [
        (i + 1, f"{texts[i % len(texts)]} {tails[(i // len(texts)) % len(tails)]}")
        for i in range(1000)
    ]


def run(report: Report) -> None:
    notes, truth = load()
    baseline = ari(truth, first_word_groups(notes))
    methods: dict[str, Callable[[], dict[int, object]]] = {
        "copdesk (words + char n-grams + concepts)": lambda: copdesk_groups(notes),  # type: ignore[dict-item]
        "copdesk without concept lexicon": lambda: copdesk_groups(  # type: ignore[dict-item]
            notes, concept_weight=0.0, domain_weight=0.0, threshold=0.95
        ),
        "plain sklearn TF-IDF + average linkage": lambda: plain_tfidf_groups(notes),  # type: ignore[dict-item]
    }
    for name, method in methods.items():
        report(
            f"clustering ARI, {name}",
            ari(truth, method()),
            "ARI",
            baseline=baseline,
            baseline_unit="ARI (first word)",
            target=">= 0.6" if name.startswith("copdesk (") else "",
            note=f"{len(notes)} notes, {len(set(truth.values()))} topics",
        )

    samples = {
        "second dev sample": load(DEV2),
        "third dev sample": load(DEV3),
        "held-out sample": load_heldout(),
        "second held-out sample": load_heldout(HELDOUT2),
    }
    for label, (sample, sample_truth) in samples.items():
        report(
            f"clustering ARI, {label}, copdesk (default)",
            ari(sample_truth, copdesk_groups(sample)),  # type: ignore[arg-type]
            "ARI",
            baseline=ari(sample_truth, first_word_groups(sample)),  # type: ignore[arg-type]
            baseline_unit="ARI (first word)",
            note=f"{len(sample)} notes, {len(set(sample_truth.values()))} topics",
        )

    big = thousand_notes(notes)
    from copdesk.core.clustering import suggest_clusters

    suggest_clusters(big)  # warm: imports and stem caches

    def bare() -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        TfidfVectorizer().fit_transform([t for _, t in big])

    report(
        "suggest_clusters, 1,000 notes",
        best_of(lambda: suggest_clusters(big), repeat=3),
        "s",
        baseline=best_of(bare, repeat=3),
        baseline_unit="s (plain TF-IDF fit)",
        target="< 1 s",
    )
