"""Suggested clusters: every note in exactly one group, deterministic, robust."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.clustering import ClusterProposal, suggest_clusters
from copdesk.core.note_terms import fold, guess_language, note_terms, words

DATA = Path(__file__).parents[2] / "benchmarks" / "data"
SAMPLE = DATA / "cluster_sample.json"
DEV2 = DATA / "cluster_dev2.json"

note_lists = st.lists(
    st.tuples(st.integers(min_value=1, max_value=10**9), st.text(max_size=120)),
    max_size=40,
    unique_by=lambda n: n[0],
)


def flatten(proposals: list[ClusterProposal]) -> list[int]:
    return [i for p in proposals for i in p.note_ids]


@given(note_lists)
def test_every_note_lands_in_exactly_one_group(notes: list[tuple[int, str]]) -> None:
    proposals = suggest_clusters(notes)
    assert sorted(flatten(proposals)) == sorted(i for i, _ in notes)
    assert all(p.note_ids for p in proposals)
    assert sum(p.rest for p in proposals) <= 1


@given(note_lists, st.randoms(use_true_random=False))
def test_same_notes_give_the_same_proposal_in_any_order(notes, random) -> None:  # type: ignore[no-untyped-def]
    first = suggest_clusters(notes)
    shuffled = list(notes)
    random.shuffle(shuffled)
    assert suggest_clusters(shuffled) == first
    assert suggest_clusters(notes) == first


@given(st.lists(st.text(alphabet=st.characters(codec=None), max_size=60), min_size=0, max_size=20))
def test_arbitrary_unicode_never_raises(texts: list[str]) -> None:
    notes = list(enumerate(texts, start=1))
    proposals = suggest_clusters(notes, language_hint="de")
    assert sorted(flatten(proposals)) == [i for i, _ in notes]


def test_awkward_texts_are_grouped_without_error() -> None:
    notes = [
        (1, ""),
        (2, "   \n\t "),
        (3, "🎉🎉🎉"),
        (4, "\ud800 lone surrogate"),
        (5, "SQL lernen " * 180),  # 2,000 characters
        (6, "Learn SQL for product analytics"),
        (7, "Learn SQL for product analytics"),
        (8, "Learn SQL for product analytics"),
        (9, "\x00\x01 control"),
    ]
    proposals = suggest_clusters(notes)
    assert sorted(flatten(proposals)) == list(range(1, 10))
    rest = [p for p in proposals if p.rest]
    assert rest and {1, 2, 3} <= set(rest[0].note_ids)
    together = next(p for p in proposals if 6 in p.note_ids)
    assert {6, 7, 8} <= set(together.note_ids)
    assert not together.rest


def test_empty_input_gives_no_proposals() -> None:
    assert suggest_clusters([]) == []


def test_a_single_note_is_the_rest() -> None:
    assert suggest_clusters([(4, "Learn SQL")]) == [ClusterProposal("Other", (4,), (), rest=True)]
    assert suggest_clusters([(4, "SQL lernen")], language_hint="de")[0].label == "Sonstiges"


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ValueError):
        suggest_clusters([(1, "a"), (1, "b")])


def test_english_and_german_notes_on_one_topic_meet() -> None:
    notes = [
        (1, "Run user interviews every month"),
        (2, "Nutzerinterviews selbst führen"),
        (3, "Talk to customers in interviews"),
        (4, "Write SQL queries for our dashboards"),
        (5, "SQL-Abfragen selbst schreiben"),
        (6, "Learn SQL joins"),
    ]
    proposals = suggest_clusters(notes)
    groups = {frozenset(p.note_ids) for p in proposals if not p.rest}
    assert frozenset({1, 2, 3}) in groups
    assert frozenset({4, 5, 6}) in groups


def test_labels_are_readable_key_words_not_stems() -> None:
    notes = [
        (1, "Prioritise the backlog with RICE"),
        (2, "Backlog prioritisation for the roadmap"),
        (3, "Clean up the backlog before planning"),
    ]
    (proposal,) = suggest_clusters(notes)
    assert proposal.keywords[0] == "backlog"
    assert 1 <= len(proposal.keywords) <= 3
    assert proposal.label == ", ".join(proposal.keywords)
    assert all(k.casefold() in " ".join(t for _, t in notes).casefold() for k in proposal.keywords)


@pytest.mark.parametrize(("sample", "least"), [(SAMPLE, 0.6), (DEV2, 0.5)])
def test_the_labelled_samples_are_grouped_well(sample: Path, least: float) -> None:
    from sklearn.metrics import adjusted_rand_score

    data = json.loads(sample.read_text(encoding="utf-8"))
    truth = {n["id"]: n["topic"] for n in data["notes"]}
    proposals = suggest_clusters([(n["id"], n["text"]) for n in data["notes"]])
    found = {i: k for k, p in enumerate(proposals) for i in p.note_ids}
    ids = sorted(truth)
    assert adjusted_rand_score([truth[i] for i in ids], [found[i] for i in ids]) >= least


def test_terms_fold_umlauts_split_compounds_and_map_german_words() -> None:
    assert fold("Präsentation") == "prasentation"
    assert words("A/B-Tests für Kunden") == ["AB", "Tests", "für", "Kunden"]
    assert guess_language(words("Wir brauchen mehr Zeit für die Community")) == "de"
    assert guess_language(words("We need more time for the community")) == "en"
    english, german = note_terms(["customer interviews", "Kundeninterviews mit Kunden"])
    assert {t.key for t in english} <= {t.key for t in german}
