//! The file under load: writers side by side, `audit verify` beside writers, a writer killed at
//! random moments, a backup under a steady writer, then restore. Every run is on a plain file (the
//! key derivation of an encrypted file would only slow the test down; the locking is the same).
//!
//! `LIVCR_CRASH_RUNS=2000 cargo test --test load crash` kills thousands of writers instead of
//! the 20 CI runs.

mod common;

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::Env;

/// The binary under `env`'s environment, as a plain std command (to spawn and kill).
fn livcr(env: &Env, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("livcr"));
    cmd.env_clear()
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("USER", "tester")
        .env("LIVCR_TODAY", &env.today)
        .current_dir(env.path("work"))
        .args(args)
        .stdin(Stdio::null());
    cmd
}

/// Runs to the end: (exit code, stderr).
fn run(env: &Env, args: &[&str]) -> (i32, String) {
    let out = livcr(env, args).output().expect("run livcr");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The file is whole and its chain holds.
fn assert_sound(env: &Env) {
    let check: String = env
        .db()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let (code, stderr) = run(env, &["audit", "verify", "--deep"]);
    assert_eq!(code, 0, "{stderr}");
}

fn org_names(env: &Env) -> Vec<String> {
    env.db()
        .prepare("SELECT name FROM organisation")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn sixteen_writers_side_by_side_lose_nothing() {
    let env = Env::new();
    common::scene::vlas(&env);
    let code = common::scene::open(&env, "Kortrijk", "religious", "18_24", &[]);
    let code = code.trim().to_string();
    let started = Instant::now();
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let notes = Arc::new(Mutex::new(0usize));
    std::thread::scope(|s| {
        for w in 0..16 {
            let (env, code, acknowledged, notes) = (&env, &code, &acknowledged, &notes);
            s.spawn(move || {
                for i in 0..3 {
                    let (exit, stderr) = if w % 2 == 0 {
                        let name = format!("Writer {w} org {i}");
                        let r = run(env, &["org", "add", &name, "--sector", "other"]);
                        if r.0 == 0 {
                            acknowledged.lock().unwrap().push(name);
                        }
                        r
                    } else {
                        let text = format!("Overleg {w}-{i} gepland.");
                        let r = run(env, &["case", "note", code, &text]);
                        if r.0 == 0 {
                            *notes.lock().unwrap() += 1;
                        }
                        r
                    };
                    assert!(
                        !stderr.contains("database is locked"),
                        "a bare busy error: {stderr}"
                    );
                    assert_eq!(exit, 0, "writer {w} write {i}: {stderr}");
                }
            });
        }
    });
    let elapsed = started.elapsed();
    let names = org_names(&env);
    let acknowledged = acknowledged.lock().unwrap();
    assert_eq!(acknowledged.len(), 24);
    for n in acknowledged.iter() {
        assert!(names.contains(n), "{n} acknowledged but missing");
    }
    let in_journal =
        env.count("SELECT count(*) FROM case_event WHERE kind = 'note' AND text LIKE 'Overleg %'");
    assert_eq!(in_journal as usize, *notes.lock().unwrap());
    assert_eq!(in_journal, 24);
    assert_sound(&env);
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
}

#[test]
fn verify_beside_writers_gives_no_false_alarm() {
    let env = Env::new();
    env.ok(&["org", "add", "Politie Zwalm", "--sector", "local_police"]);
    let stop = AtomicBool::new(false);
    let acknowledged = Mutex::new(Vec::<String>::new());
    std::thread::scope(|s| {
        for w in 0..4 {
            let (env, stop, acknowledged) = (&env, &stop, &acknowledged);
            s.spawn(move || {
                let mut i = 0;
                while !stop.load(Ordering::Relaxed) {
                    let name = format!("Writer {w} org {i}");
                    let (exit, stderr) = run(env, &["org", "add", &name, "--sector", "other"]);
                    assert_eq!(exit, 0, "{stderr}");
                    acknowledged.lock().unwrap().push(name);
                    i += 1;
                }
            });
        }
        let verifies = s.spawn(|| {
            for n in 0..30 {
                let (exit, stderr) = run(&env, &["audit", "verify"]);
                if exit != 0 {
                    stop.store(true, Ordering::Relaxed);
                    panic!("verify {n} beside writers: {stderr}");
                }
            }
            stop.store(true, Ordering::Relaxed);
        });
        verifies.join().unwrap();
    });
    let acknowledged = acknowledged.lock().unwrap();
    assert!(!acknowledged.is_empty());
    let names = org_names(&env);
    for n in acknowledged.iter() {
        assert!(names.contains(n), "{n} acknowledged but missing");
    }
    assert_sound(&env);
}

/// A small deterministic generator (xorshift), so a failing run can be repeated.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn a_writer_killed_at_random_moments_leaves_a_sound_file() {
    let runs: usize = std::env::var("LIVCR_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let env = Env::new();
    common::scene::vlas(&env);
    let code = common::scene::open(&env, "Kortrijk", "religious", "18_24", &[]);
    let code = code.trim().to_string();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = Rng(seed);
    // How long one write takes here, so the kills fall before, during and after it.
    let t0 = Instant::now();
    let (exit, stderr) = run(&env, &["org", "add", "Calibration", "--sector", "other"]);
    assert_eq!(exit, 0, "{stderr}");
    let span = (t0.elapsed().as_millis() as u64).max(5) * 2;
    let mut acknowledged: Vec<String> = Vec::new();
    let (mut killed, mut finished) = (0, 0);
    for run_no in 0..runs {
        let name = format!("Crash org {run_no}");
        let text = format!("Crash note {run_no}.");
        let args: Vec<&str> = if run_no % 2 == 0 {
            vec!["org", "add", &name, "--sector", "other"]
        } else {
            vec!["case", "note", &code, &text]
        };
        let mut child: Child = livcr(&env, &args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(span)));
        match child.try_wait().unwrap() {
            Some(status) => {
                // Finished before the kill: acknowledged only with exit 0.
                assert!(status.success(), "run {run_no} (seed {seed}) failed");
                finished += 1;
                acknowledged.push(if run_no % 2 == 0 { name } else { text });
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
            }
        }
    }
    eprintln!(
        "{runs} runs (seed {seed}, kills within {span} ms): {killed} killed, {finished} finished first"
    );
    let names = org_names(&env);
    let db = env.db();
    for a in &acknowledged {
        let found = names.contains(a)
            || db
                .query_row(
                    "SELECT count(*) FROM case_event WHERE text = ?1",
                    [a],
                    |r| r.get::<_, i64>(0),
                )
                .unwrap()
                == 1;
        assert!(found, "{a} was acknowledged but is missing (seed {seed})");
    }
    drop(db);
    assert_sound(&env);
    // And the file still takes writes.
    env.ok(&["org", "add", "After the crashes", "--sector", "other"]);
    env.ok(&["audit", "verify"]);
}

#[test]
fn backup_under_a_steady_writer_finishes_and_restores() {
    let env = Env::new();
    common::scene::vlas(&env);
    let stop = AtomicBool::new(false);
    let backup = env.path("work/backup.db");
    let started = Instant::now();
    std::thread::scope(|s| {
        let writer = s.spawn(|| {
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let name = format!("Steady org {i}");
                let (exit, stderr) = run(&env, &["org", "add", &name, "--sector", "other"]);
                assert_eq!(exit, 0, "{stderr}");
                i += 1;
            }
            i
        });
        // Let the writer get going, then back up beside it.
        std::thread::sleep(Duration::from_millis(300));
        let (exit, stderr) = run(&env, &["backup", backup.to_str().unwrap()]);
        stop.store(true, Ordering::Relaxed);
        let writes = writer.join().unwrap();
        assert_eq!(exit, 0, "backup under load: {stderr}");
        assert!(writes > 0);
    });
    assert!(started.elapsed() < Duration::from_secs(60));
    // The copy is a sound livcr file of its own.
    let (exit, stderr) = run(
        &env,
        &[
            "--db",
            backup.to_str().unwrap(),
            "audit",
            "verify",
            "--deep",
        ],
    );
    assert_eq!(exit, 0, "{stderr}");
    let in_backup = rusqlite::Connection::open(&backup)
        .unwrap()
        .query_row("SELECT count(*) FROM organisation", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    env.ok(&["org", "add", "After the backup", "--sector", "other"]);
    let (exit, stderr) = run(&env, &["--yes", "restore", backup.to_str().unwrap()]);
    assert_eq!(exit, 0, "{stderr}");
    assert_eq!(env.count("SELECT count(*) FROM organisation"), in_backup);
    assert!(!org_names(&env).contains(&"After the backup".to_string()));
    assert_sound(&env);
}
