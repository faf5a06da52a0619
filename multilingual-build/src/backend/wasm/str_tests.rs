//! Differential tests of the string helpers: each runs in wasmtime on generated strings (ASCII,
//! 2-, 3- and 4-byte UTF-8 sequences, empty, long with shared prefixes) and must give what the
//! native path's `Str` gives, errors included.

use super::build;
use super::helper::Helper;
use crate::ir::Program;
use multilingual_runtime::__private::{Fault, Site, Str};
use std::cmp::Ordering;
use wasmtime::{Caller, Engine, Instance, Linker, Memory, Module, Store, TypedFunc};

const SITE: i32 = 7;

/// splitmix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "a",
    "b",
    "z",
    "A",
    "Z",
    " ",
    "é",
    "→",
    "世",
    "界",
    "😀",
    "\u{7f}",
    "\u{80}",
    "\u{7ff}",
    "\u{800}",
    "\u{ffff}",
    "\u{10000}",
    "\u{10ffff}",
    "ab",
    "é→",
];

/// Strings to try: fixed ones, then random ones of up to `max` pieces, some sharing a prefix.
fn strings(seed: u64, count: usize, max: usize) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut v: Vec<String> = [
        "",
        "a",
        "ab",
        "abc",
        "héllo→世界",
        "😀",
        "aaaaaaaaaaaaaaaaaaaab",
        "aaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaa",
        "abababababababababac",
    ]
    .map(String::from)
    .to_vec();
    let prefix = "prefix-préfixe-前缀-".repeat(2);
    for k in 0..count {
        let n = rng.below(max + 1);
        let mut s = if k % 4 == 0 {
            prefix[..prefix
                .char_indices()
                .nth(rng.below(30))
                .map_or(0, |(i, _)| i)]
                .to_string()
        } else {
            String::new()
        };
        // Mostly ASCII in half the strings (the fast path), any piece in the others.
        let ascii = k % 2 == 0;
        for _ in 0..n {
            let p = if ascii {
                rng.below(6)
            } else {
                rng.below(PIECES.len())
            };
            s.push_str(PIECES[p]);
        }
        v.push(s);
    }
    v
}

struct Host {
    raised: Option<(i32, i32)>,
}

struct Wasm {
    store: Store<Host>,
    instance: Instance,
    memory: Memory,
    alloc: TypedFunc<i32, i32>,
}

