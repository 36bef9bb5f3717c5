#!/usr/bin/env python3
"""Benchmark livcr on a generated national-size file (design.md, "Performance").

    python3 bench/run.py [--cells 250] [--runs 15] [--keep]

Builds the release binary, generates the file with `livcr demo --scale N` (kept in
/tmp/livcr-bench unless it exists), then times each interactive command and, as the baseline
measured in the same run, the `sqlite3` shell running the query the command is built on. Reports
median wall time, the ratio to the baseline and peak memory. Not part of CI (it takes a minute).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-11-30"


def run(cmd, env, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def peak_kb(cmd, env):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(out.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=250)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--keep", action="store_true", help="keep an existing generated file")
    a = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("bench needs the sqlite3 shell for its baseline (apt-get install sqlite3)")
    subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
    livcr = os.path.join(ROOT, "target", "release", "livcr")
    folder = "/tmp/livcr-bench"
    os.makedirs(folder, exist_ok=True)
    db = os.path.join(folder, f"bench-{a.cells}.db")
    env = dict(os.environ, LIVCR_TODAY=TODAY, LIVCR_DB=db, NO_COLOR="1")
    if not (a.keep and os.path.exists(db)):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        subprocess.run([livcr, "--db", db, "demo", "--scale", str(a.cells)], env=env, check=True)
    cell = f"C{min(100, a.cells):03d}"
    cell_id = subprocess.run(["sqlite3", db, f"SELECT id FROM cell WHERE code = '{cell}'"],
                             capture_output=True, text=True, check=True).stdout.strip()
    code = subprocess.run(
        ["sqlite3", db, f"SELECT code FROM case_file WHERE cell_id = {cell_id} AND status = 'follow_up' LIMIT 1"],
        capture_output=True, text=True, check=True).stdout.strip()
    # A planned meeting to draft (created once; drafting again adds nothing).
    subprocess.run([livcr, "--cell", cell, "meeting", "plan", "2026-12-21", "14:00"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    list_sql = (f"SELECT c.*, (SELECT count(*) FROM action a WHERE a.case_id = c.id AND a.done_on IS NULL) "
                f"FROM case_file c WHERE c.cell_id = {cell_id} AND c.status NOT IN ('closed','declined') "
                f"ORDER BY c.next_review_on")
    show_sql = (f"SELECT * FROM case_file WHERE code = '{code}'; SELECT * FROM case_event WHERE case_id = "
                f"(SELECT id FROM case_file WHERE code = '{code}'); SELECT * FROM action WHERE case_id = "
                f"(SELECT id FROM case_file WHERE code = '{code}')")
    remind_sql = ("SELECT code FROM case_file WHERE status NOT IN ('closed','declined') AND next_review_on <= '2026-12-14'; "
                  "SELECT id FROM action WHERE done_on IS NULL AND due_on <= '2026-12-14'")
    remind_cell_sql = (f"SELECT code FROM case_file WHERE cell_id = {cell_id} AND status NOT IN ('closed','declined') "
                       f"AND next_review_on <= '2026-12-14'; SELECT a.id FROM action a JOIN case_file c ON c.id = a.case_id "
                       f"WHERE c.cell_id = {cell_id} AND a.done_on IS NULL AND a.due_on <= '2026-12-14'")
    month_sql = (f"SELECT e.* FROM case_event e JOIN case_file c ON c.id = e.case_id WHERE c.cell_id = {cell_id} "
                 f"AND c.opened_on <= '2026-10-31' AND (c.closed_on IS NULL OR c.closed_on >= '2026-10-01')")
    rows = [
        ("case list", [livcr, "--cell", cell, "case", "list"], list_sql),
        ("case show", [livcr, "--cell", cell, "case", "show", code], show_sql),
        ("remind (one cell)", [livcr, "--cell", cell, "remind"], remind_cell_sql),
        ("remind (whole file)", [livcr, "remind"], remind_sql),
        ("agenda draft", [livcr, "--cell", cell, "agenda", "draft", "2026-12-21"], list_sql),
        ("export monthly", [livcr, "--cell", cell, "export", "monthly", "--month", "last"], month_sql),
    ]
    size = os.path.getsize(db) / 1e6
    print(f"file: {db} ({size:.0f} MB), {a.cells} cells, cell {cell}, median of {a.runs} runs")
    print(f"{'command':<22} {'livcr ms':>9} {'sqlite3 ms':>11} {'ratio':>6} {'peak MB':>8}")
    for name, cmd, sql in rows:
        ours = run(cmd, env, a.runs)
        base = run(["sqlite3", db, sql], env, a.runs)
        peak = peak_kb(cmd, env) / 1024
        print(f"{name:<22} {ours:>9.1f} {base:>11.1f} {ours / base:>6.2f} {peak:>8.1f}")


if __name__ == "__main__":
    main()
