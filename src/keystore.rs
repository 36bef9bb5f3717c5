//! The OS keyring, where the user chose to keep the key of an encrypted database: Credential
//! Manager on Windows, the Keychain on macOS, the Secret Service (GNOME Keyring, KWallet) on
//! Linux. One entry per database: service `livcr`, account the canonical path of the file.
//!
//! A keyring that cannot be reached (no D-Bus session, cron, a locked-down account) is not an
//! error here: lookups say [`Lookup::Unreachable`] and the caller falls back to the next source.
//!
//! For tests only: `LIVCR_KEYRING_FILE=PATH` replaces the OS keyring by a file of entries (JSON,
//! mode 0600), so that the tests can run livcr across processes where no keyring exists; a PATH
//! whose folder does not exist behaves as a keyring that cannot be reached. Never set it in real
//! use: the file holds the keys in clear, like a key file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Once;

use keyring::credential::{Credential, CredentialApi, CredentialBuilderApi, CredentialPersistence};

/// The service name of livcr's entries.
pub const SERVICE: &str = "livcr";

/// The environment variable that selects the test store (a file) instead of the OS keyring.
pub const TEST_STORE_VAR: &str = "LIVCR_KEYRING_FILE";

/// What the keyring holds for a database.
#[derive(Debug)]
pub enum Lookup {
    Found(String),
    Absent,
    /// No keyring could be reached; the reason, for the user who asked for it.
    Unreachable(String),
}

/// The keyring's name for messages, in the interface language.
pub fn name() -> String {
    name_in(crate::i18n::lang())
}

/// The keyring's name in `lang`.
pub fn name_in(lang: crate::i18n::UiLang) -> String {
    let key = if test_store().is_some() {
        "keyring-test-file"
    } else if cfg!(windows) {
        "keyring-windows"
    } else if cfg!(target_os = "macos") {
        "keyring-macos"
    } else {
        "keyring-secret-service"
    };
    crate::i18n::text_in(lang, key, &[])
}

/// False when this system has no keyring that keeps entries at all (so none can hold an old
/// key), as opposed to one that exists but cannot be reached now.
pub fn exists_here() -> bool {
    test_store().is_some()
        || matches!(
            keyring::default::default_credential_builder().persistence(),
            CredentialPersistence::UntilDelete
        )
}

/// The key kept for the database at `db`.
pub fn get(db: &Path) -> Lookup {
    let entry = match entry(db) {
        Ok(e) => e,
        Err(why) => return Lookup::Unreachable(why),
    };
    match entry.get_password() {
        Ok(k) => Lookup::Found(k),
        Err(keyring::Error::NoEntry) => Lookup::Absent,
        Err(e) => Lookup::Unreachable(e.to_string()),
    }
}

/// Keeps the key of the encrypted database at `db`, replacing any earlier entry: for a
/// passphrase, the raw key derived from it ([`crate::db::file::keyring_form`]), which opens the
/// file at once and does not reveal the passphrase. Err: why it could not.
pub fn store(db: &Path, key: &str) -> Result<(), String> {
    let entry = entry(db)?;
    entry
        .set_password(&crate::db::file::keyring_form(db, key))
        .map_err(|e| e.to_string())
}

/// Removes the entry of the database at `db`. Ok(false): there was none.
pub fn forget(db: &Path) -> Result<bool, String> {
    match entry(db)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(e.to_string()),
    }
}

/// The account of a database: its canonical path (the path as given when it cannot be
/// resolved), so that `--db ./x.db` and `--db /home/me/x.db` find the same entry.
pub fn account(db: &Path) -> String {
    let path = std::fs::canonicalize(db)
        .or_else(|_| std::path::absolute(db))
        .unwrap_or_else(|_| db.to_path_buf());
    path.to_string_lossy().into_owned()
}

fn entry(db: &Path) -> Result<keyring::Entry, String> {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        if let Some(path) = test_store() {
            keyring::set_default_credential_builder(Box::new(FileStore { path }));
        }
    });
    if test_store().is_none()
        && !matches!(
            keyring::default::default_credential_builder().persistence(),
            CredentialPersistence::UntilDelete
        )
    {
        return Err(crate::t!("keyring-none-here"));
    }
    keyring::Entry::new(SERVICE, &account(db)).map_err(|e| e.to_string())
}

fn test_store() -> Option<PathBuf> {
    std::env::var_os(TEST_STORE_VAR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The test store: one JSON object `{"service\naccount": "key"}` in a file of mode 0600.
#[derive(Debug)]
struct FileStore {
    path: PathBuf,
}

#[derive(Debug)]
struct FileEntry {
    path: PathBuf,
    name: String,
}

fn unreachable(path: &Path, e: impl std::fmt::Display) -> keyring::Error {
    keyring::Error::NoStorageAccess(
        crate::t!(
            "keyring-test-file-error",
            path = path.display().to_string(),
            error = e.to_string()
        )
        .into(),
    )
}

impl FileEntry {
    fn load(&self) -> keyring::Result<BTreeMap<String, String>> {
        if !self.path.parent().is_some_and(|d| d.is_dir()) {
            return Err(unreachable(&self.path, crate::t!("keyring-test-no-folder")));
        }
        match std::fs::read_to_string(&self.path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| unreachable(&self.path, e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(unreachable(&self.path, e)),
        }
    }

    fn save(&self, map: &BTreeMap<String, String>) -> keyring::Result<()> {
        let text = serde_json::to_string(map).map_err(|e| unreachable(&self.path, e))?;
        let tmp = crate::db::file::temp_beside(&self.path);
        let written = crate::db::file::create_private(&tmp)
            .and_then(|mut f| {
                use std::io::Write;
                f.write_all(text.as_bytes())?;
                Ok(())
            })
            .and_then(|()| Ok(std::fs::rename(&tmp, &self.path)?));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(unreachable(&self.path, e));
        }
        Ok(())
    }
}

impl CredentialApi for FileEntry {
    fn set_secret(&self, secret: &[u8]) -> keyring::Result<()> {
        let key = String::from_utf8(secret.to_vec())
            .map_err(|e| keyring::Error::BadEncoding(e.into_bytes()))?;
        let mut map = self.load()?;
        map.insert(self.name.clone(), key);
        self.save(&map)
    }

    fn get_secret(&self) -> keyring::Result<Vec<u8>> {
        self.load()?
            .remove(&self.name)
            .map(String::into_bytes)
            .ok_or(keyring::Error::NoEntry)
    }

    fn delete_credential(&self) -> keyring::Result<()> {
        let mut map = self.load()?;
        if map.remove(&self.name).is_none() {
            return Err(keyring::Error::NoEntry);
        }
        self.save(&map)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl CredentialBuilderApi for FileStore {
    fn build(
        &self,
        _target: Option<&str>,
        service: &str,
        user: &str,
    ) -> keyring::Result<Box<Credential>> {
        Ok(Box::new(FileEntry {
            path: self.path.clone(),
            name: format!("{service}\n{user}"),
        }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn persistence(&self) -> CredentialPersistence {
        CredentialPersistence::UntilDelete
    }
}
