#!/usr/bin/env python3
"""Benchmark livcr on a generated national-size file (design.md, "Performance").

    python3 bench/run.py [--cells 250] [--runs 15] [--keep] [--encrypted] [--dir DIR] [--livcr BIN]
                         [--only NAME ...]

Builds the release binary, generates the file with `livcr demo --scale N` (kept in
--dir, /tmp/livcr-bench unless told; --keep reuses it), then times each command and, as its baseline in the same
run, the `sqlite3` shell running the queries in bench/sql/*.sql on the same file (rerun one by
hand with: sqlite3 -cmd ".parameter set :cell_id 100" FILE < bench/sql/case_list.sql). Prints one
table: median wall times, their ratio against the target, peak memory, and the query plan of
the baseline when a ratio misses. With --encrypted, also generates two encrypted variants (a
passphrase key file, and a raw key from `livcr key new`) and times the same commands on them
against the plain file, interleaved run by run (see encrypted()). Not part of CI: CI times
nothing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SQL = os.path.join(ROOT, "bench", "sql")
TODAY = "2026-11-30"
PARAMS = {
    ":today": TODAY,
    ":horizon": "2026-12-14",
    ":month_start": "2026-10-01",
    ":month_end": "2026-10-31",
}


def peak_mb(cmd, env):
    """Peak resident memory of one run, by /usr/bin/time (the resource usage of a child forked
    from Python counts the interpreter's own pages)."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(out.stderr.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return 0.0


def once(cmd, env, stdin=None):
    """One run: (wall ms, CPU ms (user + system)). A run that fails stops the benchmark: a
    command that gives up half-way is not a time."""
    inp = open(stdin) if stdin else subprocess.DEVNULL
    t = time.perf_counter()
    errf = tempfile.TemporaryFile()
    p = subprocess.Popen(cmd, env=env, stdin=inp, stdout=subprocess.DEVNULL, stderr=errf)
    _, status, ru = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - t) * 1000
    p.returncode = 0  # reaped by wait4 above
    errf.seek(0)
    err = errf.read().decode(errors="replace")
    errf.close()
    if stdin:
        inp.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited {code}:\n{err}")
    return wall, (ru.ru_utime + ru.ru_stime) * 1000


def pair(cmd, base, env, runs, base_stdin=None, base_env=None):
    """Runs livcr and its baseline alternately (so that load from other processes falls on both
    alike): medians of wall and CPU time of each, and livcr's peak memory."""
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(once(cmd, env))
        theirs.append(once(base, base_env or env, base_stdin))
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    return (med(ours, 0), med(ours, 1), med(theirs, 0), med(theirs, 1), peak_mb(cmd, env))


def sqlite3(db, params, sql_file=None):
    cmd = ["sqlite3"]
    for k, v in params.items():
        # `.parameter set` evaluates its value as SQL: a date unquoted is a subtraction
        # (2026-11-30 is 1985) and a case code a column name, so text goes in as a literal.
        value = v if str(v).isdigit() else f"'{v}'"
        cmd += ["-cmd", f'.parameter set {k} "{value}"']
    return cmd + [db]


def plan(db, params, sql_file):
    """EXPLAIN QUERY PLAN of each statement of a baseline file."""
    text = open(sql_file).read()
    stmts = [s.strip() for s in "\n".join(l for l in text.splitlines() if not l.startswith("--")).split(";")]
    out = []
    for s in stmts:
        if not s.upper().startswith("SELECT"):
            continue
        r = subprocess.run(sqlite3(db, params) + [f"EXPLAIN QUERY PLAN {s}"], capture_output=True, text=True)
        out.append("      " + r.stdout.strip().replace("\n", "\n      "))
    return "\n".join(out)


def generate(livcr, db, cells, env, extra=()):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    subprocess.run([livcr, *extra, "--db", db, "demo", "--scale", str(cells)], env=env, check=True)


