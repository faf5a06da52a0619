//! End-to-end tests of the wasm path against a small module written by hand in WAT, following the ABI.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{lock_backend, panic_text};
use crate::__private::{Call, Path, Site, WasmModule, dispatch};
use crate::{Backend, Error, ErrorKind, set_backend};

const WAT: &str = r#"
(module
  (import "ml" "raise" (func $raise (param i32 i32)))
  (memory (export "memory") 1 16)
  (global $heap (mut i32) (i32.const 1024))

  ;; Bump allocator: 8-aligned pointers, 0 when out of memory.
  (func $alloc (export "ml_alloc") (param $size i32) (result i32)
    (local $p i32) (local $end i32) (local $have i32)
    (local.set $p (i32.and (i32.add (global.get $heap) (i32.const 7)) (i32.const -8)))
    (local.set $end (i32.add (local.get $p) (local.get $size)))
    (if (i32.lt_u (local.get $end) (local.get $p)) (then (return (i32.const 0))))
    (local.set $have (i32.shl (memory.size) (i32.const 16)))
    (if (i32.gt_u (local.get $end) (local.get $have))
      (then
        (if (i32.eq
              (memory.grow (i32.shr_u
                (i32.add (i32.sub (local.get $end) (local.get $have)) (i32.const 65535))
                (i32.const 16)))
              (i32.const -1))
          (then (return (i32.const 0))))))
    (global.set $heap (local.get $end))
    (local.get $p))

  (func (export "ml_reset") (global.set $heap (i32.const 1024)))

  ;; 0: add(a: int, b: int) -> int
  (func (export "add") (param i64 i64) (result i64) (i64.add (local.get 0) (local.get 1)))

  ;; 1: sum(xs: list[int]) -> int
  (func (export "sum") (param $list i32) (result i64)
    (local $i i32) (local $n i32) (local $data i32) (local $acc i64)
    (local.set $n (i32.load (local.get $list)))
    (local.set $data (i32.load offset=8 (local.get $list)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $acc (i64.add (local.get $acc)
          (i64.load (i32.add (local.get $data) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $acc))

  ;; 2: fail(x: int) -> int: raises IndexError at site 1
  (func (export "fail") (param i64) (result i64)
    (call $raise (i32.const 0) (i32.const 1))
    (unreachable))

  ;; 3: bad_raise(): raises with an invalid fault code
  (func (export "bad_raise") (call $raise (i32.const 99) (i32.const 0)) (unreachable))

  ;; 4: recurse(x: int) -> int: never ends
  (func $recurse (export "recurse") (param $x i64) (result i64)
    (i64.add (call $recurse (i64.add (local.get $x) (i64.const 1))) (i64.const 1)))

  ;; 5: scale(xs: &mut list[float], k: float): in place
  (func (export "scale") (param $list i32) (param $k f64)
    (local $i i32) (local $n i32) (local $at i32)
    (local.set $n (i32.load (local.get $list)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $at (i32.add (i32.load offset=8 (local.get $list)) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $at) (f64.mul (f64.load (local.get $at)) (local.get $k)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; 6: iota(n: int) -> list[int]: [0, 1, ..., n-1]
  (func (export "iota") (param $n i64) (result i32)
    (local $p i32) (local $len i32) (local $i i32)
    (local.set $len (i32.wrap_i64 (local.get $n)))
    (local.set $p (call $alloc (i32.add (i32.const 16) (i32.shl (local.get $len) (i32.const 3)))))
    (if (i32.eqz (local.get $p)) (then (call $raise (i32.const 14) (i32.const 0)) (unreachable)))
    (i32.store (local.get $p) (local.get $len))
    (i32.store offset=4 (local.get $p) (local.get $len))
    (i32.store offset=8 (local.get $p) (i32.add (local.get $p) (i32.const 16)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $len)))
        (i64.store offset=16 (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 3)))
          (i64.extend_i32_s (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $p))

  ;; 7: invert(xs: &mut list[bool]) -> list[bool]: negates in place, returns the same list
  (func (export "invert") (param $list i32) (result i32)
    (local $i i32) (local $at i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (i32.load (local.get $list))))
        (local.set $at (i32.add (i32.load offset=8 (local.get $list)) (local.get $i)))
        (i32.store8 (local.get $at) (i32.eqz (i32.load8_u (local.get $at))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $list))

  ;; 8: shrink(xs: &mut list[float]): sets the length to 0, which a &mut argument must not do
  (func (export "shrink") (param $list i32) (i32.store (local.get $list) (i32.const 0)))

  ;; 9: peek(address: int) -> int: the i64 at a linear-memory address, checked by wasmtime only
  ;; (an address past the memory hits its guard region, and the signal handler makes a trap)
  (func (export "peek") (param $address i64) (result i64) (i64.load (i32.wrap_i64 (local.get $address))))
)
"#;

pub(super) const EXPORTS: &[&str] = &[
    "add",
    "sum",
    "fail",
    "bad_raise",
    "recurse",
    "scale",
    "iota",
    "invert",
    "shrink",
    "peek",
];
pub(super) const SITES: &[Site] = &[
    Site { line: 3, column: 9 },
    Site {
        line: 12,
        column: 9,
    },
];
const FILE: &str = "kernels/test.ml";

pub(super) fn bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| wat::parse_str(WAT).expect("the test module is valid WAT"))
}

/// The test module (generated code uses a `static`; the bytes here are made at run time).
fn module() -> &'static WasmModule {
    static MODULE: OnceLock<&'static WasmModule> = OnceLock::new();
    MODULE.get_or_init(|| Box::leak(Box::new(WasmModule::new(FILE, bytes(), SITES, EXPORTS))))
}

/// The same bytes, with a kernel export the module does not have: instantiation fails.
fn module_missing_export() -> &'static WasmModule {
    static MODULE: OnceLock<&'static WasmModule> = OnceLock::new();
    MODULE.get_or_init(|| {
        Box::leak(Box::new(WasmModule::new(
            "missing.ml",
            bytes(),
            SITES,
            &["nope"],
        )))
    })
}

static INVALID: WasmModule =
    WasmModule::new("invalid.ml", b"\0asm\x01\0\0\0garbage", SITES, EXPORTS);

fn add(m: &'static WasmModule, a: i64, b: i64) -> Result<i64, Error> {
    m.call(|cx| cx.invoke::<(i64, i64), i64>(0, (a, b)))
}

fn sum(m: &'static WasmModule, xs: &[i64]) -> Result<i64, Error> {
    m.call(|cx| {
        let list = cx.put_list(xs)?;
        cx.invoke::<(i32,), i64>(1, (list,))
    })
}

fn fail(m: &'static WasmModule, x: i64) -> Result<i64, Error> {
    m.call(|cx| cx.invoke::<(i64,), i64>(2, (x,)))
}

fn trap_message(e: Error) -> String {
    match e {
        Error::Trap { file, message } => {
            assert_eq!(file, FILE);
            message
        }
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn scalar_call() {
    assert!(module().is_available());
    assert_eq!(add(module(), 40, 2), Ok(42));
    assert_eq!(add(module(), i64::MAX, 1), Ok(i64::MIN));
}

#[test]
fn list_argument() {
    assert_eq!(sum(module(), &[1, 2, 3, -4]), Ok(2));
    assert_eq!(sum(module(), &[]), Ok(0));
    assert_eq!(sum(module(), &(1..=1000).collect::<Vec<_>>()), Ok(500_500));
}

#[test]
fn raised_error_has_kind_and_site() {
    let err = fail(module(), 7).unwrap_err();
    assert_eq!(
        err,
        Error::Raised {
            kind: ErrorKind::IndexError,
            message: "list index out of range",
            file: FILE,
            line: 12,
            column: 9
        }
    );
    assert_eq!(
        err.to_string(),
        "IndexError: list index out of range at kernels/test.ml:12:9"
    );
    // The instance stays usable after a raise or a trap.
    assert_eq!(add(module(), 1, 2), Ok(3));
}

#[test]
fn invalid_raise_is_a_trap() {
    let err = module().call(|cx| cx.invoke::<(), ()>(3, ())).unwrap_err();
    assert!(trap_message(err).contains("invalid fault code 99"));
}

#[test]
fn stack_exhaustion_is_a_trap() {
    let err = module()
        .call(|cx| cx.invoke::<(i64,), i64>(4, (0,)))
        .unwrap_err();
    let message = trap_message(err);
    assert!(message.contains("stack"), "{message}");
    assert_eq!(add(module(), 1, 2), Ok(3));
}

#[test]
fn out_of_bounds_access_is_a_trap() {
    let peek = |address: i64| module().call(|cx| cx.invoke::<(i64,), i64>(9, (address,)));
    assert_eq!(peek(0), Ok(0));
    for address in [0x1_0000 * 16, 0x7fff_fff8, 0xffff_fff8] {
        let message = trap_message(peek(address).unwrap_err());
        assert!(message.contains("out of bounds memory access"), "{message}");
    }
    assert_eq!(add(module(), 1, 2), Ok(3));
}

#[test]
fn mut_list_is_copied_back() {
    let mut xs = [1.0, -2.5, 4.0];
    module()
        .call(|cx| {
            let list = cx.put_list(&xs)?;
            cx.invoke::<(i32, f64), ()>(5, (list, 2.0))?;
            cx.copy_back(list, &mut xs)
        })
        .unwrap();
    assert_eq!(xs, [2.0, -5.0, 8.0]);
}

#[test]
fn list_result() {
    let get = |n: i64| {
        module().call(|cx| {
            cx.invoke::<(i64,), i32>(6, (n,))
                .and_then(|r| cx.get_list::<i64>(r))
        })
    };
    assert_eq!(get(5), Ok(vec![0, 1, 2, 3, 4]));
    assert_eq!(get(0), Ok(vec![]));
}

#[test]
fn bool_lists() {
    let mut flags = [true, false, false, true];
    let out = module()
        .call(|cx| {
            let list = cx.put_list(&flags)?;
            let r = cx.invoke::<(i32,), i32>(7, (list,))?;
            cx.copy_back(list, &mut flags)?;
            cx.get_list::<bool>(r)
        })
        .unwrap();
    assert_eq!(flags, [false, true, true, false]);
    assert_eq!(out, flags);
}

#[test]
fn changed_length_of_mut_list_is_a_trap() {
    let mut xs = [1.0, 2.0];
    let err = module()
        .call(|cx| {
            let list = cx.put_list(&xs)?;
            cx.invoke::<(i32,), ()>(8, (list,))?;
            cx.copy_back(list, &mut xs)
        })
        .unwrap_err();
    assert!(trap_message(err).contains("changed length"));
}

#[test]
fn bad_list_pointer_is_a_trap() {
    let err = module().call(|cx| cx.get_list::<i64>(-16)).unwrap_err();
    assert!(trap_message(err).contains("bad list pointer"));
}

#[test]
fn strings_round_trip() {
    for text in ["", "a", "héllo → 世界 😀", "\0nul", &"ab→".repeat(1000)] {
        let back = module().call(|cx| {
            let p = cx.put_str(text)?;
            assert_eq!(p % 8, 0);
            cx.get_str(p)
        });
        assert_eq!(back.as_deref(), Ok(text));
    }
}

#[test]
fn bad_strings_are_traps() {
    let err = module().call(|cx| cx.get_str(-16)).unwrap_err();
    assert!(trap_message(err).contains("bad string pointer"));
    // A list of 16 ints read as a string: 16 bytes, the last 8 of them 0xff.
    let err = module()
        .call(|cx| {
            let p = cx.put_list(&[-1; 16])?;
            cx.get_str(p)
        })
        .unwrap_err();
    assert!(trap_message(err).contains("not UTF-8"));
    let err = module()
        .call(|cx| cx.put_str(&"x".repeat(2_000_000)))
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::MemoryError));
}

#[test]
fn out_of_wasm_memory_is_memory_error() {
    // The memory is limited to 16 pages (1 MiB).
    let err = sum(module(), &vec![1; 200_000]).unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::MemoryError));
    assert_eq!(
        err.to_string(),
        "MemoryError: out of memory in kernels/test.ml"
    );
}

#[test]
fn heap_is_reset_at_each_call() {
    // 100,000 ints take 800 kB of the 1 MiB memory: without `ml_reset` the second call would not fit.
    let xs = vec![1; 100_000];
    for _ in 0..3 {
        assert_eq!(sum(module(), &xs), Ok(100_000));
    }
}

#[test]
fn mismatched_invocations_are_traps() {
    let err = module()
        .call(|cx| cx.invoke::<(i64,), i64>(1, (0,)))
        .unwrap_err();
    assert!(trap_message(err).contains("another type"));
    let err = module().call(|cx| cx.invoke::<(), ()>(99, ())).unwrap_err();
    assert!(trap_message(err).contains("no kernel export number 99"));
    // The right type still works after a wrong one was tried.
    assert_eq!(sum(module(), &[5]), Ok(5));
}

#[test]
fn each_thread_has_its_instance() {
    let handles: Vec<_> = (0..3)
        .map(|i| std::thread::spawn(move || (add(module(), i, 100), sum(module(), &[i; 10]))))
        .collect();
    for (i, h) in (0..).zip(handles) {
        assert_eq!(h.join().unwrap(), (Ok(i + 100), Ok(i * 10)));
    }
}

#[test]
fn reentrant_call_is_unavailable() {
    let err = module().call(|_| add(module(), 1, 2)).unwrap_err();
    assert!(matches!(err, Error::Unavailable { .. }), "{err:?}");
}

#[test]
fn invalid_bytes_are_unavailable() {
    assert!(!INVALID.is_available());
    let err = add(&INVALID, 1, 2).unwrap_err();
    match err {
        Error::Unavailable { file, reason } => {
            assert_eq!(file, "invalid.ml");
            assert!(reason.starts_with("cannot compile the module"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_export_is_unavailable() {
    assert!(!module_missing_export().is_available());
    let err = module_missing_export()
        .call(|cx| cx.invoke::<(), ()>(0, ()))
        .unwrap_err();
    match err {
        Error::Unavailable { reason, .. } => assert!(reason.contains("\"nope\""), "{reason}"),
        other => panic!("{other:?}"),
    }
}

/// A dispatcher as generated code writes it; counts the native runs.
fn dispatched_sum(m: &'static WasmModule, xs: &[i64], native_runs: &AtomicUsize) -> i64 {
    dispatch(m, |path| match path {
        Path::Wasm => sum(m, xs),
        Path::Native => {
            native_runs.fetch_add(1, Ordering::Relaxed);
            Ok(xs.iter().sum())
        }
    })
}

#[test]
fn dispatch_on_each_backend() {
    let _lock = lock_backend();
    let native = AtomicUsize::new(0);
    let runs = |backend, m| {
        set_backend(backend);
        native.store(0, Ordering::Relaxed);
        let r = dispatched_sum(m, &[1, 2, 3], &native);
        (r, native.load(Ordering::Relaxed))
    };
    assert_eq!(runs(Backend::Auto, module()), (6, 0));
    assert_eq!(runs(Backend::Wasm, module()), (6, 0));
    assert_eq!(runs(Backend::Native, module()), (6, 1));
    // Auto falls back to native when the module cannot be used.
    assert_eq!(runs(Backend::Auto, &INVALID), (6, 1));
    assert_eq!(runs(Backend::Auto, module_missing_export()), (6, 1));
    // Wasm insists.
    set_backend(Backend::Wasm);
    let payload = std::panic::catch_unwind(|| dispatched_sum(&INVALID, &[1], &native)).unwrap_err();
    set_backend(Backend::Auto);
    assert!(
        panic_text(payload).starts_with("wasm path unavailable for invalid.ml: cannot compile")
    );
}

#[test]
fn dispatch_panics_with_raised_error_without_running_native() {
    let _lock = lock_backend();
    for backend in [Backend::Auto, Backend::Wasm] {
        set_backend(backend);
        let native = AtomicUsize::new(0);
        let payload = std::panic::catch_unwind(|| {
            dispatch(module(), |path| match path {
                Path::Wasm => fail(module(), 1),
                Path::Native => {
                    native.fetch_add(1, Ordering::Relaxed);
                    Ok(0)
                }
            })
        })
        .unwrap_err();
        assert_eq!(
            panic_text(payload),
            "IndexError: list index out of range at kernels/test.ml:12:9"
        );
        assert_eq!(native.load(Ordering::Relaxed), 0);
    }
    set_backend(Backend::Auto);
}

#[test]
fn scalar_calls_do_not_allocate() {
    let _lock = lock_backend();
    set_backend(Backend::Auto);
    let native = AtomicUsize::new(0);
    let run = || {
        dispatch(module(), |path| match path {
            Path::Wasm => add(module(), 2, 3),
            Path::Native => {
                native.fetch_add(1, Ordering::Relaxed);
                Ok(5)
            }
        })
    };
    assert_eq!(run(), 5);
    let (count, ()) = super::alloc_count::allocations(|| {
        for _ in 0..1000 {
            assert_eq!(run(), 5);
        }
    });
    assert_eq!(count, 0);
    assert_eq!(native.load(Ordering::Relaxed), 0);
    // Lists too: the first call of an export on a thread caches its typed function, later ones allocate
    // nothing on the host.
    assert_eq!(sum(module(), &[1]), Ok(1));
    let (count, r) = super::alloc_count::allocations(|| sum(module(), &[1, 2, 3]));
    assert_eq!((count, r), (0, Ok(6)));
}

/// `Call` is what the closure receives; it is `'_`-bounded and cannot escape.
#[test]
fn call_type_is_nameable() {
    fn takes(_: &mut Call<'_>) {}
    module()
        .call(|cx| {
            takes(cx);
            Ok(())
        })
        .unwrap();
}
