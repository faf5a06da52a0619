//! The analysis changes nothing a program does: each kernel below is compiled to wasm twice, as
//! checked and as [`super::optimize`] rewrites it, and both modules run in wasmtime on many
//! inputs (edge values included, chosen so that pre-checks fail as well as pass and errors happen
//! in the middle of loops). Results, printed output and errors (kind and site) must be equal.

use super::optimize;
use super::tests::checked_program;
use crate::backend::wasm::emit;
use wasmtime::{Caller, Config, Engine, Instance, Linker, Module, Store, Val};

#[derive(Default)]
struct Host {
    out: String,
    raised: Option<(i32, i32)>,
}

/// An argument or a result.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Int(i64),
    Ints(Vec<i64>),
    Floats(Vec<u64>),
}

/// What a call did.
#[derive(Debug, PartialEq)]
struct Outcome {
    out: String,
    result: Result<Option<Value>, (i32, i32)>,
}

struct Runner {
    store: Store<Host>,
    instance: Instance,
}

impl Runner {
    fn new(engine: &Engine, bytes: &[u8]) -> Runner {
        let module = Module::new(engine, bytes).expect("compile");
        let mut linker: Linker<Host> = Linker::new(engine);
        linker
            .func_wrap(
                "ml",
                "raise",
                |mut c: Caller<'_, Host>, fault: i32, site: i32| -> wasmtime::Result<()> {
                    c.data_mut().raised = Some((fault, site));
                    Err(wasmtime::Error::msg("raised"))
                },
            )
            .and_then(|l| l.func_wrap("ml", "print_begin", |_: Caller<'_, Host>| {}))
            .and_then(|l| {
                l.func_wrap("ml", "print_end", |mut c: Caller<'_, Host>| {
                    c.data_mut().out.push('\n')
                })
            })
            .and_then(|l| {
                l.func_wrap("ml", "print_int", |mut c: Caller<'_, Host>, v: i64| {
                    c.data_mut().out.push_str(&format!("{v} "))
                })
            })
            .and_then(|l| {
                l.func_wrap("ml", "print_str", |mut c: Caller<'_, Host>, p: i32| {
                    c.data_mut().out.push_str(&format!("<{p}>"))
                })
            })
            .and_then(|l| {
                l.func_wrap("ml", "print_float", |mut c: Caller<'_, Host>, v: f64| {
                    c.data_mut().out.push_str(&format!("{:x} ", v.to_bits()))
                })
            })
            .expect("imports");
        let mut store = Store::new(engine, Host::default());
        store.set_fuel(u64::MAX).expect("fuel");
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiate");
        Runner { store, instance }
    }

    fn alloc(&mut self, bytes: usize) -> i32 {
        let f = self
            .instance
            .get_typed_func::<i32, i32>(&mut self.store, "ml_alloc")
            .expect("ml_alloc");
        f.call(&mut self.store, bytes as i32).expect("alloc")
    }

    fn put_list(&mut self, elems: &[u64]) -> i32 {
        let p = self.alloc(16 + 8 * elems.len());
        let mem = self
            .instance
            .get_memory(&mut self.store, "memory")
            .expect("memory");
        let data = mem.data_mut(&mut self.store);
        let at = p as usize;
        let n = elems.len() as u32;
        data[at..at + 4].copy_from_slice(&n.to_le_bytes());
        data[at + 4..at + 8].copy_from_slice(&n.to_le_bytes());
        data[at + 8..at + 12].copy_from_slice(&(p as u32 + 16).to_le_bytes());
        for (k, e) in elems.iter().enumerate() {
            let o = at + 16 + 8 * k;
            data[o..o + 8].copy_from_slice(&e.to_le_bytes());
        }
        p
    }

    fn get_list(&mut self, p: i32) -> Vec<u64> {
        let mem = self
            .instance
            .get_memory(&mut self.store, "memory")
            .expect("memory");
        let data = mem.data(&self.store);
        let word = |o: usize| u32::from_le_bytes(data[o..o + 4].try_into().unwrap_or_default());
        let (n, d) = (word(p as usize) as usize, word(p as usize + 8) as usize);
        (0..n)
            .map(|k| {
                u64::from_le_bytes(
                    data[d + 8 * k..d + 8 * k + 8]
                        .try_into()
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Calls `name`, whose result is of the shape of `result` (`None`: no result).
    fn call(&mut self, name: &str, args: &[Value], result: Option<&Value>) -> Outcome {
        let reset = self
            .instance
            .get_typed_func::<(), ()>(&mut self.store, "ml_reset")
            .expect("ml_reset");
        reset.call(&mut self.store, ()).expect("reset");
        self.store.data_mut().out.clear();
        self.store.data_mut().raised = None;
        self.store.set_fuel(2_000_000_000).expect("fuel");
        let params: Vec<Val> = args
            .iter()
            .map(|a| match a {
                Value::Int(v) => Val::I64(*v),
                Value::Ints(xs) => {
                    let bits: Vec<u64> = xs.iter().map(|x| *x as u64).collect();
                    Val::I32(self.put_list(&bits))
                }
                Value::Floats(xs) => Val::I32(self.put_list(xs)),
            })
            .collect();
        let f = self
            .instance
            .get_func(&mut self.store, name)
            .expect("function");
        let mut results: Vec<Val> = result.iter().map(|_| Val::I64(0)).collect();
        let r = f.call(&mut self.store, &params, &mut results);
        let out = self.store.data().out.clone();
        let result = match r {
            Err(e) => match self.store.data().raised {
                Some(raised) => Err(raised),
                None => panic!("{name}: trap {e}"),
            },
            Ok(()) => Ok(result.map(|shape| match (shape, &results[0]) {
                (Value::Int(_), Val::I64(v)) => Value::Int(*v),
                (Value::Ints(_), Val::I32(p)) => {
                    Value::Ints(self.get_list(*p).into_iter().map(|x| x as i64).collect())
                }
                (Value::Floats(_), Val::I32(p)) => Value::Floats(self.get_list(*p)),
                (s, v) => panic!("{name}: result {v:?} for {s:?}"),
            })),
        };
        Outcome { out, result }
    }
}

/// A small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// Ints that bound loops (small), and ints that only take part in arithmetic (any).
const SMALL: &[i64] = &[-3, -1, 0, 1, 2, 3, 4, 5, 7, 8, 16, 17, 30];
const ANY: &[i64] = &[
    0,
    1,
    -1,
    2,
    42,
    -7,
    1 << 31,
    (1 << 31) - 1,
    -(1 << 31),
    3_037_000_499,
    3_037_000_500,
    i64::MAX,
    i64::MIN,
    i64::MAX - 1,
    i64::MIN + 1,
    i64::MAX - 10,
    i64::MAX - 40,
    i64::MIN + 10,
    i64::MIN + 40,
    1 << 62,
];

/// How to make an argument.
#[derive(Clone, Copy)]
enum Arg {
    Small,
    Any,
    /// A list of ints of length 0 to 40, its values small or any.
    Ints(bool),
    Floats,
}

fn arg(rng: &mut Rng, a: Arg) -> Value {
    let len = |rng: &mut Rng| (rng.next() % 41) as usize;
    match a {
        Arg::Small => Value::Int(rng.pick(SMALL)),
        Arg::Any => Value::Int(if rng.next().is_multiple_of(2) {
            rng.pick(ANY)
        } else {
            (rng.next() % 2000) as i64 - 1000
        }),
        Arg::Ints(any) => {
            let n = len(rng);
            let pool = if any { ANY } else { SMALL };
            Value::Ints((0..n).map(|_| rng.pick(pool)).collect())
        }
        Arg::Floats => {
            let n = len(rng);
            Value::Floats(
                (0..n)
                    .map(|_| ((rng.next() % 1000) as f64 / 999.0).to_bits())
                    .collect(),
            )
        }
    }
}

/// Runs function `name` of `src` as written and as optimized on `calls` generated inputs.
fn same_behaviour(src: &str, name: &str, params: &[Arg], result: Option<Value>, calls: usize) {
    let program = checked_program(src);
    let plain = emit(&program);
    let fast = emit(&optimize(program));
    assert_ne!(plain, fast, "{name}: the analysis changed nothing");
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).expect("engine");
    let mut a = Runner::new(&engine, &plain);
    let mut b = Runner::new(&engine, &fast);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut raised = 0;
    for _ in 0..calls {
        let args: Vec<Value> = params.iter().map(|p| arg(&mut rng, *p)).collect();
        let x = a.call(name, &args, result.as_ref());
        let y = b.call(name, &args, result.as_ref());
        assert_eq!(x, y, "{name}{args:?}");
        raised += usize::from(x.result.is_err());
    }
    // Both ways through the pre-checks, and errors, were exercised.
    assert!(
        raised > 0 && raised < calls,
        "{name}: {raised} of {calls} calls raised"
    );
}

#[test]
fn matrix_product() {
    let src = "def matmul(a: list[float], b: list[float], n: int) -> list[float]:
    c = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            total = 0.0
            for k in range(n):
                total += a[i * n + k] * b[k * n + j]
            c[i * n + j] = total
    return c
";
    let p = [Arg::Floats, Arg::Floats, Arg::Small];
    same_behaviour(src, "matmul", &p, Some(Value::Floats(vec![])), 400);
}

#[test]
fn blur_with_borders() {
    let src = "def blur(src: list[float], width: int, height: int) -> list[float]:
    dst = [0.0] * (width * height)
    for y in range(height):
        for x in range(width):
            i = y * width + x
            if x == 0 or y == 0 or x == width - 1 or y == height - 1:
                dst[i] = src[i]
            else:
                t = src[i - width - 1] + src[i - width] + src[i - width + 1]
                t += src[i - 1] + src[i] + src[i + 1]
                t += src[i + width - 1] + src[i + width] + src[i + width + 1]
                dst[i] = t / 9.0
    return dst
";
    let p = [Arg::Floats, Arg::Small, Arg::Small];
    same_behaviour(src, "blur", &p, Some(Value::Floats(vec![])), 400);
}

#[test]
fn cipher_with_a_carried_modulo() {
    let src = "def xor(data: list[int], key: list[int], start: int) -> list[int]:
    result = [0] * len(data)
    n = len(key)
    for i in range(start, len(data)):
        result[i] = data[i] ^ key[i % n]
    return result
";
    let p = [Arg::Ints(true), Arg::Ints(false), Arg::Small];
    same_behaviour(src, "xor", &p, Some(Value::Ints(vec![])), 400);
}

#[test]
fn generator_with_an_invariant_and_a_counter() {
    let src = "def pi(samples: int, seed: int) -> int:
    state = seed
    hits = 0
    for i in range(samples):
        state = (state * 1103515245 + 12345) % 2147483648
        x = state // 65536
        state = (state * 1103515245 + 12345) % 2147483648
        y = state // 65536
        if x * x + y * y <= 1073741824:
            hits += 1
    return hits
";
    same_behaviour(src, "pi", &[Arg::Small, Arg::Any], Some(Value::Int(0)), 300);
}

#[test]
fn output_before_an_error_in_a_loop() {
    let src = "def f(xs: list[int], n: int, k: int) -> int:
    s = 0
    for i in range(n):
        print(i)
        s = s + xs[i * k] * k
        if s > 100:
            s = s - 100
    return s
";
    let p = [Arg::Ints(false), Arg::Small, Arg::Small];
    same_behaviour(src, "f", &p, Some(Value::Int(0)), 400);
}

#[test]
fn reassigned_variables_negative_indices_and_steps() {
    let src = "def f(xs: list[int], n: int, a: int) -> int:
    s = 0
    for i in range(n, -1, -1):
        s = s + xs[i - n]
    for i in range(0, n, 2):
        s = s + xs[i] * a
        i = i + a
        s = s + xs[i]
    c = a
    for i in range(n):
        c += 3
        if c % 2 == 0:
            c -= 1
    return s + c
";
    let p = [Arg::Ints(true), Arg::Small, Arg::Any];
    same_behaviour(src, "f", &p, Some(Value::Int(0)), 400);
}

#[test]
fn inner_bounds_from_outer_variables() {
    let src = "def f(xs: list[int], n: int) -> int:
    s = 0
    for i in range(n):
        for j in range(i + 1, n):
            s = s + xs[i * n + j] - xs[j]
        s = s % 1000003
    return s
";
    let p = [Arg::Ints(true), Arg::Small];
    same_behaviour(src, "f", &p, Some(Value::Int(0)), 400);
}

#[test]
fn counters_near_the_limits() {
    let src = "def f(n: int, a: int) -> int:
    c = a
    for i in range(n):
        c += 3
        if c % 2 == 0:
            c -= 1
    d = 0 - a
    for i in range(n):
        d -= 2
    return c % 1000 + d % 1000
";
    same_behaviour(src, "f", &[Arg::Small, Arg::Any], Some(Value::Int(0)), 600);
}

#[test]
fn recursion_with_an_accumulator() {
    let src = "def t(n: int, big: int) -> int:
    if n <= 0 or big < 0:
        return 0
    return big + t(n - 1, big)
";
    same_behaviour(src, "t", &[Arg::Small, Arg::Any], Some(Value::Int(0)), 600);
    let fib = "def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
";
    let program = checked_program(fib);
    let plain = emit(&program);
    let fast = emit(&optimize(program));
    let engine = Engine::new(Config::new().consume_fuel(true)).expect("engine");
    let (mut a, mut b) = (Runner::new(&engine, &plain), Runner::new(&engine, &fast));
    for n in -3..=25 {
        let x = a.call("fib", &[Value::Int(n)], Some(&Value::Int(0)));
        assert_eq!(
            x,
            b.call("fib", &[Value::Int(n)], Some(&Value::Int(0))),
            "fib({n})"
        );
    }
}

#[test]
fn nested_lists_while_loops_and_early_exits() {
    let src = "def f(xs: list[int], n: int, k: int) -> int:
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            m[i][j] = i * j + k
    s = 0
    i = 0
    while i < n:
        row = m[i]
        for j in range(len(row)):
            if row[j] > 100:
                break
            s = s + row[j] * xs[j]
        i += 1
    for j in range(len(xs)):
        if xs[j] < 0:
            return s + j
        s = s - xs[j - k]
    return s
";
    let p = [Arg::Ints(true), Arg::Small, Arg::Small];
    same_behaviour(src, "f", &p, Some(Value::Int(0)), 500);
}
