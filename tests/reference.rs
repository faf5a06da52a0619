//! Every recorded call (`tests/reference/kernel_calls.json`) gives, on the native path and on the
//! wasm path, exactly what the Python reference gave (`kernel_expected.json`, recorded by
//! `scripts/record_reference.py`): the same value (floats bit for bit), the same writes into list
//! arguments, or the same kind of error.

use multilingual_examples::registry::call;
use multilingual_examples::{Path, Value};
use serde_json::Value as Json;
use std::panic::{AssertUnwindSafe, catch_unwind};

fn to_value(j: &Json) -> Value {
    match j {
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) if !n.is_f64() => Value::Int(i),
            _ => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Json::Array(items) => Value::List(items.iter().map(to_value).collect()),
        _ => Value::List(Vec::new()),
    }
}

/// Python's value equals ours: same numbers (floats bit for bit; an int result of Python equals
/// our float only when exactly equal), same shape.
fn same(expected: &Json, got: &Value) -> bool {
    match (expected, got) {
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(n), Value::Int(i)) => n.as_i64() == Some(*i) && !n.is_f64(),
        (Json::Number(n), Value::Float(f)) => n
            .as_f64()
            .is_some_and(|e| e.to_bits() == f.to_bits() || (e == *f && n.is_i64())),
        (Json::Array(a), Value::List(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        _ => false,
    }
}

fn load(path: &str) -> Json {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn run(
    path: Path,
    file: &str,
    function: &str,
    args: &[Value],
) -> Result<(Option<Value>, Vec<Value>), String> {
    let outcome = catch_unwind(AssertUnwindSafe(|| call(file, function, args, path)));
    match outcome {
        Ok(Some(Ok(o))) => Ok((o.value, o.args_after)),
        Ok(Some(Err(e))) => Err(e.to_string()),
        Ok(None) => panic!("no kernel {file}::{function}"),
        Err(panic) => Err(panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()),
    }
}

#[test]
fn native_and_wasm_match_the_python_reference() {
    let calls = load("tests/reference/kernel_calls.json");
    let expected = load("tests/reference/kernel_expected.json");
    let calls = calls.as_array().expect("a list of calls");
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    for c in calls {
        let id = c["id"].as_str().unwrap_or_default();
        let file = c["file"].as_str().unwrap_or_default();
        let function = c["function"].as_str().unwrap_or_default();
        let args: Vec<Value> = c["args"]
            .as_array()
            .map(|a| a.iter().map(to_value).collect())
            .unwrap_or_default();
        let want = &expected[id];
        for path in [Path::Native, Path::Wasm] {
            let got = run(path, file, function, &args);
            let ok = match (&got, want.get("error")) {
                (Err(message), Some(kind)) => kind.as_str().is_some_and(|k| message.starts_with(k)),
                (Ok((value, after)), None) => {
                    let value_ok = match (value, want.get("value")) {
                        (Some(v), Some(w)) => same(w, v),
                        (None, Some(Json::Null)) | (None, None) => true,
                        _ => false,
                    };
                    let after_ok = match want.get("args_after").and_then(Json::as_array) {
                        Some(w) => {
                            w.len() == after.len() && w.iter().zip(after).all(|(x, y)| same(x, y))
                        }
                        None => true,
                    };
                    value_ok && after_ok
                }
                _ => false,
            };
            if !ok {
                failures.push(format!("{id} on {path:?}: expected {want}, got {got:?}"));
            }
        }
    }
    std::panic::set_hook(hook);
    assert!(
        failures.is_empty(),
        "{} of {} calls differ:\n{}",
        failures.len(),
        calls.len(),
        failures.join("\n")
    );
}
