//! The shape of generated code, with a module whose bytes are not wasm: it must compile in both feature
//! configurations, and its dispatcher must fall back to native under `Auto`.

use super::{lock_backend, panic_text};
use crate::{Backend, Error, set_backend};

const WASM_BYTES: &[u8] = b"\0asm but not really";

mod matrix {
    use super::WASM_BYTES;

    static __ML_MODULE: crate::__private::WasmModule = crate::__private::WasmModule::new(
        "kernels/matrix.ml",
        WASM_BYTES,
        &[crate::__private::Site { line: 3, column: 9 }],
        &["multiply"],
    );

    pub mod wasm {
        pub fn multiply(
            a: &[f64],
            b: &mut [f64],
            n: i64,
            flag: bool,
        ) -> Result<Vec<f64>, crate::Error> {
            super::__ML_MODULE.call(|cx| {
                let a_ = cx.put_list(a)?;
                let b_ = cx.put_list(b)?;
                let r = cx.invoke::<(i32, i32, i64, i32), i32>(0, (a_, b_, n, flag as i32))?;
                cx.copy_back(b_, b)?;
                cx.get_list::<f64>(r)
            })
        }
    }

    pub mod native {
        pub fn multiply(a: &[f64], b: &mut [f64], n: i64, flag: bool) -> Vec<f64> {
            let out = a.iter().zip(b.iter()).map(|(x, y)| x * y).collect();
            for y in b.iter_mut() {
                *y += if flag { n as f64 } else { 0.0 };
            }
            out
        }
    }

    pub fn multiply(a: &[f64], b: &mut [f64], n: i64, flag: bool) -> Vec<f64> {
        crate::__private::dispatch(&__ML_MODULE, |path| match path {
            crate::__private::Path::Wasm => wasm::multiply(a, b, n, flag),
            crate::__private::Path::Native => Ok(native::multiply(a, b, n, flag)),
        })
    }

    pub fn is_available() -> bool {
        __ML_MODULE.is_available()
    }
}

#[test]
fn wasm_path_is_unavailable() {
    let mut b = [1.0, 2.0];
    let err = matrix::wasm::multiply(&[3.0, 4.0], &mut b, 1, true).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Unavailable {
                file: "kernels/matrix.ml",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(b, [1.0, 2.0]);
    assert!(!matrix::is_available());
}

#[test]
fn auto_and_native_run_natively() {
    let _lock = lock_backend();
    for backend in [Backend::Auto, Backend::Native] {
        set_backend(backend);
        let mut b = [1.0, 2.0];
        assert_eq!(matrix::multiply(&[3.0, 4.0], &mut b, 10, true), [3.0, 8.0]);
        assert_eq!(b, [11.0, 12.0]);
    }
    set_backend(Backend::Auto);
}

#[test]
fn wasm_backend_panics_when_unavailable() {
    let _lock = lock_backend();
    set_backend(Backend::Wasm);
    let payload = std::panic::catch_unwind(|| {
        let mut b = [1.0];
        matrix::multiply(&[1.0], &mut b, 1, false)
    })
    .unwrap_err();
    set_backend(Backend::Auto);
    let text = panic_text(payload);
    assert!(
        text.starts_with("wasm path unavailable for kernels/matrix.ml: "),
        "{text}"
    );
}

#[test]
fn native_fallback_does_not_allocate() {
    let _lock = lock_backend();
    set_backend(Backend::Auto);
    let mut b = [1.0, 2.0];
    let run_empty = || {
        crate::__private::dispatch(&EMPTY, |path| match path {
            crate::__private::Path::Wasm => Ok(0),
            crate::__private::Path::Native => Ok(1),
        })
    };
    // Warm up: the compile attempts and the notices allocate, once.
    let _ = matrix::multiply(&[3.0, 4.0], &mut b, 1, true);
    assert_eq!(run_empty(), 1);
    let (count, ()) = super::alloc_count::allocations(|| {
        for _ in 0..100 {
            assert!(!matrix::is_available());
            assert_eq!(run_empty(), 1);
        }
    });
    assert_eq!(count, 0);
}

static EMPTY: crate::__private::WasmModule =
    crate::__private::WasmModule::new("empty.ml", b"", &[], &[]);
