"""The error contract of the command line, the exception tree, atomic writes and progress lines."""

from __future__ import annotations

import gzip
import inspect
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import tradestats.errors as errors
from tradestats import atomic, cli
from tradestats.cli import check as check_command
from tradestats.cli import main
from tradestats.progress import Progress, set_quiet

ROOT = Path(__file__).resolve().parents[1]
DENSE = (
    "China's exports to North Korea fell 33 percent to $2.01 billion in January-November 2018, "
    "while imports dropped 88.6 percent to $191.75 million in the same period. "
)

# a one-row Comtrade bulk file: China's exports to North Korea, January 2020 (made-up value)
BULK = gzip.compress(
    b"period\treporterCode\tflowCode\tpartnerCode\tcmdCode\tfreqCode\tprimaryValue\n"
    b"202001\t156\tX\t408\tTOTAL\tM\t1000\n",
    mtime=0,
)

# -- the exception tree ----------------------------------------------------------------------


def _classes() -> list[type]:
    return [
        obj
        for name in errors.__all__
        if inspect.isclass(obj := getattr(errors, name)) and issubclass(obj, BaseException)
    ]


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (errors.InputError, 2), (errors.PeriodError, 2), (errors.CountryError, 2),
        (errors.AmbiguousCountryError, 2), (errors.SchemaError, 2), (errors.DuplicateRowsError, 2),
        (errors.MixedUnitsError, 2), (errors.DatasetNotFoundError, 2), (errors.CoverageError, 2),
        (errors.UncoveredPeriodError, 2), (errors.ReportError, 2), (errors.OutsideError, 3),
        (errors.ComtradeError, 3), (errors.FetchError, 3),
    ],
)  # fmt: skip
def test_exit_codes_live_on_the_classes(cls: type, code: int) -> None:
    assert cls.exit_code == code


def test_every_error_is_a_tradestats_error_and_is_in_the_documented_tree() -> None:
    doc = errors.__doc__ or ""
    for cls in _classes():
        assert issubclass(cls, (errors.TradestatsError, errors.TradestatsWarning)), cls
        assert cls.__name__ in doc, f"{cls.__name__} missing from the tree in errors.py"
    for code in ("0 ", "1 ", "2 ", "3 ", "70 ", "130 "):
        assert f"    {code}" in doc and f"  {code}" in cli._EPILOG


def test_readme_documents_the_exit_codes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Exit codes") :]
    for code in ("| 0 ", "| 1 ", "| 2 ", "| 3 ", "| 70 ", "| 130 "):
        assert code in section


# -- main(): one line, the right code --------------------------------------------------------


def _boom(message: str, exc: type[BaseException] = RuntimeError):  # noqa: ANN202
    def run(args: object) -> tuple[str, int]:
        raise exc(message)

    return run


