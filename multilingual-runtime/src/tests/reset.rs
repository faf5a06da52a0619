//! A module whose exports give the heap back as they return (it exports `ml_heap`, as generated
//! modules do): the runtime calls `ml_reset` only when something may be left on the heap — after
//! a failed call, or after arguments were put without a call.

use std::sync::OnceLock;

use crate::__private::{Site, WasmModule};

const WAT: &str = r#"
(module
  (import "ml" "raise" (func $raise (param i32 i32)))
  (memory (export "memory") 1)
  (global $heap (export "ml_heap") (mut i32) (i32.const 1024))
  (global $resets (mut i32) (i32.const 0))

  (func (export "ml_alloc") (param $size i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (i32.and (i32.add (local.get $size) (i32.const 7)) (i32.const -8))))
    (local.get $p))

  ;; Counts its calls, so that the test sees when the runtime makes one.
  (func (export "ml_reset")
    (global.set $heap (i32.const 1024))
    (global.set $resets (i32.add (global.get $resets) (i32.const 1))))

  ;; 0: first(xs: list[int]) -> int, then gives the heap back
  (func (export "first") (param $list i32) (result i64)
    (i64.load (i32.load offset=8 (local.get $list)))
    (global.set $heap (i32.const 1024)))

  ;; 1: fail(): raises IndexError at site 0 (the heap is not given back)
  (func (export "fail") (call $raise (i32.const 0) (i32.const 0)) (unreachable))

  ;; 2: resets() -> int: how many times ml_reset ran
  (func (export "resets") (result i32) (global.get $resets))

  ;; 3: heap() -> int: the heap pointer
  (func (export "heap") (result i32) (global.get $heap))
)
"#;

fn module() -> &'static WasmModule {
    static MODULE: OnceLock<&'static WasmModule> = OnceLock::new();
    MODULE.get_or_init(|| {
        let bytes: &'static [u8] =
            Box::leak(wat::parse_str(WAT).expect("valid WAT").into_boxed_slice());
        Box::leak(Box::new(WasmModule::new(
            "reset.ml",
            bytes,
            &[Site { line: 1, column: 1 }],
            &["first", "fail", "resets", "heap"],
        )))
    })
}

fn first(xs: &[i64]) -> i64 {
    module()
        .call(|cx| {
            let list = cx.put_list(xs)?;
            cx.invoke::<(i32,), i64>(0, (list,))
        })
        .expect("first runs")
}

/// (resets so far, heap pointer), read in one call.
fn state() -> (i32, i32) {
    module()
        .call(|cx| Ok((cx.invoke::<(), i32>(2, ())?, cx.invoke::<(), i32>(3, ())?)))
        .expect("reads")
}

#[test]
fn ml_reset_runs_only_when_something_is_left_on_the_heap() {
    // Each test thread has its own instance, so the counts start at zero here.
    assert_eq!(state(), (0, 1024));
    for k in 1..=5 {
        assert_eq!(first(&[k, 2, 3]), k);
    }
    assert_eq!(
        state(),
        (0, 1024),
        "calls that return give the heap back themselves"
    );

    assert!(module().call(|cx| cx.invoke::<(), ()>(1, ())).is_err());
    assert_eq!(
        state(),
        (1, 1024),
        "after a failed call, the next call resets first"
    );
    assert_eq!(state(), (1, 1024));

    module()
        .call(|cx| cx.put_list(&[1_i64; 100]).map(drop))
        .expect("puts");
    assert_eq!(
        state(),
        (2, 1024),
        "arguments put without a call are given back"
    );
    assert_eq!(first(&[7]), 7);
    assert_eq!(state(), (2, 1024));
}
