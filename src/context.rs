//! `Ctx`: what every command needs, built once per run (config, clock, actor, output, flags).

use std::path::PathBuf;

use anyhow::Result;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::cli::{Cli, FormatArg};
use crate::clock::Clock;
use crate::config::{Config, Source};
use crate::db;
use crate::domain::Lang;
use crate::error::fail_hint;
use crate::output::{Format, Out};

pub struct Ctx {
    pub config: Config,
    pub clock: Clock,
    /// Who is working, for the audit log, and where the name came from; None: no name found
    /// (an error only when an audit row or journal entry is written, see [`Ctx::actor`]).
    pub actor: Option<(String, Source)>,
    /// The actor that passed the gate, so that a command writing many rows checks it once.
    actor_checked: std::cell::RefCell<Option<String>>,
    pub out: Out,
    /// `--format`, already checked against what the command accepts (`cli::accepted`).
    pub format: Option<FormatArg>,
    pub db_path: PathBuf,
    pub db_source: Source,
    /// The `--db` flag exactly as given (the demo only honours an explicit path).
    pub db_flag: Option<PathBuf>,
    pub cell: Option<String>,
    pub lang: Option<Lang>,
    /// The `--lang` flag alone (a cell's own language is set with it).
    pub lang_flag: Option<Lang>,
    pub no_input: bool,
    pub yes: bool,
    /// The key file (--key-file, LIVCR_KEY_FILE, the config's `key_file`) and where it came from.
    pub key_file: Option<(PathBuf, Source)>,
    /// The key once read or typed, and where it came from, so that a command opening the file
    /// twice asks once.
    key: std::cell::OnceCell<(String, KeySource)>,
    /// Read: the command only reads, so an older file is not upgraded (set by dispatch).
    pub access: std::cell::Cell<db::Access>,
}

impl Ctx {
    pub fn new(cli: &Cli, out_format: Format) -> Result<Ctx> {
        let config = Config::load(cli.globals.config.as_deref())?;
        let clock = Clock::from_env()?;
        crate::db::gate::set_today(&crate::domain::dates::iso(clock.today));
        let actor = match (&cli.globals.actor, &config.actor) {
            (Some(a), _) => Some((a.clone(), Source::Flag("--as"))),
            (None, Some(a)) => Some((a.clone(), config.source_of(true))),
            (None, None) => os_user(),
        };
        let env_db = std::env::var_os("LIVCR_DB").filter(|v| !v.is_empty());
        let (db_path, db_source) = match (&cli.globals.db, env_db, &config.db) {
            (Some(p), _, _) => (p.clone(), Source::Flag("--db")),
            (None, Some(p), _) => (PathBuf::from(p), Source::Env("LIVCR_DB")),
            (None, None, Some(p)) => (p.clone(), config.source_of(true)),
            (None, None, None) => (default_db_path(), Source::Default),
        };
        let key_file = match (&cli.globals.key_file, &config.key_file) {
            (Some(p), _)
                if std::env::var_os("LIVCR_KEY_FILE").as_deref() == Some(p.as_os_str()) =>
            {
                Some((p.clone(), Source::Env("LIVCR_KEY_FILE")))
            }
            (Some(p), _) => Some((p.clone(), Source::Flag("--key-file"))),
            (None, Some(p)) => Some((p.clone(), config.source_of(true))),
            (None, None) => None,
        };
        Ok(Ctx {
            key_file,
            key: std::cell::OnceCell::new(),
            access: std::cell::Cell::new(db::Access::Write),
            clock,
            actor,
            actor_checked: std::cell::RefCell::new(None),
            out: Out::stdio(out_format),
            format: cli.globals.format,
            db_path,
            db_source,
            db_flag: cli.globals.db.clone(),
            cell: cli.globals.cell.clone().or_else(|| config.cell.clone()),
            lang: cli.globals.lang.or(config.lang),
            lang_flag: cli.globals.lang,
            no_input: cli.globals.no_input,
            yes: cli.globals.yes,
            config,
        })
    }

    /// Opens the database named by --db / LIVCR_DB / config / default.
    pub fn open(&self) -> Result<Connection> {
        let conn = self.open_file()?.conn;
        // R15 for texts that belong to no one cell (organisation and member names): in a file
        // of one cell, that cell's language; a command that resolves its cell sets it again.
        let langs: Vec<String> = conn
            .prepare_cached("SELECT lang FROM cell LIMIT 2")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if let [lang] = langs.as_slice() {
            crate::db::gate::set_cell_lang(lang);
        }
        Ok(conn)
    }