impl Wasm {
    fn new() -> Wasm {
        let helpers = [
            Helper::StrNew,
            Helper::StrConcat,
            Helper::StrRepeat,
            Helper::StrCmp,
            Helper::StrEq,
            Helper::StrIndex,
            Helper::StrContains,
            Helper::IntToStr,
        ];
        let bytes = build(
            &Program::new("str.ml".into(), Vec::new(), Vec::new()),
            &helpers,
        );
        let engine = Engine::default();
        let module = Module::new(&engine, &bytes).expect("compile");
        let mut linker = Linker::new(&engine);
        linker
            .func_wrap(
                "ml",
                "raise",
                |mut c: Caller<'_, Host>, fault: i32, site: i32| -> wasmtime::Result<()> {
                    c.data_mut().raised = Some((fault, site));
                    Err(wasmtime::Error::msg("raised"))
                },
            )
            .expect("raise");
        let mut store = Store::new(&engine, Host { raised: None });
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiate");
        let memory = instance.get_memory(&mut store, "memory").expect("memory");
        let alloc = instance
            .get_typed_func::<i32, i32>(&mut store, "ml_alloc")
            .expect("ml_alloc");
        Wasm {
            store,
            instance,
            memory,
            alloc,
        }
    }

    fn func<P: wasmtime::WasmParams, R: wasmtime::WasmResults>(
        &mut self,
        h: Helper,
    ) -> TypedFunc<P, R> {
        self.instance
            .get_typed_func::<P, R>(&mut self.store, &h.name())
            .expect("export")
    }

    /// Frees everything (between test cases, so that memory does not grow without bound).
    fn reset(&mut self) {
        let reset = self.func::<(), ()>(Helper::Reset);
        reset.call(&mut self.store, ()).expect("reset");
    }

    fn put(&mut self, s: &str) -> i32 {
        let p = self
            .alloc
            .call(&mut self.store, 8 + s.len() as i32)
            .expect("alloc");
        assert_ne!(p, 0);
        let at = p as usize;
        let mem = self.memory.data_mut(&mut self.store);
        mem[at..at + 4].copy_from_slice(&(s.len() as u32).to_le_bytes());
        mem[at + 4..at + 8].copy_from_slice(&(s.chars().count() as u32).to_le_bytes());
        mem[at + 8..at + 8 + s.len()].copy_from_slice(s.as_bytes());
        p
    }

    /// The string at `p`, checking that its header is right.
    fn get(&self, p: i32) -> String {
        let mem = self.memory.data(&self.store);
        let at = p as usize;
        let word = |i: usize| u32::from_le_bytes(mem[i..i + 4].try_into().unwrap()) as usize;
        let (bytes, chars) = (word(at), word(at + 4));
        let s = std::str::from_utf8(&mem[at + 8..at + 8 + bytes])
            .expect("UTF-8")
            .to_string();
        assert_eq!(chars, s.chars().count(), "char_len of {s:?}");
        s
    }

    /// The fault a failed call raised, at the test site.
    fn raised<T: std::fmt::Debug>(&mut self, r: wasmtime::Result<T>) -> Result<T, Fault> {
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let (code, site) = self
                    .store
                    .data_mut()
                    .raised
                    .take()
                    .unwrap_or_else(|| panic!("trap without raise: {e}"));
                assert_eq!(site, SITE);
                Err(Fault::from_code(code as u32).expect("fault code"))
            }
        }
    }
}

/// The native result of `f`, or the fault it raises.
fn native<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, Fault> {
    std::panic::catch_unwind(f).map_err(|e| {
        let text = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Fault::ALL
            .iter()
            .copied()
            .find(|f| text.contains(f.message()))
            .unwrap_or_else(|| panic!("native panic without a fault: {text}"))
    })
}

const NATIVE_SITE: Site = Site { line: 1, column: 1 };

#[test]
fn concat_compare_equal_contains() {
    let mut w = Wasm::new();
    let concat = w.func::<(i32, i32, i32), i32>(Helper::StrConcat);
    let cmp = w.func::<(i32, i32), i32>(Helper::StrCmp);
    let eq = w.func::<(i32, i32), i32>(Helper::StrEq);
    let contains = w.func::<(i32, i32), i32>(Helper::StrContains);
    let all = strings(1, 150, 12);
    let mut checked = 0;
    for x in &all {
        w.reset();
        let px = w.put(x);
        for y in &all {
            let py = w.put(y);
            let (sx, sy) = (Str::new(x), Str::new(y));
            let r = concat.call(&mut w.store, (px, py, SITE)).expect("concat");
            assert_eq!(w.get(r), sx.concat(&sy).as_str(), "{x:?} + {y:?}");
            let c = cmp.call(&mut w.store, (px, py)).expect("cmp");
            let expected = match sx.cmp(&sy) {
                Ordering::Less => -1,
                Ordering::Equal => 0,
                Ordering::Greater => 1,
            };
            assert_eq!(c, expected, "cmp({x:?}, {y:?})");
            let e = eq.call(&mut w.store, (px, py)).expect("eq");
            assert_eq!(e != 0, sx == sy, "{x:?} == {y:?}");
            let k = contains.call(&mut w.store, (py, px)).expect("contains");
            assert_eq!(k != 0, sx.contains(&sy), "{y:?} in {x:?}");
            checked += 1;
        }
        // Every substring of x (by code points) is in x; the same pointer compares equal.
        let chars: Vec<char> = x.chars().collect();
        for i in 0..chars.len() {
            for j in i..=chars.len().min(i + 6) {
                let sub: String = chars[i..j].iter().collect();
                let ps = w.put(&sub);
                let k = contains.call(&mut w.store, (ps, px)).expect("contains");
                assert_eq!(k, 1, "{sub:?} in {x:?}");
            }
        }
        assert_eq!(cmp.call(&mut w.store, (px, px)).expect("cmp"), 0);
        assert_eq!(eq.call(&mut w.store, (px, px)).expect("eq"), 1);
    }
    assert!(checked > 20_000);
}

