"""A realistic learning-goals board (40 goals from 10 people) for the cluster
and voting tests and the screenshots."""

from __future__ import annotations

from pathlib import Path

from copdesk.core.models import NoteDraft
from copdesk.desk.desk import Desk

PEOPLE = ("Ana", "Ben", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo")

LEARNING_GOALS: tuple[str, ...] = (
    # discovery and interviewing
    "Run better customer interviews",
    "Learn to ask open questions in user interviews",
    "Practise interview scripts with a partner",
    "Synthesise interview notes faster",
    "Recruit users for research without a research team",
    # metrics and experiments
    "Define a north star metric for my product",
    "Set up A/B tests that we can trust",
    "Read product analytics dashboards with confidence",
    "Write better experiment hypotheses",
    "Understand statistical significance in experiments",
    # roadmaps and prioritisation
    "Build an outcome-based roadmap",
    "Prioritise the backlog with the team, not alone",
    "Say no to stakeholders without burning bridges",
    "Try opportunity solution trees for prioritisation",
    # stakeholders and communication
    "Present product strategy to leadership",
    "Write clearer product one-pagers",
    "Tell a story with data in stakeholder reviews",
    "Handle difficult conversations with stakeholders",
    # design collaboration
    "Work closer with designers on prototypes",
    "Run a design sprint with my team",
    "Test paper prototypes with real users",
    "Learn the basics of accessibility in design",
    # technical understanding
    "Understand our APIs well enough to discuss trade-offs",
    "Learn basic SQL to answer my own questions",
    "Get comfortable with technical debt discussions",
    "Understand how our cloud costs work",
    # AI and machine learning
    "Learn what LLMs can and cannot do for our product",
    "Prototype an AI feature with the team",
    "Understand how to evaluate machine learning models",
    # team and facilitation
    "Facilitate better retrospectives",
    "Run workshops that end with clear decisions",
    "Coach new product managers joining the team",
    "Give feedback that helps people grow",
    # career and leadership
    "Prepare for a senior product manager role",
    "Find a mentor outside my department",
    "Grow into product leadership",
    # odd ones out
    "Read one book a month",
    "Visit a product meetup in Berlin",
    "Take a pottery class",
    "Sleep more during release weeks",
)


def make_learning_goals(path: Path, count: int = len(LEARNING_GOALS)) -> tuple[Path, int]:
    """A learning-goals session with ``count`` goals in "My learning goals"."""
    desk = Desk.open(path)
    try:
        session = desk.create_session("learning-goals", "Learning goals — spring")
        drafts = [
            NoteDraft(text=text, color=i % 3, author=PEOPLE[i % len(PEOPLE)])
            for i, text in enumerate(LEARNING_GOALS[:count])
        ]
        desk.place_and_add(session.id, drafts, frame_title="My learning goals")
    finally:
        desk.close()
    return path, session.id
