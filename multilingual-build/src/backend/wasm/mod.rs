//! The WebAssembly back end: typed IR to a core wasm module, with `wasm-encoder`.
//!
//! Layout of the module (the ABI `multilingual-runtime` implements on the host side):
//!
//! - the imports of module `ml`: `raise` (function 0), and the `print_*`, `float_str`, `format`
//!   and `repr` functions the program uses; float operators and math functions are the
//!   module's own helpers ([`mathlib`]), which compute exactly what the native path computes;
//! - the program's functions, in program order, then the internal helpers the module uses, in
//!   the order of [`helper::Helper`] (`ml_alloc` and `ml_reset` always), then the exported entry
//!   of each public function ([`entry`]: it gives the call's heap back when it returns);
//! - one memory (growable, no maximum; 1 page unless the constants below need more) and one
//!   mutable i32 global, the heap pointer; from address 16 come the tables of constants the
//!   module's helpers read, if any (data segments at fixed addresses, see [`mathlib::Table`]),
//!   then the string and `bytes` literals (one data segment, each literal 8-aligned, in order of
//!   first use, see [`literals`]), then the heap (8-aligned);
//! - exports `memory`, `ml_alloc`, `ml_reset`, the heap pointer as `ml_heap`, then every public
//!   function's entry under the function's name;
//! - a data section with those tables and literals, when there are any;
//! - a `name` section with the function names.
//!
//! The output depends only on the program: the same program gives the same bytes.

mod abi;
mod asm;
mod bytes_ops;
mod entry;
mod exact_ops;
mod expr;
mod heap;
mod helper;
mod int_ops;
mod list_cache;
mod list_methods;
mod list_ops;
mod literals;
mod mathlib;
mod mixed_ops;
mod select;
mod stmt;
mod str_ops;
#[cfg(test)]
mod str_tests;
#[cfg(test)]
mod tests;
mod tuple_ops;

use crate::ir::Program;
use abi::{HEAP_BASE, Import, val_type};
use asm::{Asm, Callee};
use helper::Helper;
use mathlib::Table;
use std::collections::{BTreeMap, BTreeSet};
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, EntityType, ExportKind, ExportSection, FunctionSection,
    GlobalSection, GlobalType, ImportSection, MemorySection, MemoryType, Module, NameMap,
    NameSection, TypeSection, ValType,
};

/// Function types, deduplicated in first-use order.
#[derive(Default)]
struct Types {
    list: Vec<(Vec<ValType>, Vec<ValType>)>,
}

impl Types {
    fn index(&mut self, sig: (Vec<ValType>, Vec<ValType>)) -> u32 {
        let i = match self.list.iter().position(|s| *s == sig) {
            Some(i) => i,
            None => {
                self.list.push(sig);
                self.list.len() - 1
            }
        };
        i as u32
    }

    fn section(&self) -> TypeSection {
        let mut s = TypeSection::new();
        for (params, results) in &self.list {
            s.ty()
                .function(params.iter().copied(), results.iter().copied());
        }
        s
    }
}

/// Emits the wasm module of a checked program.
pub fn emit(program: &Program) -> Vec<u8> {
    build(program, &[])
}

