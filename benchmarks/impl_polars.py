"""Idiomatic polars: joins on calendar keys, window expressions over the series keys.

The same query runs eagerly (``polars``) and lazily (``polars-lazy``: one ``LazyFrame`` plan,
``collect()`` at the end). Months are ``pl.Date`` (first day of the month) as read from Parquet.
"""

from __future__ import annotations

import polars as pl

KEYS = ["reporter", "partner", "flow", "commodity"]


def load(path: str) -> pl.DataFrame:
    return pl.read_parquet(path)


def _monthly(panel: pl.LazyFrame | pl.DataFrame):  # noqa: ANN202
    return panel.filter(
        pl.col("preferred") & pl.col("value_usd").is_not_null() & (pl.col("start") == pl.col("end"))
    ).select([*KEYS, pl.col("start").alias("month"), "value_usd"])


def _pct(new: str, old: str) -> pl.Expr:
    base = pl.when(pl.col(old) > 0).then(pl.col(old).cast(pl.Float64))
    return (pl.col(new).cast(pl.Float64) / base - 1) * 100


def _lagged(panel, lag: int):  # noqa: ANN001, ANN202
    m = _monthly(panel)
    base = m.select(
        *KEYS,
        pl.col("month").dt.offset_by(f"{lag}mo"),
        pl.col("value_usd").alias("base_value_usd"),
    )
    out = m.join(base, on=[*KEYS, "month"], how="left")
    return out.with_columns(change_pct=_pct("value_usd", "base_value_usd"))


def yoy(panel):  # noqa: ANN001, ANN201
    return _lagged(panel, 12)


def mom(panel):  # noqa: ANN001, ANN201
    return _lagged(panel, 1)


def rolling(panel):  # noqa: ANN001, ANN201
    m = _monthly(panel).sort([*KEYS, "month"])
    window = {"by": "month", "window_size": "12mo"}
    return m.with_columns(
        rolling_usd=pl.when(
            pl.col("value_usd").is_not_null().cast(pl.Int64).rolling_sum_by(**window).over(KEYS)
            == 12
        ).then(pl.col("value_usd").rolling_sum_by(**window).over(KEYS).cast(pl.Float64))
    )


def ytd(panel):  # noqa: ANN001, ANN201
    m = _monthly(panel).sort([*KEYS, "month"]).with_columns(year=pl.col("month").dt.year())
    group = [*KEYS, "year"]
    complete = (pl.int_range(1, pl.len() + 1).over(group) == pl.col("month").dt.month()).cum_min()
    m = m.with_columns(
        ytd_usd=pl.when(complete.over(group)).then(
            pl.col("value_usd").cum_sum().over(group).cast(pl.Float64)
        )
    )
    base = m.select(
        *KEYS, pl.col("month").dt.offset_by("12mo"), pl.col("ytd_usd").alias("base_ytd_usd")
    )
    out = m.join(base, on=[*KEYS, "month"], how="left")
    return out.with_columns(ytd_change_pct=_pct("ytd_usd", "base_ytd_usd"))


def annual(panel):  # noqa: ANN001, ANN201
    m = _monthly(panel).with_columns(year=pl.col("month").dt.year())
    a = m.group_by([*KEYS, "year"]).agg(
        annual_usd=pl.when(pl.len() == 12).then(pl.col("value_usd").sum().cast(pl.Float64))
    )
    base = a.select(*KEYS, pl.col("year") + 1, pl.col("annual_usd").alias("base_annual_usd"))
    out = a.join(base, on=[*KEYS, "year"], how="left")
    return out.with_columns(change_pct=_pct("annual_usd", "base_annual_usd"))


def share(panel):  # noqa: ANN001, ANN201
    m = _monthly(panel)
    world = m.filter(pl.col("partner") == "WLD").select(
        "reporter", "flow", "commodity", "month", pl.col("value_usd").alias("world_usd")
    )
    parts = m.filter(pl.col("partner") != "WLD")
    out = parts.join(world, on=["reporter", "flow", "commodity", "month"], how="left")
    w = pl.when(pl.col("world_usd") > 0).then(pl.col("world_usd").cast(pl.Float64))
    return out.with_columns(share_pct=pl.col("value_usd").cast(pl.Float64) / w * 100)


OPS = {"yoy": yoy, "mom": mom, "rolling": rolling, "ytd": ytd, "annual": annual, "share": share}


def _lazy(fn):  # noqa: ANN001, ANN202
    return lambda df: fn(df.lazy()).collect()


LAZY_OPS = {name: _lazy(fn) for name, fn in OPS.items()}


def normalize(op: str, result: pl.DataFrame):  # noqa: ANN201
    from common import normal_frame

    if op != "annual":
        d = pl.col("month")
        result = result.with_columns(month=(d.dt.year() - 1970) * 12 + d.dt.month() - 1)
    return normal_frame(op, result.to_pandas())