    /// Opens the database and says with which key (None: a plain file).
    pub fn open_file(&self) -> Result<db::Opened> {
        let mut key = || self.key();
        db::open_with(&self.db_path, self.access.get(), &mut key).map_err(|e| {
            if db::file::is_wrong_key(&e) && self.key_source() == Some(&KeySource::Keyring) {
                fail_hint(
                    crate::t!(
                        "ctx-keyring-wrong-key",
                        path = self.db_path.display().to_string(),
                        keyring = crate::keystore::name()
                    ),
                    crate::t!("ctx-keyring-wrong-key-hint"),
                )
            } else {
                e
            }
        })
    }

    /// The key of an encrypted file, from the first source that has one, in this order: the
    /// key file (--key-file, LIVCR_KEY_FILE, the config's `key_file`); the OS keyring, where the
    /// user chose to keep it (`init --keyring`, `key store`), skipped quietly when no keyring
    /// can be reached; a prompt on a terminal. The one place this order is decided.
    pub fn key(&self) -> Result<String> {
        if let Some((k, _)) = self.key.get() {
            return Ok(k.clone());
        }
        let (k, source) = match &self.key_file {
            Some((path, source)) => (
                db::file::read_key_file(path)?,
                KeySource::File(path.clone(), source.clone()),
            ),
            None => match crate::keystore::get(&self.db_path) {
                crate::keystore::Lookup::Found(k) => (k, KeySource::Keyring),
                _ if self.interactive() => (
                    crate::prompt::password(&crate::t!(
                        "ctx-passphrase-prompt",
                        path = self.db_path.display().to_string()
                    ))?,
                    KeySource::Prompt,
                ),
                _ => {
                    return Err(fail_hint(
                        crate::t!("ctx-no-key", path = self.db_path.display().to_string()),
                        crate::t!("ctx-no-key-hint"),
                    ));
                }
            },
        };
        let _ = self.key.set((k.clone(), source));
        Ok(k)
    }

    /// Where the key in use came from (None: no key was needed yet).
    pub fn key_source(&self) -> Option<&KeySource> {
        self.key.get().map(|(_, s)| s)
    }

    /// Where the key of an encrypted file would come from, without reading or asking for it.
    pub fn planned_key_source(&self) -> KeySource {
        match &self.key_file {
            Some((path, source)) => KeySource::File(path.clone(), source.clone()),
            None => match crate::keystore::get(&self.db_path) {
                crate::keystore::Lookup::Found(_) => KeySource::Keyring,
                _ => KeySource::Prompt,
            },
        }
    }

    /// Who is working, for an audit row or a journal entry. Decided lazily: a command that
    /// writes nothing runs without a name. The actor is stored in every audit row and journal
    /// entry: it passes the same gate as any other stored text (R8), and may not be empty.
    pub fn actor(&self) -> Result<&str> {
        let Some((actor, source)) = &self.actor else {
            return Err(fail_hint(
                crate::t!("ctx-no-actor"),
                crate::t!(
                    "ctx-no-actor-hint",
                    file = match &self.config.file {
                        Some(p) => p.display().to_string(),
                        None => crate::config::Config::default_path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| crate::t!("ctx-no-actor-give-config")),
                    }
                ),
            ));
        };
        if self.actor_checked.borrow().as_deref() != Some(actor.as_str()) {
            crate::db::gate::name(&actor_field(source), actor)?;
            *self.actor_checked.borrow_mut() = Some(actor.clone());
        }
        Ok(actor)
    }

    /// Writes one audit row in the command's transaction.
    pub fn audit(
        &self,
        tx: &Connection,
        action: &str,
        entity: &str,
        entity_id: &str,
        summary: &str,
    ) -> Result<()> {
        db::audit::append(
            tx,
            &db::audit::NewEntry {
                at: &self.clock.recorded_at(),
                actor: self.actor()?,
                action,
                entity,
                entity_id,
                summary,
            },
        )?;
        Ok(())
    }

    /// Records that case text was shown (one "view" audit row per command), in a short write
    /// transaction of its own, after the reading.
    pub fn record_view(
        &self,
        conn: &mut Connection,
        entity: &str,
        entity_id: &str,
        summary: &str,
    ) -> Result<()> {
        let tx = begin_audit_only(conn)?;
        self.audit(&tx, "view", entity, entity_id, summary)?;
        tx.commit()?;
        Ok(())
    }

    /// Writes a case-journal entry in the command's transaction, stamped with now and the actor.
    pub fn journal(&self, tx: &Connection, e: &crate::db::case::NewEvent) -> Result<i64> {
        crate::db::case::add_event(tx, e, &self.clock.stamp(), self.actor()?)
    }

    /// True when prompts are allowed: stdin and stderr are terminals and --no-input is unset.
    pub fn interactive(&self) -> bool {
        use std::io::IsTerminal;
        !self.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }
}