/// Emits the module of `program`, with the helpers `exported` included and exported under their
/// names (for tests of the helpers).
fn build(program: &Program, exported: &[Helper]) -> Vec<u8> {
    let strs = literals::literals(program);
    let bodies: Vec<Asm> = program
        .functions
        .iter()
        .map(|f| stmt::function(f, &strs))
        .collect();

    // The imports and helpers used, helpers' own uses included.
    let mut imports = BTreeSet::from([Import::Raise]);
    let mut helpers: BTreeMap<Helper, Asm> = BTreeMap::new();
    let mut pending = vec![Helper::Alloc, Helper::Reset];
    pending.extend_from_slice(exported);
    let mut note = |calls: &BTreeSet<Callee>, pending: &mut Vec<Helper>| {
        for c in calls {
            match *c {
                Callee::Import(i) => {
                    imports.insert(i);
                }
                Callee::Helper(h) => pending.push(h),
                Callee::Func(_) => {}
            }
        }
    };
    for b in &bodies {
        note(b.calls(), &mut pending);
    }
    while let Some(h) = pending.pop() {
        if helpers.contains_key(&h) {
            continue;
        }
        let body = h.body();
        note(body.calls(), &mut pending);
        helpers.insert(h, body);
    }

    // The tables the helpers read, then the string literals; the heap starts after them.
    let tables: BTreeSet<Table> = helpers.values().flat_map(|b| b.tables()).copied().collect();
    let literal_base = if tables.is_empty() {
        HEAP_BASE as u32
    } else {
        Table::end()
    };
    let (literal_data, literal_addrs) = literals::literal_segment(&strs, literal_base);
    let heap_base = (literal_base as usize + literal_data.len()).next_multiple_of(8);
    let pages = heap_base.div_ceil(1 << 16).max(1) as u64;
    let heap_base = heap_base as i32;
    let str_addr = |n: u32| literal_addrs.get(n as usize).copied().unwrap_or(0);
    let mut reset = Asm::new(0, Vec::new());
    heap::reset(&mut reset, heap_base);
    helpers.insert(Helper::Reset, reset);

    let imports: Vec<Import> = imports.into_iter().collect();
    let first_func = imports.len() as u32;
    let first_helper = first_func + program.functions.len() as u32;
    let helper_index: BTreeMap<Helper, u32> = helpers
        .keys()
        .enumerate()
        .map(|(i, h)| (*h, first_helper + i as u32))
        .collect();
    let index = |c: Callee| -> u32 {
        match c {
            Callee::Import(i) => imports.iter().position(|x| *x == i).unwrap_or(0) as u32,
            Callee::Func(id) => first_func + id as u32,
            Callee::Helper(h) => helper_index.get(&h).copied().unwrap_or(0),
        }
    };

    let mut types = Types::default();
    let mut import_section = ImportSection::new();
    let mut names = NameMap::new();
    for (i, imp) in imports.iter().enumerate() {
        let ty = types.index(imp.signature());
        import_section.import("ml", imp.name(), EntityType::Function(ty));
        names.append(i as u32, imp.name());
    }

    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    for ((id, f), body) in program.functions.iter().enumerate().zip(bodies) {
        let params = f.param_locals().iter().map(|l| val_type(&l.ty)).collect();
        let results = f.result.iter().map(val_type).collect();
        functions.function(types.index((params, results)));
        code.function(&body.finish(index, str_addr));
        names.append(first_func + id as u32, &f.name);
    }
    for (h, body) in helpers {
        functions.function(types.index(h.signature()));
        code.function(&body.finish(index, str_addr));
        names.append(index(Callee::Helper(h)), &h.name());
    }
    let first_entry = first_helper + helper_index.len() as u32;
    let mut entries = BTreeMap::new();
    for (id, f) in program.public_functions() {
        let params: Vec<ValType> = f.param_locals().iter().map(|l| val_type(&l.ty)).collect();
        let results = f.result.iter().map(val_type).collect();
        let n = params.len();
        let at = first_entry + entries.len() as u32;
        functions.function(types.index((params, results)));
        code.function(&entry::body(id, n, heap_base).finish(index, str_addr));
        names.append(at, &format!("{}.entry", f.name));
        entries.insert(id, at);
    }

    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: pages,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        },
        &ConstExpr::i32_const(heap_base),
    );

    let mut data = DataSection::new();
    for t in &tables {
        data.active(0, &ConstExpr::i32_const(t.addr() as i32), t.bytes());
    }
    if !literal_data.is_empty() {
        data.active(0, &ConstExpr::i32_const(literal_base as i32), literal_data);
    }

    let mut exports = ExportSection::new();
    exports.export("memory", ExportKind::Memory, 0);
    exports.export(
        "ml_alloc",
        ExportKind::Func,
        index(Callee::Helper(Helper::Alloc)),
    );
    exports.export(
        "ml_reset",
        ExportKind::Func,
        index(Callee::Helper(Helper::Reset)),
    );
    exports.export(entry::HEAP_EXPORT, ExportKind::Global, heap::HEAP_GLOBAL);
    let mut names_taken =
        BTreeSet::from(["memory", "ml_alloc", "ml_reset", entry::HEAP_EXPORT].map(String::from));
    for (id, f) in program.public_functions() {
        // A name clash would make the module invalid; the checker should reject such names.
        if names_taken.insert(f.name.clone()) {
            let at = entries
                .get(&id)
                .copied()
                .unwrap_or_else(|| index(Callee::Func(id)));
            exports.export(&f.name, ExportKind::Func, at);
        }
    }
    for &h in exported {
        if names_taken.insert(h.name()) {
            exports.export(&h.name(), ExportKind::Func, index(Callee::Helper(h)));
        }
    }

    let mut name_section = NameSection::new();
    name_section.functions(&names);

    let mut module = Module::new();
    module
        .section(&types.section())
        .section(&import_section)
        .section(&functions)
        .section(&memories)
        .section(&globals)
        .section(&exports)
        .section(&code);
    if !data.is_empty() {
        module.section(&data);
    }
    module.section(&name_section);
    module.finish()
}
