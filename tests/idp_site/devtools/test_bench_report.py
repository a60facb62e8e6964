"""How `manage.py bench` turns its measurements into ratios: each page row is divided by
the plain view measured around it, not by one plain run at the end of the mode, so a
machine whose speed drifts during a mode does not move every ratio of that mode."""

from idp_site.devtools.management.commands import bench


def _row(rps, kind="index"):
    return {
        "url": "/x/",
        "kind": kind,
        "median_ms": 1.0,
        "p95_ms": 2.0,
        "rps": rps,
        "errors": 0,
        "tool": "wrk",
    }


def test_each_row_is_compared_with_the_plain_runs_around_it():
    rows = {"a": _row(900), "b": _row(900), "c": _row(400)}
    # The machine halves its speed between the first group and the second.
    plain_runs = [_row(1000, "ceiling"), _row(1000, "ceiling"), _row(500, "ceiling")]
    bench._with_plain(rows, bench.PLAIN_LABEL, plain_runs, [["a", "b"], ["c"]])

    assert rows["a"]["plain_rps"] == rows["b"]["plain_rps"] == 1000
    assert rows["c"]["plain_rps"] == 750
    assert rows[bench.PLAIN_LABEL]["rps"] == 1000  # the median of the three runs
    assert rows[bench.PLAIN_LABEL]["runs"] == [1000, 1000, 500]
    assert bench._verdict("cached", rows["a"], rows["a"]["plain_rps"]) == "ok"
    assert bench._verdict("cached", rows["c"], rows["c"]["plain_rps"]) == "FAIL"  # 0.53


def test_the_report_shows_the_plain_rate_each_row_was_divided_by():
    rows = {"home": _row(850)}
    bench._with_plain(
        rows, bench.PLAIN_LABEL, [_row(1000, "ceiling"), _row(900, "ceiling")], [["home"]]
    )
    results = {mode: rows for mode, *_rest in bench.MODES}
    text = "\n".join(bench._mode_lines(results, bare_rps=2000))

    assert "| home | `/x/` | 1.0 | 2.0 | 850 | 0 | 950 | 0.89 | 0.42 | ok |" in text
    assert "measured 2 times in this mode" in text
    assert "(1000, 900 req/s)" in text


def test_a_row_takes_the_median_of_its_load_runs(monkeypatch):
    rates = iter([4000.0, 1200.0, 3900.0])  # the machine paused during the second run
    errors = iter([0, 2, 0])
    monkeypatch.setattr(
        bench,
        "_load",
        lambda *args: {"rps": next(rates), "errors": next(errors), "tool": "wrk"},
    )
    load = bench._median_load(8765, "/en/", 200, 6.0, 8)
    assert load == {"rps": 3900.0, "errors": 2, "tool": "wrk"}


def test_the_tracking_row_is_judged_against_home():
    home = _row(4000)
    tracked = {**_row(3800), "cache_keys_added": 0}
    assert bench.tracking.verdict(tracked, home) == "ok"
    assert bench.tracking.verdict({**tracked, "cache_keys_added": 3}, home) == "FAIL"
    assert bench.tracking.verdict({**tracked, "rps": 3000}, home) == "FAIL"
