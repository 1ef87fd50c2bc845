"""The scorer: matching, verdict accuracy, sensitivity and specificity, on our own sentences."""

from __future__ import annotations

from tradestats.evaluate import _same_value, evaluate, markdown_table


def _item(sentence: str, claims: list[dict], cls: str = "x") -> dict:
    return {
        "id": cls,
        "class": cls,
        "sentence": sentence,
        "dateline": "2023-09-18",
        "claims": claims,
    }


def _claim(kind: str, flow: str, period: str, value: str, verdict: str, surface: str) -> dict:
    return {
        "kind": kind,
        "subject": {"reporter": "CHN", "partner": "PRK", "flow": flow},
        "period": period,
        "value": value,
        "verdict": verdict,
        "surface": surface,
    }


def test_values_match_exactly_or_to_the_written_decimals() -> None:
    assert _same_value("198000000", "198000000")
    assert _same_value("33.333333", "33.33")  # "a third" labelled to two decimals
    assert not _same_value("197390000", "197400000")  # a money value must match exactly
    assert not _same_value("33.4", "33.33")
    assert _same_value(None, None) and not _same_value("1", None)


def test_accuracy_sensitivity_and_specificity() -> None:
    # Exports Aug 2023 $162.9m, +4.1% m/m (GACC release via Yonhap, 2023-09-18, in the data).
    sentence = (
        "China's exports to North Korea rose 4.1 percent in August from the previous month to "
        "$162.9 million."
    )
    right = _item(
        sentence,
        [
            _claim("change_pct", "export", "2023-08/2023-08", "4.1", "correct", "4.1 percent"),
            _claim("level", "export", "2023-08/2023-08", "162900000", "correct", "$162.9 million"),
        ],
        "a",
    )
    # The same sentence with the change mislabelled as wrong: the checker calls it correct, so
    # the label is missed (sensitivity 0 of 1) and the verdict counts as a mistake.
    mislabelled = _item(
        sentence,
        [_claim("change_pct", "export", "2023-08/2023-08", "4.1", "wrong", "4.1 percent")],
        "b",
    )
    r = evaluate([right, mislabelled])
    assert (r["claims_labelled"], r["matched"]) == (3, 3)
    assert r["claims_found"] == 4  # two claims found in each copy of the sentence
    assert r["verdict_accuracy"] == 2 / 3
    assert (r["sensitivity"], r["labelled_wrong"]) == (0.0, 1)
    assert (r["specificity"], r["labelled_right"]) == (1.0, 2)
    assert r["classes"]["a"]["verdict_accuracy"] == 1.0
    assert r["classes"]["b"]["precision"] == 0.5  # found 2, one labelled
    table = markdown_table(r)
    assert "| a | 1 | 2 |" in table and "0.00 (1)" in table


def test_a_streak_labelled_by_its_run_matches_its_last_month_and_length() -> None:
    from types import SimpleNamespace

    from tradestats.evaluate import _matches

    label = _claim("streak", "export", "2021-06/2021-09", None, "correct", "fourth straight month")
    label["value"] = None
    found = SimpleNamespace(
        kind="streak",
        reporter="CHN",
        partner="PRK",
        flow="export",
        period="2021-09/2021-09",
        value="4",
    )
    assert _matches(found, label)
    # the same figure for another pair matches only when the subject is not required
    other = SimpleNamespace(**{**vars(found), "reporter": "USA"})
    assert _matches(other, label) and not _matches(other, label, subject=True)
    assert not _matches(SimpleNamespace(**{**vars(found), "value": "5"}), label)
    assert not _matches(SimpleNamespace(**{**vars(found), "period": "2021-08/2021-08"}), label)