#[test]
fn index_and_repeat() {
    let mut w = Wasm::new();
    let index = w.func::<(i32, i64, i32), i32>(Helper::StrIndex);
    let repeat = w.func::<(i32, i64, i32), i32>(Helper::StrRepeat);
    for x in strings(2, 300, 20) {
        w.reset();
        let px = w.put(&x);
        let sx = Str::new(&x);
        let n = sx.len_chars();
        for i in (-n - 3..n + 3).chain([i64::MIN, i64::MAX, i64::MIN + 1, 1 << 32, -(1 << 32)]) {
            let r = index.call(&mut w.store, (px, i, SITE));
            let got = w.raised(r).map(|p| w.get(p));
            let s2 = sx.clone();
            let expected = native(move || s2.index(i, "t.ml", NATIVE_SITE).to_string_value());
            assert_eq!(got, expected, "{x:?}[{i}]");
        }
        for k in [-3, -1, 0, 1, 2, 3, 5, 8] {
            let r = repeat.call(&mut w.store, (px, k, SITE));
            let got = w.raised(r).map(|p| w.get(p));
            assert_eq!(
                got,
                Ok(sx.repeat(k, "t.ml", NATIVE_SITE).to_string_value()),
                "{x:?} * {k}"
            );
        }
        if !x.is_empty() {
            // More than the 32-bit memory can hold.
            for k in [1 << 33, i64::MAX, (0xFFFF_FFFF / x.len() as i64) + 1] {
                let r = repeat.call(&mut w.store, (px, k, SITE));
                assert_eq!(w.raised(r), Err(Fault::OutOfMemory), "{x:?} * {k}");
            }
        } else {
            let r = repeat.call(&mut w.store, (px, i64::MAX, SITE));
            assert_eq!(w.raised(r).map(|p| w.get(p)), Ok(String::new()));
        }
    }
}

#[test]
fn int_to_str() {
    let mut w = Wasm::new();
    let f = w.func::<(i64, i32), i32>(Helper::IntToStr);
    let mut rng = Rng(3);
    let mut values = vec![
        0,
        1,
        -1,
        9,
        10,
        -10,
        99,
        100,
        i64::MIN,
        i64::MAX,
        i64::MIN + 1,
    ];
    for k in 0..19 {
        let p = 10i64.pow(k);
        values.extend([p - 1, p, p + 1, -p + 1, -p, -p - 1]);
    }
    values.extend((0..20_000).map(|_| rng.next() as i64));
    values.extend((0..20_000).map(|_| (rng.next() >> rng.below(64)) as i64));
    for (k, v) in values.into_iter().enumerate() {
        if k % 1000 == 0 {
            w.reset();
        }
        let p = f.call(&mut w.store, (v, SITE)).expect("int_to_str");
        assert_eq!(w.get(p), Str::from_int(v).as_str());
    }
}

#[test]
fn new_string_out_of_memory() {
    let mut w = Wasm::new();
    let f = w.func::<(i32, i32, i32), i32>(Helper::StrNew);
    for bytes in [-1, -8, -24] {
        let r = f.call(&mut w.store, (bytes, 0, SITE));
        assert_eq!(w.raised(r), Err(Fault::OutOfMemory), "{bytes}");
    }
    let p = f.call(&mut w.store, (3, 2, SITE)).expect("str_new");
    assert_eq!(p % 8, 0);
}