/// How messages name the actor's source: "the actor (--as)", "the actor (config `actor` in
/// FILE)", "the actor (environment variable USER)".
fn actor_field(source: &Source) -> String {
    match source {
        Source::Flag(flag) => crate::t!("ctx-actor-flag", flag = *flag),
        Source::File(path) => crate::t!("ctx-actor-config", path = path.display().to_string()),
        Source::Account(Some(var)) => crate::t!("ctx-actor-env", name = *var),
        Source::Account(None) => crate::t!("ctx-actor-account"),
        other => crate::t!("ctx-actor-other", source = other.to_string()),
    }
}

/// Where the key of an encrypted file came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// A key file, named by --key-file, LIVCR_KEY_FILE or the config.
    File(PathBuf, Source),
    /// The OS keyring's entry for the file.
    Keyring,
    /// Typed on a terminal.
    Prompt,
}

impl KeySource {
    /// A short phrase for `status` and `config show`: "key file", "OS keyring", "prompt".
    pub fn label(&self) -> &'static str {
        // i18n-ok-begin: machine (the `key_from` value of `status --format json`)
        match self {
            KeySource::File(..) => "key file",
            KeySource::Keyring => "OS keyring",
            // i18n-ok-end
            KeySource::Prompt => "prompt",
        }
    }
}

/// Starts the command's single IMMEDIATE transaction. Dropping it without commit rolls back.
/// The records it writes are tracked for the audit row that ends it (`audit verify --deep`);
/// a file whose schema was changed outside livcr is refused first.
pub fn begin(conn: &mut Connection) -> Result<Transaction<'_>> {
    db::migrate::check_schema(conn)?;
    db::audit::track_writes(conn, db::audit::Schema::Checked)?;
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// Starts an IMMEDIATE transaction whose only write is its audit row (case text shown, a
/// document or an export produced): it sets up no write tracking, so showing stays as cheap as
/// reading. Appending the audit row fails if a record was written on the connection without
/// tracking.
pub fn begin_audit_only(conn: &mut Connection) -> Result<Transaction<'_>> {
    db::migrate::check_schema(conn)?;
    db::audit::track_audit_only(conn)?;
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// The OS account's name, for the actor when neither `--as` nor the config names one: `USER`,
/// else `USERNAME` (Windows), else `LOGNAME`, else the system's user database (cron may start
/// a job without `USER`). On Windows `USERNAME` is always set by the system.
fn os_user() -> Option<(String, Source)> {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| {
            std::env::var(v)
                .ok()
                .filter(|s| !s.trim().is_empty())
                .map(|s| (s, Source::Account(Some(v))))
        })
        .or_else(|| account_name().map(|n| (n, Source::Account(None))))
}

/// The login name of the process's user from the user database (`getpwuid_r`).
#[cfg(unix)]
fn account_name() -> Option<String> {
    use std::ffi::CStr;
    // SAFETY: getpwuid_r writes the record into `pwd` and its strings into `buf`, which both
    // outlive the reads below; `result` is null or points at `pwd`.
    unsafe {
        let uid = libc::getuid();
        let mut size = 1024;
        while size <= 1 << 20 {
            let mut pwd = std::mem::MaybeUninit::<libc::passwd>::uninit();
            let mut buf = vec![0 as libc::c_char; size];
            let mut result: *mut libc::passwd = std::ptr::null_mut();
            let rc = libc::getpwuid_r(uid, pwd.as_mut_ptr(), buf.as_mut_ptr(), size, &mut result);
            if rc == libc::ERANGE {
                size *= 4;
                continue;
            }
            if rc != 0 || result.is_null() || (*result).pw_name.is_null() {
                return None;
            }
            let name = CStr::from_ptr((*result).pw_name).to_string_lossy();
            return Some(name.into_owned()).filter(|n| !n.trim().is_empty());
        }
        None
    }
}

/// Windows sets `USERNAME` for every session, which [`os_user`] reads first.
#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

/// `$XDG_DATA_HOME/livcr/livcr.db` on Linux.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("livcr")
        .join("livcr.db")
}
