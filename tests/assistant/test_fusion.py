"""Rank fusion on hand-made rankings; expected values are worked out by hand."""

from __future__ import annotations

import pytest

from assistant.fusion import RRF_K, min_max, rrf, weighted_fusion


def test_rrf_constant_is_60() -> None:
    assert RRF_K == 60


def test_rrf_sums_reciprocal_ranks_over_rankings() -> None:
    scores = rrf([["a", "b", "c"], ["b", "d"]])
    assert scores == pytest.approx(
        {
            "a": 1 / 61,
            "b": 1 / 62 + 1 / 61,
            "c": 1 / 63,
            "d": 1 / 62,
        }
    )
    # b is second and first: agreement beats a single first place
    assert max(scores, key=scores.get) == "b"


def test_rrf_a_key_missing_from_one_ranking_only_gets_the_other() -> None:
    scores = rrf([["x"], []])
    assert scores == pytest.approx({"x": 1 / 61})


def test_rrf_first_place_alone_cannot_beat_two_good_places() -> None:
    # "solo" is first in one ranking only; "both" is 5th and 5th.
    scores = rrf([["solo", "p", "q", "r", "both"], ["s", "t", "u", "v", "both"]])
    assert scores["solo"] == pytest.approx(1 / 61)
    assert scores["both"] == pytest.approx(2 / 65)
    assert scores["both"] > scores["solo"]


def test_rrf_custom_k_and_empty_input() -> None:
    assert rrf([["a", "b"]], k=0) == pytest.approx({"a": 1.0, "b": 0.5})
    assert rrf([]) == {}
    assert rrf([[], []]) == {}


def test_min_max_scales_to_unit_interval() -> None:
    assert min_max({"a": 2.0, "b": 4.0, "c": 3.0}) == pytest.approx({"a": 0.0, "b": 1.0, "c": 0.5})
    assert min_max({"a": -1.0, "b": 1.0}) == pytest.approx({"a": 0.0, "b": 1.0})


def test_min_max_edge_cases() -> None:
    assert min_max({}) == {}
    assert min_max({"only": 7.5}) == {"only": 1.0}
    assert min_max({"a": 0.3, "b": 0.3}) == {"a": 1.0, "b": 1.0}  # ties: all equally good, not 0/0


def test_weighted_fusion_by_hand() -> None:
    dense = {"a": 0.9, "b": 0.5, "c": 0.7}  # minmax: a 1.0, b 0.0, c 0.5
    lexical = {"a": 2.0, "b": 10.0, "d": 6.0}  # minmax: a 0.0, b 1.0, d 0.5
    fused = weighted_fusion(dense, lexical, alpha=0.3)
    assert fused == pytest.approx(
        {
            "a": 0.3 * 1.0 + 0.7 * 0.0,
            "b": 0.3 * 0.0 + 0.7 * 1.0,
            "c": 0.3 * 0.5,  # missing from the lexical list: 0 there
            "d": 0.7 * 0.5,  # missing from the dense list: 0 there
        }
    )
    assert sorted(fused, key=fused.get, reverse=True) == ["b", "d", "a", "c"]


def test_weighted_fusion_alpha_bounds_select_one_list() -> None:
    dense = {"a": 1.0, "b": 0.0}
    lexical = {"a": 0.0, "b": 5.0, "c": 2.5}
    only_lexical = weighted_fusion(dense, lexical, alpha=0.0)
    assert only_lexical == pytest.approx({"a": 0.0, "b": 1.0, "c": 0.5})
    only_dense = weighted_fusion(dense, lexical, alpha=1.0)
    assert only_dense == pytest.approx({"a": 1.0, "b": 0.0, "c": 0.0})


@pytest.mark.parametrize("alpha", [-0.01, 1.01, 2.0])
def test_weighted_fusion_rejects_alpha_outside_0_1(alpha: float) -> None:
    with pytest.raises(ValueError):
        weighted_fusion({"a": 1.0}, {"a": 1.0}, alpha)


def test_weighted_fusion_with_an_empty_side() -> None:
    assert weighted_fusion({}, {}, 0.5) == {}
    assert weighted_fusion({"a": 0.2, "b": 0.8}, {}, 0.3) == pytest.approx({"a": 0.0, "b": 0.3})
    assert weighted_fusion({}, {"x": 3.0}, 0.3) == pytest.approx({"x": 0.7})


def test_weighted_fusion_does_not_mutate_inputs() -> None:
    dense = {"a": 0.9, "b": 0.1}
    lexical = {"a": 1.0}
    weighted_fusion(dense, lexical, 0.5)
    assert dense == {"a": 0.9, "b": 0.1} and lexical == {"a": 1.0}
