"""Idiomatic DuckDB SQL: self-joins on calendar keys, window functions over the series keys.

The panel is loaded into a DuckDB table; each operation materialises its answer as a table
(``CREATE TABLE result AS ...``), DuckDB's own in-memory form.
"""

from __future__ import annotations

import duckdb

KEYS = "reporter, partner, flow, commodity"
MONTHLY = f"""monthly AS (
    SELECT {KEYS}, "start" AS month, value_usd FROM panel
    WHERE preferred AND value_usd IS NOT NULL AND "start" = "end")"""


def pct(new: str, old: str) -> str:
    return f"(CAST({new} AS DOUBLE) / CASE WHEN {old} > 0 THEN CAST({old} AS DOUBLE) END - 1) * 100"


def _on(a: str, b: str) -> str:
    return " AND ".join(f"{a}.{k} = {b}.{k}" for k in KEYS.split(", "))


def lagged(lag: int) -> str:
    return f"""WITH {MONTHLY}
    SELECT m.*, b.value_usd AS base_value_usd, {pct("m.value_usd", "b.value_usd")} AS change_pct
    FROM monthly m LEFT JOIN monthly b
      ON {_on("m", "b")} AND b.month = m.month - INTERVAL {lag} MONTH"""


ROLLING = f"""WITH {MONTHLY}, w AS (
    SELECT *, SUM(value_usd) OVER win AS s, COUNT(value_usd) OVER win AS n FROM monthly
    WINDOW win AS (PARTITION BY {KEYS} ORDER BY month
                   RANGE BETWEEN INTERVAL 11 MONTH PRECEDING AND CURRENT ROW))
    SELECT {KEYS}, month, value_usd, CASE WHEN n = 12 THEN CAST(s AS DOUBLE) END AS rolling_usd
    FROM w"""

YTD = f"""WITH {MONTHLY}, w AS (
    SELECT *, SUM(value_usd) OVER win AS s, COUNT(*) OVER win AS n FROM monthly
    WINDOW win AS (PARTITION BY {KEYS}, year(month) ORDER BY month
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
  y AS (SELECT {KEYS}, month, value_usd,
               CASE WHEN n = month(month) THEN CAST(s AS DOUBLE) END AS ytd_usd FROM w)
    SELECT y.*, b.ytd_usd AS base_ytd_usd, {pct("y.ytd_usd", "b.ytd_usd")} AS ytd_change_pct
    FROM y LEFT JOIN y b ON {_on("y", "b")} AND b.month = y.month - INTERVAL 12 MONTH"""

ANNUAL = f"""WITH {MONTHLY}, a AS (
    SELECT {KEYS}, year(month) AS year,
           CASE WHEN COUNT(*) = 12 THEN CAST(SUM(value_usd) AS DOUBLE) END AS annual_usd
    FROM monthly GROUP BY ALL)
    SELECT a.*, b.annual_usd AS base_annual_usd,
           {pct("a.annual_usd", "b.annual_usd")} AS change_pct
    FROM a LEFT JOIN a b ON {_on("a", "b")} AND b.year = a.year - 1"""

SHARE = f"""WITH {MONTHLY}
    SELECT p.*, w.value_usd AS world_usd,
           CAST(p.value_usd AS DOUBLE) / CASE WHEN w.value_usd > 0
                THEN CAST(w.value_usd AS DOUBLE) END * 100 AS share_pct
    FROM monthly p LEFT JOIN monthly w
      ON w.partner = 'WLD' AND p.reporter = w.reporter AND p.flow = w.flow
         AND p.commodity = w.commodity AND p.month = w.month
    WHERE p.partner <> 'WLD'"""

SQL = {
    "yoy": lagged(12),
    "mom": lagged(1),
    "rolling": ROLLING,
    "ytd": YTD,
    "annual": ANNUAL,
    "share": SHARE,
}


def load(path: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE panel AS SELECT * FROM read_parquet('{path}')")
    return con


def _run(sql: str):  # noqa: ANN202
    def op(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        con.execute(f"CREATE OR REPLACE TABLE result AS {sql}")
        return con

    return op


OPS = {name: _run(sql) for name, sql in SQL.items()}


def normalize(op: str, con: duckdb.DuckDBPyConnection):  # noqa: ANN201
    from common import normal_frame

    period = "year" if op == "annual" else "(year(month) - 1970) * 12 + month(month) - 1 AS month"
    cols = ", ".join(__import__("common").VALUES[op])
    frame = con.sql(f"SELECT {KEYS}, {period}, {cols} FROM result").df()
    return normal_frame(op, frame)