def encrypted(a, livcr, env, folder, rows):
    """The cost of encryption: the same commands on the same data, plain and encrypted.

    Two encrypted variants: one keyed by a passphrase in a key file (SQLCipher runs its key
    derivation, 256,000 rounds of PBKDF2-HMAC-SHA512, on every open), one by a random raw key
    written by `livcr key new` (no derivation; also what the OS keyring keeps, see README).
    Each command runs on the three files in turn, so that they share the machine's load; the
    table gives the medians and the ratios against the plain file (target: at most 1.3x).
    `status` stands for start-up with the file opened (it reads only the file's header rows).
    """
    passfile = os.path.join(folder, "pass.key")
    with open(passfile, "w") as f:
        f.write("correct horse battery staple bench\n")
    os.chmod(passfile, 0o600)
    rawfile = os.path.join(folder, "raw.key")
    if not os.path.exists(rawfile):
        subprocess.run([livcr, "key", "new", rawfile], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    variants = [("plain", env)]
    for name, key in (("passphrase", passfile), ("raw key", rawfile)):
        edb = os.path.join(folder, f"bench-{a.cells}-{name.replace(' ', '')}.db")
        if not (a.keep and os.path.exists(edb)):
            generate(livcr, edb, a.cells, env, ["--key-file", key])
        variants.append((name, dict(env, LIVCR_DB=edb, LIVCR_KEY_FILE=key)))
    print("\nencryption: the same commands, plain file against SQLCipher (passphrase key file, "
          "raw key file)")
    print(f"{'command':<22} {'plain ms':>9} {'pass ms':>9} {'ratio':>6} {'raw ms':>9} {'ratio':>6}"
          f" {'raw cpu ratio':>14}")
    for name, cmd, _, _ in [("open (status)", [livcr, "status"], None, None)] + rows[1:]:
        times = {v: [] for v, _ in variants}
        for _ in range(a.runs):
            for v, venv in variants:
                times[v] += [once(cmd, venv)]
        m = {v: statistics.median(w for w, _ in t) for v, t in times.items()}
        c = {v: statistics.median(u for _, u in t) for v, t in times.items()}
        cpu = c["raw key"] / c["plain"] if c["plain"] else float("nan")
        miss = "  MISS" if cpu > 1.3 else ""
        print(f"{name:<22} {m['plain']:>9.1f} {m['passphrase']:>9.1f} {m['passphrase'] / m['plain']:>6.2f} "
              f"{m['raw key']:>9.1f} {m['raw key'] / m['plain']:>6.2f} {cpu:>14.2f}{miss}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=250)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--keep", action="store_true", help="keep an existing generated file")
    ap.add_argument("--encrypted", action="store_true",
                    help="also measure the encrypted variants (passphrase and raw key) against the plain file")
    ap.add_argument("--dir", default="/tmp/livcr-bench",
                    help="folder for the generated files (keep it outside the repository)")
    ap.add_argument("--livcr", help="time this binary instead of building target/release/livcr")
    ap.add_argument("--only", action="append", default=[],
                    help="time only the rows whose name contains this text (repeatable; "
                         "'write' for the write)")
    a = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("bench needs the sqlite3 shell for its baseline (apt-get install sqlite3)")
    if a.livcr:
        livcr = os.path.abspath(a.livcr)
    else:
        subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
        livcr = os.path.join(ROOT, "target", "release", "livcr")
    folder = a.dir
    os.makedirs(folder, exist_ok=True)
    db = os.path.join(folder, f"bench-{a.cells}.db")
    env = dict(os.environ, LIVCR_TODAY=TODAY, LIVCR_DB=db, NO_COLOR="1")
    if not (a.keep and os.path.exists(db)):
        generate(livcr, db, a.cells, env)
    q = lambda sql: subprocess.run(["sqlite3", db, sql], capture_output=True, text=True, check=True).stdout.strip()
    cell = f"C{min(100, a.cells):03d}"
    cell_id = q(f"SELECT id FROM cell WHERE code = '{cell}'")
    code = q(f"SELECT code FROM case_file WHERE cell_id = {cell_id} AND status = 'follow_up' LIMIT 1")
    p = dict(PARAMS, **{":cell_id": cell_id, ":code": code})
    # A planned meeting to draft, planned on the first run only (drafting again adds nothing).
    planned = f"SELECT min(id) FROM meeting WHERE cell_id = {cell_id} AND status = 'planned' " \
              "AND starts_at LIKE '2026-12-21%'"
    if not q(planned):
        subprocess.run([livcr, "--cell", cell, "meeting", "plan", "2026-12-21", "14:00"], env=env,
                       stdout=subprocess.DEVNULL, check=True)
    meeting = q(planned)
    sql = lambda name: os.path.join(SQL, name)
    # (name, livcr command, baseline: a sql file or a livcr command, target ratio)
    rows = [
        ("start-up", [livcr, "--version"], ["sqlite3", "-version"], None),
        ("case list", [livcr, "--cell", cell, "case", "list"], sql("case_list.sql"), 1.5),
        ("case show", [livcr, "--cell", cell, "case", "show", code], sql("case_show.sql"), 1.5),
        ("remind --cell", [livcr, "--cell", cell, "remind"], sql("remind_cell.sql"), 1.5),
        ("remind (whole file)", [livcr, "remind"], sql("remind.sql"), 1.5),
        ("agenda draft", [livcr, "--cell", cell, "agenda", "draft", meeting], sql("agenda_draft.sql"), 1.5),
        ("export monthly", [livcr, "--cell", cell, "export", "monthly", "--month", "2026-10"],
         sql("export_monthly.sql"), 1.5),
        ("report annual", [livcr, "--cell", cell, "report", "annual", "--year", "2025"],
         [livcr, "--cell", cell, "export", "monthly", "--month", "2025-10"], 2.0),
        ("audit verify", [livcr, "audit", "verify"], sql("audit_scan.sql"), 2.0),
    ]
    size = os.path.getsize(db) / 1e6
    counts = q("SELECT (SELECT count(*) FROM case_file) || ' cases, ' || (SELECT count(*) FROM case_event) "
               "|| ' journal entries, ' || (SELECT count(*) FROM audit_log) || ' audit rows'")
    print(f"file: {db} ({size:.0f} MB; {counts}), {a.cells} cells, cell {cell}, median of {a.runs} runs")
    print(f"{'command':<22} {'livcr ms':>9} {'base ms':>9} {'ratio':>6} {'target':>6} {'peak MB':>8}"
          f" {'cpu ms':>7} {'base cpu':>8} {'cpu ratio':>9}")
    misses = []

    def line(name, res, target):
        ours, ours_cpu, base, base_cpu, peak = res
        ratio = ours / base if base else float("nan")
        cpu_ratio = ours_cpu / base_cpu if base_cpu else float("nan")
        mark = "" if target is None or ratio <= target else "  MISS"
        tgt = f"{target:.1f}x" if target else "-"
        print(f"{name:<22} {ours:>9.1f} {base:>9.1f} {ratio:>6.2f} {tgt:>6} {peak:>8.1f}"
              f" {ours_cpu:>7.1f} {base_cpu:>8.1f} {cpu_ratio:>9.2f}{mark}", flush=True)
        return bool(mark)

    wanted = lambda name: not a.only or any(o in name for o in a.only)
    for name, cmd, baseline, target in rows:
        if not wanted(name):
            continue
        if isinstance(baseline, str):
            res = pair(cmd, sqlite3(db, p), env, a.runs, base_stdin=baseline)
        else:
            res = pair(cmd, baseline, env, a.runs)
        if line(name, res, target) and isinstance(baseline, str):
            misses.append((name, baseline))
    # A write, livcr and its baseline each on its own copy: the baseline's audit rows are not
    # chained, and livcr refuses to write after rows it did not chain.
    if wanted("write (case note)"):
        write(a, livcr, env, folder, cell, code, p, line, misses)
    if a.encrypted:
        encrypted(a, livcr, env, folder, rows)
    for name, f in misses:
        print(f"\nplan of the baseline for {name} ({os.path.relpath(f, ROOT)}):\n{plan(db, p, f)}")


def write(a, livcr, env, folder, cell, code, p, line, misses):
    """The write row: `case note` against one journal INSERT and its audit INSERT."""
    db = env["LIVCR_DB"]
    sql = lambda name: os.path.join(SQL, name)
    copy = os.path.join(folder, "write.db")
    base_copy = os.path.join(folder, "write-base.db")
    for f in (copy, base_copy):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(f + suffix):
                os.remove(f + suffix)
    subprocess.run(["sqlite3", db, f"VACUUM INTO '{copy}'"], check=True)
    # VACUUM INTO writes a file in rollback-journal mode. livcr keeps every file in WAL mode
    # (src/db/mod.rs), so both copies are put in WAL mode before timing: otherwise the shell
    # commits with two syncs (journal, file) where livcr, in WAL mode, makes five (log header,
    # folder, commit, checkpoint, file), and the row compares journal modes, not the programs.
    subprocess.run(["sqlite3", copy, "PRAGMA journal_mode=WAL"], check=True, capture_output=True)
    shutil.copyfile(copy, base_copy)
    wenv = dict(env, LIVCR_DB=copy)
    wcmd = [livcr, "--cell", cell, "case", "note", code, "Bench note."]
    res = pair(wcmd, sqlite3(base_copy, p), wenv, a.runs, base_stdin=sql("write.sql"))
    if line("write (case note)", res, 1.3):
        misses.append(("write (case note)", sql("write.sql")))


if __name__ == "__main__":
    main()
