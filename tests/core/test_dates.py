"""Typed dates: every form a person uses, and no part of an old date kept."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.dates import NotADate, parse_typed_date, parse_typed_moment, parse_typed_time


@pytest.mark.parametrize("text", ["2026-12-15", "2026/12/15", "2026.12.15", "2026年12月15日",
                                  "20261215", " 2026-12-15 ", "2026年12月15",
                                  "２０２６－１２－１５",
                                  "2026 年 12 月 15 日"])
def test_every_usual_form(text: str) -> None:
    assert parse_typed_date(text) == date(2026, 12, 15)


def test_single_digit_months_and_days() -> None:
    assert parse_typed_date("2031-3-7") == date(2031, 3, 7)
    assert parse_typed_date("2031年3月7日") == date(2031, 3, 7)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "20260230", "2026年2月29日"])
def test_an_impossible_date_is_refused_as_such(text: str) -> None:
    with pytest.raises(NotADate) as raised:
        parse_typed_date(text)
    assert raised.value.impossible


@pytest.mark.parametrize("text", ["", "2026", "2026-12", "15/12/2026", "tomorrow", "2026-12-15x",
                                  "202612151"])
def test_what_is_not_a_date(text: str) -> None:
    with pytest.raises(NotADate) as raised:
        parse_typed_date(text)
    assert not raised.value.impossible


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_date_comes_back_as_typed(day: date) -> None:
    for text in (day.isoformat(), day.strftime("%Y/%m/%d"), day.strftime("%Y%m%d"),
                 f"{day.year}年{day.month}月{day.day}日"):
        assert parse_typed_date(text) == day


@pytest.mark.parametrize("text", ["14:30", "14.30", "1430", "14时30分", "１４：３０", " 14:30 "])
def test_times_as_typed(text: str) -> None:
    assert parse_typed_time(text) == time(14, 30)


@pytest.mark.parametrize(("text", "impossible"), [("25:00", True), ("14:75", True),
                                                  ("2:3", False), ("noon", False), ("", False)])
def test_what_is_no_time(text: str, impossible: bool) -> None:
    with pytest.raises(NotADate) as raised:
        parse_typed_time(text)
    assert raised.value.impossible == impossible


@pytest.mark.parametrize("text", ["2026-12-15 14:30", "2026/12/15 1430", "2026年12月15日14时30分",
                                  "2026年12月15日 14:30", "20261215 14:30", "2026-12-15T14:30"])
def test_moments_as_typed(text: str) -> None:
    assert parse_typed_moment(text) == datetime(2026, 12, 15, 14, 30)


@pytest.mark.parametrize(("text", "impossible"), [("2026-02-30 10:00", True),
                                                  ("2026-12-15 24:10", True),
                                                  ("2026-12-15", False), ("14:30", False)])
def test_what_is_no_moment(text: str, impossible: bool) -> None:
    with pytest.raises(NotADate) as raised:
        parse_typed_moment(text)
    assert raised.value.impossible == impossible
