//! SQLCipher's random bytes, taken from the operating system's generator.
//!
//! SQLCipher asks OpenSSL for random bytes when SQLite starts (a mask for the keys it holds in
//! memory), and then for each page it encrypts (its IV) and each salt. The first request makes
//! OpenSSL 3 set up its deterministic generator: it fetches the algorithm from its provider and
//! builds its table of algorithm names, about 4.5 million instructions, a millisecond on every
//! run of every command, as much as the whole query of `case list`.
//!
//! OpenSSL lets a program give it its own source of random bytes (`RAND_set_rand_method`; the
//! interface is deprecated since 3.0 in favour of providers, which cost the same set-up, and is
//! kept by the vendored build). livcr gives it the operating system's generator through the
//! `getrandom` crate: `getrandom(2)` on Linux, `ProcessPrng` on Windows, the source OpenSSL
//! itself seeds from. What SQLCipher gets is as unpredictable as before; a failure of the OS
//! generator is a failure, never weaker bytes.

use std::ffi::{c_int, c_uchar, c_void};
use std::sync::Once;

/// OpenSSL's `RAND_METHOD` (`struct rand_meth_st`, openssl/rand.h).
#[repr(C)]
struct RandMethod {
    seed: Option<unsafe extern "C" fn(*const c_void, c_int) -> c_int>,
    bytes: Option<unsafe extern "C" fn(*mut c_uchar, c_int) -> c_int>,
    cleanup: Option<unsafe extern "C" fn()>,
    add: Option<unsafe extern "C" fn(*const c_void, c_int, f64) -> c_int>,
    pseudorand: Option<unsafe extern "C" fn(*mut c_uchar, c_int) -> c_int>,
    status: Option<unsafe extern "C" fn() -> c_int>,
}

unsafe extern "C" {
    /// From the vendored libcrypto that SQLCipher links.
    fn RAND_set_rand_method(meth: *const RandMethod) -> c_int;
}

static OS_METHOD: RandMethod = RandMethod {
    seed: Some(seed),
    bytes: Some(bytes),
    cleanup: None,
    add: Some(add),
    pseudorand: Some(bytes),
    status: Some(status),
};

/// Fills `buf` with `num` bytes from the OS generator: 1 on success, 0 on failure (OpenSSL's
/// convention; SQLCipher then fails the operation).
unsafe extern "C" fn bytes(buf: *mut c_uchar, num: c_int) -> c_int {
    let Ok(n) = usize::try_from(num) else {
        return 0;
    };
    if n == 0 {
        return 1;
    }
    if buf.is_null() {
        return 0;
    }
    // SAFETY: OpenSSL passes a buffer of `num` writable bytes.
    let out = unsafe { std::slice::from_raw_parts_mut(buf, n) };
    c_int::from(getrandom::fill(out).is_ok())
}

/// The OS generator needs no seed: what is offered is accepted and not needed.
unsafe extern "C" fn seed(_buf: *const c_void, _num: c_int) -> c_int {
    1
}

unsafe extern "C" fn add(_buf: *const c_void, _num: c_int, _entropy: f64) -> c_int {
    1
}

unsafe extern "C" fn status() -> c_int {
    1
}

/// Installs the OS generator as OpenSSL's source of random bytes, once, before SQLite starts.
pub(crate) fn use_os_generator() {
    static ONCE: Once = Once::new();
    // SAFETY: the method is a static with functions that live as long as the process.
    ONCE.call_once(|| unsafe {
        RAND_set_rand_method(&OS_METHOD);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_os_generator_fills_what_it_is_asked_and_differs_each_time() {
        let mut a = [0u8; 64];
        let mut b = [0u8; 64];
        // SAFETY: both buffers hold 64 bytes.
        unsafe {
            assert_eq!(bytes(a.as_mut_ptr(), 64), 1);
            assert_eq!(bytes(b.as_mut_ptr(), 64), 1);
            assert_eq!(bytes(std::ptr::null_mut(), 0), 1);
            assert_eq!(bytes(std::ptr::null_mut(), 4), 0);
            assert_eq!(bytes(a.as_mut_ptr(), -1), 0);
        }
        assert_ne!(a, [0u8; 64]);
        assert_ne!(a, b);
    }
}
