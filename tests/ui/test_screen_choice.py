"""Which screen the audience gets: pure rules on fake screen lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.ui.presenter.screen_choice import ScreenInfo, choose_screens, screens_from_qt

LAPTOP = ScreenInfo("eDP-1", (0, 0, 1366, 768), is_primary=True)
PROJECTOR = ScreenInfo("HDMI-1", (1366, 0, 1920, 1080))
MONITOR = ScreenInfo("DP-2", (3286, 0, 2560, 1440))


def test_no_screens_opens_a_plain_window_with_the_bar() -> None:
    plan = choose_screens([], None)
    assert plan.audience is None
    assert plan.facilitator is None
    assert plan.needs_control_bar


def test_one_screen_is_shared_and_needs_the_control_bar() -> None:
    plan = choose_screens([LAPTOP], "eDP-1")
    assert plan.audience == LAPTOP
    assert plan.facilitator == LAPTOP
    assert plan.needs_control_bar
    assert plan.shared


def test_two_screens_the_audience_gets_the_other_one() -> None:
    plan = choose_screens([LAPTOP, PROJECTOR], "eDP-1")
    assert plan.audience == PROJECTOR
    assert plan.facilitator == LAPTOP
    assert not plan.needs_control_bar


def test_main_window_on_the_secondary_gives_the_audience_the_primary() -> None:
    plan = choose_screens([LAPTOP, PROJECTOR], "HDMI-1")
    assert plan.facilitator == PROJECTOR
    assert plan.audience == LAPTOP
    assert not plan.needs_control_bar


def test_unknown_main_window_screen_counts_as_the_primary() -> None:
    for name in (None, "", "gone"):
        plan = choose_screens([PROJECTOR, LAPTOP], name)
        assert plan.facilitator == LAPTOP
        assert plan.audience == PROJECTOR


def test_three_screens_prefer_a_non_primary_then_the_biggest() -> None:
    plan = choose_screens([LAPTOP, PROJECTOR, MONITOR], "eDP-1")
    assert plan.audience == MONITOR  # both non-primary; the bigger one
    plan = choose_screens([LAPTOP, PROJECTOR, MONITOR], "DP-2")
    assert plan.audience == PROJECTOR  # the primary is the last resort
    assert plan.facilitator == MONITOR


def test_three_screens_equal_size_keep_the_system_order() -> None:
    a = ScreenInfo("A", (0, 0, 1920, 1080), is_primary=True)
    b = ScreenInfo("B", (1920, 0, 1920, 1080))
    c = ScreenInfo("C", (3840, 0, 1920, 1080))
    assert choose_screens([a, b, c], "A").audience == b


def test_a_preferred_screen_wins_unless_it_is_the_facilitators() -> None:
    screens = [LAPTOP, PROJECTOR, MONITOR]
    assert choose_screens(screens, "eDP-1", preferred="HDMI-1").audience == PROJECTOR
    assert choose_screens(screens, "eDP-1", preferred="eDP-1").audience == MONITOR
    assert choose_screens(screens, "eDP-1", preferred="unplugged").audience == MONITOR


def test_mirrored_screens_are_one_picture() -> None:
    mirror = ScreenInfo("HDMI-1", (0, 0, 1366, 768))
    plan = choose_screens([LAPTOP, mirror], "HDMI-1")
    assert plan.needs_control_bar
    assert plan.audience == LAPTOP
    assert plan.facilitator == LAPTOP


def test_screens_without_size_are_ignored() -> None:
    broken = ScreenInfo("ghost", (0, 0, 0, 0))
    plan = choose_screens([LAPTOP, broken], "eDP-1")
    assert plan.needs_control_bar
    assert plan.audience == LAPTOP
    assert choose_screens([broken], "ghost").audience is None


screen_lists = st.lists(
    st.builds(
        ScreenInfo,
        name=st.sampled_from(["A", "B", "C", "D", "E"]),
        geometry=st.tuples(
            st.integers(-4000, 4000),
            st.integers(-2000, 2000),
            st.integers(0, 4000),
            st.integers(0, 3000),
        ),
        is_primary=st.booleans(),
    ),
    max_size=5,
)


@given(screen_lists, st.sampled_from([None, "A", "B", "C", "Z"]), st.sampled_from([None, "B", "Z"]))
def test_the_plan_is_always_consistent(
    screens: list[ScreenInfo], main: str | None, preferred: str | None
) -> None:
    plan = choose_screens(screens, main, preferred)
    if plan.audience is None:
        assert plan.needs_control_bar
        return
    assert plan.audience in screens
    assert plan.facilitator in screens
    if plan.needs_control_bar:
        assert plan.audience == plan.facilitator
    else:
        assert plan.audience.geometry != plan.facilitator.geometry


class _Rect:
    def __init__(self, x: int, y: int, w: int, h: int) -> None:
        self._v = (x, y, w, h)

    def x(self) -> int:
        return self._v[0]

    def y(self) -> int:
        return self._v[1]

    def width(self) -> int:
        return self._v[2]

    def height(self) -> int:
        return self._v[3]


class _FakeQScreen:
    def __init__(self, name: str, rect: tuple[int, int, int, int]) -> None:
        self._name = name
        self._rect = _Rect(*rect)

    def name(self) -> str:
        return self._name

    def geometry(self) -> _Rect:
        return self._rect


def test_screens_from_qt_reads_name_geometry_and_primary() -> None:
    laptop = _FakeQScreen("eDP-1", (0, 0, 1366, 768))
    projector = _FakeQScreen("", (1366, 0, 1920, 1080))
    infos = screens_from_qt([laptop, projector], laptop)
    assert infos == [
        ScreenInfo("eDP-1", (0, 0, 1366, 768), True),
        ScreenInfo("screen 2", (1366, 0, 1920, 1080), False),
    ]


def test_separate_x_screens_with_one_name_get_unique_names() -> None:
    first = _FakeQScreen("screen", (0, 0, 1366, 768))
    second = _FakeQScreen("screen", (0, 0, 1920, 1080))
    infos = screens_from_qt([first, second], first)
    assert [i.name for i in infos] == ["screen #1", "screen #2"]
    plan = choose_screens(infos, "screen #1")
    assert plan.audience == infos[1]
    assert not plan.needs_control_bar
