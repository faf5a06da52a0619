//! A function body under construction: instructions with symbolic call targets (resolved once
//! the module knows which imports and helpers it has), locals, scratch locals and labels.

use super::abi::Import;
use super::helper::Helper;
use super::mathlib::Table;
use crate::ir::FuncId;
use std::collections::BTreeSet;
use wasm_encoder::{BlockType, Function, Instruction, MemArg, ValType};

/// A call target before function indices are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Callee {
    /// A host function of module `ml`.
    Import(Import),
    /// An internal helper function.
    Helper(Helper),
    /// A function of the program.
    Func(FuncId),
}

/// An instruction whose call target may still be symbolic.
enum Op {
    Ins(Instruction<'static>),
    Call(Callee),
    /// `i32.const` of the address of string literal number `n` (known once the module's layout
    /// is).
    StrLit(u32),
}

/// A branch target: the nesting level of its block, loop or if.
#[derive(Clone, Copy, Debug)]
pub struct Label(u32);

/// The site operand of `ml.raise`.
#[derive(Clone, Copy, Debug)]
pub enum SiteArg {
    /// A known site index.
    Const(i32),
    /// A helper's site parameter.
    Local(u32),
}

/// A function body being assembled.
pub struct Asm {
    params: u32,
    locals: Vec<ValType>,
    free: Vec<u32>,
    ops: Vec<Op>,
    depth: u32,
    calls: BTreeSet<Callee>,
    tables: BTreeSet<Table>,
}

/// A memory immediate of memory 0.
pub fn mem(offset: u64, align: u32) -> MemArg {
    MemArg {
        offset,
        align,
        memory_index: 0,
    }
}

impl Asm {
    /// A body with `params` parameters and the given declared locals.
    pub fn new(params: usize, locals: Vec<ValType>) -> Asm {
        Asm {
            params: u32::try_from(params).unwrap_or(u32::MAX),
            locals,
            free: Vec::new(),
            ops: Vec::new(),
            depth: 0,
            calls: BTreeSet::new(),
            tables: BTreeSet::new(),
        }
    }

    /// Declares a new local.
    pub fn local(&mut self, ty: ValType) -> u32 {
        self.locals.push(ty);
        self.params + (self.locals.len() - 1) as u32
    }

    /// A scratch local of type `ty`, free until [`Asm::release`]d.
    pub fn scratch(&mut self, ty: ValType) -> u32 {
        let params = self.params;
        let found = self
            .free
            .iter()
            .position(|&l| self.locals[(l - params) as usize] == ty);
        match found {
            Some(i) => self.free.remove(i),
            None => self.local(ty),
        }
    }

    /// Returns a scratch local to the pool.
    pub fn release(&mut self, local: u32) {
        self.free.push(local);
    }

    /// Appends an instruction (tracking block nesting).
    pub fn i(&mut self, ins: Instruction<'static>) {
        match ins {
            Instruction::Block(_) | Instruction::Loop(_) | Instruction::If(_) => self.depth += 1,
            Instruction::End => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.ops.push(Op::Ins(ins));
    }

    /// Appends instructions.
    pub fn code<const N: usize>(&mut self, ins: [Instruction<'static>; N]) {
        for i in ins {
            self.i(i);
        }
    }

    /// Calls `callee`.
    pub fn call(&mut self, callee: Callee) {
        self.calls.insert(callee);
        self.ops.push(Op::Call(callee));
    }

    /// Pushes the address of string literal number `n` (in the module's literal table).
    pub fn str_lit(&mut self, n: u32) {
        self.ops.push(Op::StrLit(n));
    }

    /// Calls a helper.
    pub fn helper(&mut self, h: Helper) {
        self.call(Callee::Helper(h));
    }

    /// Opens a `block`, `loop` or `if` and returns its label.
    pub fn open(&mut self, ins: Instruction<'static>) -> Label {
        let label = Label(self.depth);
        self.i(ins);
        label
    }

    /// `br` to `label`.
    pub fn br(&mut self, label: Label) {
        let rel = self.depth.saturating_sub(label.0 + 1);
        self.i(Instruction::Br(rel));
    }

    /// `br_if` to `label`.
    pub fn br_if(&mut self, label: Label) {
        let rel = self.depth.saturating_sub(label.0 + 1);
        self.i(Instruction::BrIf(rel));
    }

    /// `ml.raise(code, site)`, then `unreachable`.
    pub fn raise(&mut self, code: i32, site: SiteArg) {
        self.i(Instruction::I32Const(code));
        self.i(match site {
            SiteArg::Const(s) => Instruction::I32Const(s),
            SiteArg::Local(l) => Instruction::LocalGet(l),
        });
        self.call(Callee::Import(Import::Raise));
        self.i(Instruction::Unreachable);
    }

    /// Pops an i32 condition and raises when it is true.
    pub fn raise_if(&mut self, code: i32, site: SiteArg) {
        self.i(Instruction::If(BlockType::Empty));
        self.raise(code, site);
        self.i(Instruction::End);
    }

    /// The imports, helpers and program functions this body calls.
    pub fn calls(&self) -> &BTreeSet<Callee> {
        &self.calls
    }

    /// Records that the body reads `table`.
    pub fn note_table(&mut self, table: Table) {
        self.tables.insert(table);
    }

    /// The tables this body reads.
    pub fn tables(&self) -> &BTreeSet<Table> {
        &self.tables
    }

    /// The finished body, with call targets resolved by `index` and string literal addresses by
    /// `str_addr`.
    pub fn finish(self, index: impl Fn(Callee) -> u32, str_addr: impl Fn(u32) -> i32) -> Function {
        let mut f = Function::new_with_locals_types(self.locals);
        for op in self.ops {
            match op {
                Op::Ins(ins) => f.instruction(&ins),
                Op::Call(c) => f.instruction(&Instruction::Call(index(c))),
                Op::StrLit(n) => f.instruction(&Instruction::I32Const(str_addr(n))),
            };
        }
        f.instruction(&Instruction::End);
        f
    }
}
