"""Agreement metrics of corpora/agreement/agreement.py against hand-computed values."""

from __future__ import annotations

import doctest
import importlib.util
from fractions import Fraction
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "corpora" / "agreement" / "agreement.py"
spec = importlib.util.spec_from_file_location("corpus_agreement", PATH)
agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(agreement)


def test_masi_distance_cases() -> None:
    assert agreement.masi_distance({"a"}, {"a"}) == 0.0
    assert agreement.masi_distance(set(), set()) == 0.0
    # subset: J = 1/2, M = 2/3 -> 1 - 1/3
    assert agreement.masi_distance({"a", "b"}, {"a"}) == pytest.approx(2 / 3)
    # overlap only: J = 1/3, M = 1/3 -> 1 - 1/9
    assert agreement.masi_distance({"a", "b"}, {"a", "c"}) == pytest.approx(8 / 9)
    assert agreement.masi_distance({"a"}, {"b"}) == 1.0
    assert agreement.masi_distance(set(), {"b"}) == 1.0


def test_alpha_masi_hand_computed() -> None:
    # D_o = (0 + 2/3 + 1) * 2 / 6 = 5/9; D_e = 2 * (2 + 3 + 3 + 2/3 + 1 + 1) / 30 = 32/45
    units = [[{"a"}, {"a"}], [{"a", "b"}, {"a"}], [{"b"}, {"c"}]]
    expected = 1 - Fraction(5, 9) / Fraction(32, 45)
    assert expected == Fraction(7, 32)
    assert agreement.krippendorff_alpha(units, agreement.masi_distance) == pytest.approx(float(expected))


def test_alpha_nominal_matches_textbook_value() -> None:
    # Two coders, nominal: units (x,x) (x,y) (y,y) (y,y). n = 8 values: 3 x, 5 y.
    # D_o = 2 / 8; D_e = 2*3*5 / (8*7) = 30/56 -> alpha = 1 - (1/4) / (15/28) = 1 - 7/15 = 8/15
    units = [["x", "x"], ["x", "y"], ["y", "y"], ["y", "y"]]
    assert agreement.krippendorff_alpha(units, agreement.nominal_distance) == pytest.approx(8 / 15)


def test_alpha_perfect_and_undefined() -> None:
    units = [[{"a"}, {"a"}], [{"b"}, {"b"}]]
    assert agreement.krippendorff_alpha(units, agreement.masi_distance) == 1.0
    assert agreement.krippendorff_alpha([[{"a"}, {"a"}]], agreement.masi_distance) is None


def test_cohen_kappa_hand_computed() -> None:
    # p_o = 3/4, p_e = 1/2 * 1/4 + 1/2 * 3/4 = 1/2 -> kappa = 1/2
    assert agreement.cohen_kappa(["x", "x", "y", "y"], ["x", "y", "y", "y"]) == pytest.approx(0.5)
    assert agreement.cohen_kappa([False] * 5, [False] * 5) is None
    with pytest.raises(ValueError):
        agreement.cohen_kappa(["x"], ["x", "y"])


def test_module_doctests() -> None:
    result = doctest.testmod(agreement)
    assert result.attempted >= 2 and result.failed == 0
