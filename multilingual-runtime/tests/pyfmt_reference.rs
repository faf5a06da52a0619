//! `multilingual_runtime::pyfmt` against CPython 3.12: every case of `tests/pyfmt_cases.json` (recorded by
//! `scripts/record_pyfmt.py`) must give Python's output, or Python's exception class and message, byte
//! for byte.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use multilingual_runtime::pyfmt::{self, FormatError, PyRepr, PyStr, Value};
use serde_json::Value as Json;

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pyfmt_cases.json");

fn load() -> Json {
    let text = std::fs::read_to_string(CASES).unwrap_or_else(|e| panic!("{CASES}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{CASES}: {e}"))
}

/// A case's value, owned.
enum Owned {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
}

impl Owned {
    fn decode(ty: &str, value: &Json) -> Owned {
        match ty {
            "none" => Owned::None,
            "bool" => Owned::Bool(value.as_bool().expect("bool")),
            "int" => Owned::Int(
                value
                    .as_str()
                    .expect("int as a string")
                    .parse()
                    .expect("i64"),
            ),
            "float" => {
                let hex = value.as_str().expect("float bits as a string");
                let bits = u64::from_str_radix(hex.trim_start_matches("0x"), 16).expect("hex bits");
                Owned::Float(f64::from_bits(bits))
            }
            "str" => Owned::Str(value.as_str().expect("str").to_string()),
            other => panic!("unknown type {other}"),
        }
    }

    fn value(&self) -> Value<'_> {
        match self {
            Owned::None => Value::None,
            Owned::Bool(b) => Value::Bool(*b),
            Owned::Int(n) => Value::Int(*n),
            Owned::Float(x) => Value::Float(*x),
            Owned::Str(s) => Value::Str(s),
        }
    }
}

fn describe(v: &Owned) -> String {
    match v {
        Owned::Float(x) => format!("{} (bits {:#018x})", pyfmt::repr_float(*x), x.to_bits()),
        other => pyfmt::repr_str(&PyRepr(other.value()).to_string()),
    }
}

type Outcome = Result<String, (String, String)>;

fn run(op: &str, v: Value<'_>, spec: Option<&str>) -> Outcome {
    let err = |e: FormatError| (e.kind.as_str().to_string(), e.message);
    match op {
        "repr" => {
            // The String-returning functions and the Display wrapper must agree.
            let s = PyRepr(v).to_string();
            match v {
                Value::Float(x) => assert_eq!(s, pyfmt::repr_float(x)),
                Value::Str(t) => assert_eq!(s, pyfmt::repr_str(t)),
                _ => {}
            }
            Ok(s)
        }
        "str" => Ok(PyStr(v).to_string()),
        "format" => {
            let spec = spec.expect("format case without a spec");
            let direct = match v {
                Value::None => pyfmt::format_none(spec),
                Value::Bool(b) => pyfmt::format_bool(b, spec),
                Value::Int(n) => pyfmt::format_int(n, spec),
                Value::Float(x) => pyfmt::format_float(x, spec),
                Value::Str(s) => pyfmt::format_str(s, spec),
                Value::Bytes(_) => pyfmt::format_value(v, spec),
            };
            let mut into = String::from("<");
            let r = pyfmt::format_value_into(&mut into, v, spec);
            match (&direct, r) {
                (Ok(s), Ok(())) => assert_eq!(&into[1..], s),
                (Err(a), Err(b)) => {
                    assert_eq!(a, &b);
                    assert_eq!(into, "<", "output touched on error");
                }
                _ => panic!("format_value_into and format_* disagree"),
            }
            direct.map_err(err)
        }
        other => panic!("unknown op {other}"),
    }
}

#[test]
fn every_recorded_case_matches_cpython() {
    let data = load();
    let cases = data["cases"].as_array().expect("cases");
    assert!(cases.len() > 1000, "too few cases: {}", cases.len());
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in cases {
        let c = case.as_array().expect("a case is an array");
        let op = c[0].as_str().expect("op");
        let ty = c[1].as_str().expect("type");
        let v = Owned::decode(ty, &c[2]);
        let spec = c[3].as_str();
        let want: Outcome = match c.len() {
            5 => Ok(c[4].as_str().expect("out").to_string()),
            7 => Err((
                c[5].as_str().expect("exception").to_string(),
                c[6].as_str().expect("message").to_string(),
            )),
            n => panic!("a case has 5 or 7 items, not {n}: {case}"),
        };
        *counts.entry(format!("{op} {ty}")).or_default() += 1;
        let got = run(op, v.value(), spec);
        if got != want {
            failures.push(format!(
                "{op}({}{}):\n    python: {want:?}\n    rust:   {got:?}",
                describe(&v),
                spec.map(|s| format!(", {}", pyfmt::repr_str(s)))
                    .unwrap_or_default()
            ));
        }
    }
    let mut summary = String::new();
    for (k, n) in &counts {
        let _ = write!(summary, "{k}: {n}; ");
    }
    eprintln!(
        "{} cases from CPython {} ({summary})",
        cases.len(),
        data["python"].as_str().unwrap_or("?")
    );
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(60).cloned().collect();
        panic!(
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            cases.len(),
            shown.join("\n")
        );
    }
}

fn ranges(data: &Json, key: &str) -> Vec<(u32, u32)> {
    data[key]
        .as_array()
        .expect("ranges")
        .iter()
        .map(|r| {
            let lo = r[0].as_u64().expect("lo") as u32;
            let hi = r[1].as_u64().expect("hi") as u32;
            (lo, hi)
        })
        .collect()
}

fn contains(ranges: &[(u32, u32)], c: u32) -> bool {
    let i = ranges.partition_point(|&(lo, _)| lo <= c);
    i > 0 && ranges[i - 1].1 >= c
}

/// `repr` keeps a character as it is exactly when Python's `str.isprintable` holds for it, for every code
/// point. (Rust's own Unicode tables are newer than Python 3.12's 15.0.0: without the table of code points
/// unassigned in 15.0.0, the characters assigned since would be kept where Python escapes them.)
#[test]
fn printable_agrees_with_cpython_for_every_code_point() {
    let data = load();
    let nonprintable = ranges(&data, "nonprintable");
    let unassigned = ranges(&data, "unassigned");
    let mut differ = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let python = !contains(&nonprintable, u32::from(c));
        if python != pyfmt::is_printable(c) {
            differ.push(format!(
                "U+{:04X} (Python: printable={python}, unassigned={})",
                u32::from(c),
                contains(&unassigned, u32::from(c))
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} code points differ from Unicode {}: {}",
        differ.len(),
        data["unicode"].as_str().unwrap_or("?"),
        differ
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
}