def test_an_escaped_bug_is_one_line_with_where_to_report(monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr(cli._COMMANDS["data"], "run", _boom("boom\n  second line"))
    assert main(["data"]) == 70
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err
    assert "internal error: RuntimeError: boom second line" in err and cli.ISSUES_URL in err


@pytest.mark.parametrize("argv", [["--debug", "data"], ["data", "--debug"]])
def test_debug_shows_the_traceback(monkeypatch, capsys, argv: list[str]) -> None:  # noqa: ANN001
    monkeypatch.setattr(cli._COMMANDS["data"], "run", _boom("boom"))
    assert main(argv) == 70
    assert "Traceback" in capsys.readouterr().err


def test_a_multi_line_message_is_printed_on_one_line(monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr(cli._COMMANDS["data"], "run", _boom("a\nb\n\nc", errors.OutsideError))
    assert main(["data"]) == 3
    assert capsys.readouterr().err == "tradestats: error: a b c\n"


def test_ctrl_c_in_process_is_one_line_and_130(monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr(cli._COMMANDS["data"], "run", _boom("", KeyboardInterrupt))
    assert main(["data"]) == 130
    assert capsys.readouterr().err == "tradestats: interrupted\n"


def test_warnings_are_one_line_and_foreign_ones_hidden(monkeypatch, capsys) -> None:  # noqa: ANN001
    import warnings

    monkeypatch.setattr(warnings, "filters", [])  # not the suite's "error" filter
    warnings.simplefilter("default")

    def run(args: object) -> tuple[str, int]:
        warnings.warn("two tilings of 2019\ndisagree", errors.TilingConflictWarning, stacklevel=1)
        warnings.warn("a pandas detail", FutureWarning, stacklevel=1)
        return "done\n", 0

    monkeypatch.setattr(cli._COMMANDS["data"], "run", run)
    assert main(["data"]) == 0
    out, err = capsys.readouterr()
    assert out == "done\n" and err == "tradestats: warning: two tilings of 2019 disagree\n"


def test_a_closed_pipe_is_not_an_error(monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setattr(cli._COMMANDS["data"], "run", _boom("", BrokenPipeError))
    assert main(["data"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "argv",
    [[], ["data"], ["compare"], ["check"], ["fetch"], ["fetch", "comtrade"], ["read"],
     ["report"], ["report", "build"], ["report", "list"]],
)  # fmt: skip
def test_every_help_lists_the_exit_codes(capsys, argv: list[str]) -> None:  # noqa: ANN001
    assert main([*argv, "--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "130  interrupted" in out and "--quiet" in out


def test_version_returns_zero(capsys) -> None:  # noqa: ANN001
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("tradestats ")


def test_python_m_tradestats_exit_code_and_one_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tradestats", "compare", "--period", "2020-13"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.splitlines() == [
        "tradestats: error: --period: Month must be 01 to 12 in period '2020-13'; received month 13."
    ]


def test_import_tradestats_does_not_import_pandas_until_asked() -> None:
    # the package's public API is imported on first use, so the command line starts without pandas
    code = (
        "import sys, tradestats as ts; assert 'pandas' not in sys.modules; "
        "import tradestats.compare; assert callable(ts.compare) and callable(ts.values); "
        "assert 'pandas' in sys.modules"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr


def test_the_public_api_is_the_lazy_table_and_the_exceptions() -> None:
    # __all__, the table of names imported on first use and the exceptions imported at once say
    # the same thing, and every name resolves to an object of the module the table names
    import tradestats
    from tradestats import errors

    eager = {n for n in tradestats.__all__ if hasattr(errors, n)}
    assert set(tradestats.__all__) == set(tradestats._LAZY) | eager
    for name, module in tradestats._LAZY.items():
        assert getattr(tradestats, name) is getattr(sys.modules[module], name)


def test_ctrl_c_while_the_command_line_is_imported_is_one_line_and_130() -> None:
    # a KeyboardInterrupt raised while tradestats.cli (and pandas) load, as a Ctrl-C in the first
    # second of a run does: the console entry point catches it
    code = (
        "import sys\n"
        "class Stop:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'tradestats.cli': raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Stop())\n"
        "from tradestats.__main__ import run\n"
        "sys.exit(run())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert (out.returncode, out.stderr) == (130, "tradestats: interrupted\n")


def test_the_console_script_is_the_guarded_entry_point() -> None:
    assert 'tradestats = "tradestats.__main__:run"' in (ROOT / "pyproject.toml").read_text()


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (["compare", "--period", "2020", "--base", "2020-13"], "--base: "),
        (["compare", "--period=2020-13"], "--period: "),
        (["compare", "--period", "2020", "--partner", "Narnia"], "--partner: "),
        # the same value in two options: no guess
        (["compare", "--period", "2020-13", "--base", "2020-13"], "Month must be"),
        # the message names the option itself already
        (["check", "-", "--encoding", "nope"], "--encoding must be"),
    ],
)
def test_the_option_holding_a_bad_value_is_named(capsys, argv: list[str], start: str) -> None:  # noqa: ANN001
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("tradestats: error: " + start)


# -- Ctrl-C on a long check, seen on a terminal ----------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal and SIGINT")
def test_sigint_during_a_long_check_prints_one_line_and_exits_130(tmp_path: Path) -> None:
    import pty

    text = tmp_path / "big.txt"
    text.write_text(DENSE * 20_000, encoding="utf-8")  # 3.4 MB: far longer than the wait below
    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tradestats", "check", str(text)],
        stdout=subprocess.PIPE, stderr=secondary, stdin=subprocess.DEVNULL, env=env, cwd=ROOT,
    )  # fmt: skip
    os.close(secondary)
    seen = b""
    try:
        deadline = time.monotonic() + 60
        while b"checking big.txt" not in seen:  # the progress line: the check is under way
            assert time.monotonic() < deadline and proc.poll() is None, seen
            seen += os.read(primary, 4096)
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(primary)
        proc.stdout.close()  # type: ignore[union-attr]
    stderr = seen.decode("utf-8", "replace")
    assert code == 130, stderr
    assert "Traceback" not in stderr
    # the progress line is rewritten in place (\r) and erased; the only line is the message
    lines = [line.split("\r")[-1] for line in stderr.replace("\r\n", "\n").split("\n")]
    assert [line for line in lines if line.strip()] == ["tradestats: interrupted"], stderr


# -- atomic writes ---------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as tmp:
        tmp.write_text("half a ta", encoding="utf-8")
        raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_ctrl_c_during_out_keeps_the_old_file(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    gz = tmp_path / "x.gz"
    gz.write_bytes(BULK)
    out = tmp_path / "out.csv"
    out.write_text("old\n", encoding="utf-8")

    def interrupted(self, path, **kwargs):  # noqa: ANN001, ANN202
        Path(path).write_text("reporter,partner\nCHN", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", interrupted)
    assert main(["read", str(gz), "--out", str(out)]) == 130
    assert capsys.readouterr().err == "tradestats: interrupted\n"
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "x.gz"]


_SLOW_WRITER = """
import sys, time
import pandas as pd
from tradestats.cli import main

def slow(self, path, **kwargs):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("reporter,partner,flow\\nCHN,PRK,")
        fh.flush()
        print("HALF", file=sys.stderr, flush=True)
        time.sleep(60)

pd.DataFrame.to_csv = slow
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_process_killed_mid_write_leaves_the_old_out_file(tmp_path: Path) -> None:
    gz = tmp_path / "x.gz"
    gz.write_bytes(BULK)
    out = tmp_path / "out.csv"
    out.write_text("the previous table\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, "read", str(gz), "--out", str(out)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert proc.stderr.readline() == b"HALF\n"  # type: ignore[union-attr]
        proc.kill()
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()  # type: ignore[union-attr]
    assert out.read_text(encoding="utf-8") == "the previous table\n"
    # what the killed process left is a hidden temporary beside it, never the target ...
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in leftovers if not n.startswith(".out.csv.")] == ["out.csv", "x.gz"]
    assert len(leftovers) == 3 and leftovers[0].endswith(".part")
    # ... and the next write of the same file removes it, as its writer is gone
    assert main(["read", str(gz), "--out", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "x.gz"]
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("x.gz:0,CHN,PRK,export,")


def test_a_running_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    with atomic.atomic_path(target) as first:
        first.write_text("a", encoding="utf-8")
        atomic.write_text(target, "b")  # this process is alive: its other temporary stays
        assert first.exists()
    assert target.read_text(encoding="utf-8") == "a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


# -- progress lines --------------------------------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_stderr_is_not_a_terminal() -> None:
    stream, clock = io.StringIO(), _Clock()
    with Progress("reading", total=10, stream=stream, clock=clock, delay=0, interval=0) as bar:
        for i in range(10):
            clock.now += 5
            bar.update(i + 1)
        with bar.ticking():
            time.sleep(0.05)
    assert stream.getvalue() == "" and not bar.enabled


def test_progress_on_a_terminal_waits_throttles_and_erases() -> None:
    stream, clock = _Terminal(), _Clock()
    bar = Progress("reading x", total=4e6, unit="bytes", stream=stream, clock=clock)
    assert bar.enabled
    bar.update(1e6)  # before the delay: nothing
    assert stream.getvalue() == ""
    clock.now += 1.5
    bar.update(2e6)
    assert stream.getvalue() == "\rreading x: 50% (2.0 MB of 4.0 MB), 2 s"
    clock.now += 0.1
    bar.update(3e6)  # within the interval: not redrawn
    assert stream.getvalue().count("\r") == 1
    clock.now += 0.3
    bar.update(3e6)
    assert stream.getvalue().endswith("\rreading x: 75% (3.0 MB of 4.0 MB), 2 s")
    bar.close()
    assert stream.getvalue().endswith(
        "\r" + " " * len("reading x: 75% (3.0 MB of 4.0 MB), 2 s") + "\r"
    )
    assert "\n" not in stream.getvalue()


def test_quiet_hides_progress_even_on_a_terminal() -> None:
    set_quiet(True)
    try:
        assert not Progress("x", stream=_Terminal()).enabled
    finally:
        set_quiet(False)
    assert Progress("x", stream=_Terminal()).enabled


def test_ticking_draws_the_elapsed_time_from_a_thread() -> None:
    stream = _Terminal()
    with Progress("checking", stream=stream, delay=0, interval=0.01) as bar, bar.ticking():
        time.sleep(0.2)
    assert stream.getvalue().startswith("\rchecking, 0 s") and stream.getvalue().endswith("\r")


def test_check_command_is_silent_on_stderr_when_it_succeeds(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "t.txt"
    path.write_text(DENSE, encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) in (0, 1)
    assert capsys.readouterr().err == ""


def test_check_reads_a_bom_and_utf16(tmp_path: Path) -> None:
    for name, raw in [
        ("bom.txt", "\ufeffExports 5%".encode()),
        ("u16.txt", "Exports 5%".encode("utf-16")),
    ]:
        (tmp_path / name).write_bytes(raw)
        assert check_command.read_text(str(tmp_path / name)) == "Exports 5%"
