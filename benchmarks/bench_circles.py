"""Learning circles: our matching against random grouping of the same sizes.

A seeded synthetic roster stands in for a real community: teams of uneven size,
interests drawn with a long tail (a few popular topics, many niche ones), 1–4
interests per person, and the spelling variants people type ("UX research",
"ux-Research"). For 40 and 400 members it reports the shared-interest score
(mean share of a circle's members holding its topic), the share of circles with
a shared topic, the team mix (distinct teams / circle size) and the time, each
beside random grouping measured in the same run.
"""

from __future__ import annotations

import random

from benchmarks.report import Report, best_of
from copdesk.core.circles import MatchMember, evaluate, random_grouping, suggest_circles

TOPICS = (
    "UX Research",
    "Testing",
    "Product Discovery",
    "Accessibility",
    "Kotlin",
    "TypeScript",
    "Data Visualisation",
    "SQL",
    "Domain-Driven Design",
    "Kubernetes",
    "Observability",
    "Pair Programming",
    "Roadmapping",
    "OKRs",
    "Figma",
    "Design Systems",
    "Security",
    "Rust",
    "Python",
    "Machine Learning",
    "Public Speaking",
    "Facilitation",
    "Coaching",
    "Technical Writing",
    "Event Storming",
    "A/B Testing",
    "Mobile",
    "Performance",
    "Qualitätssicherung",
    "Legacy Code",
    "Architecture",
    "Hiring",
    "Analytics",
    "Story Mapping",
    "Continuous Delivery",
    "GraphQL",
    "Feature Flags",
    "Chaos Engineering",
)


def _variant(tag: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return tag.lower()
    if roll < 0.2:
        return tag.replace(" ", "-")
    if roll < 0.25:
        return f" {tag.upper()} "
    return tag


def roster(n: int, seed: int) -> list[MatchMember]:
    """A realistic roster of ``n`` members, the same for the same seed."""
    rng = random.Random(seed)
    team_count = max(3, n // 8)
    team_weights = [1 / (i + 1) ** 0.7 for i in range(team_count)]
    topic_weights = [1 / (i + 1) ** 0.9 for i in range(len(TOPICS))]
    members = []
    for i in range(n):
        team = rng.choices(range(team_count), team_weights)[0]
        k = rng.choices((1, 2, 3, 4), (2, 4, 3, 1))[0]
        tags = {TOPICS[j] for j in rng.choices(range(len(TOPICS)), topic_weights, k=k)}
        interests = tuple(_variant(t, rng) for t in sorted(tags))
        members.append(MatchMember(i + 1, f"Team {team + 1}", interests))
    return members


def run(report: Report) -> None:
    for n in (40, 400):
        members = roster(n, seed=n)
        ids = [m.id for m in members]
        ours = evaluate([c.member_ids for c in suggest_circles(members, seed=1)], members)
        chance = evaluate(random_grouping(ids, seed=1), members)
        report(
            f"circles {n}: shared-interest score",
            ours.shared_interest,
            "",
            baseline=chance.shared_interest,
            note="random grouping as baseline; 1 = everyone shares the topic",
        )
        report(
            f"circles {n}: circles with a shared topic",
            ours.circles_with_topic,
            "",
            baseline=chance.circles_with_topic,
        )
        report(
            f"circles {n}: team mix",
            ours.team_mix,
            "",
            baseline=chance.team_mix,
            note="distinct teams / circle size",
        )
        ours_s = best_of(lambda members=members: suggest_circles(members, seed=1), repeat=3)
        chance_s = best_of(lambda ids=ids: random_grouping(ids, seed=1), repeat=3)
        report(
            f"circles {n}: suggest time",
            ours_s * 1000,
            "ms",
            baseline=chance_s * 1000,
            baseline_unit="ms (random grouping)",
            target="< 1 s",
        )
