//! Lowering of a program function: locals, statements and loops.

use super::abi::{BYTES_KIND, Elem, Import, LIST_DATA, LIST_LEN, fault, val_type};
use super::asm::{Asm, Callee, Label, SiteArg};
use super::helper::Helper;
use super::list_cache::Cached;
use super::list_ops::{header, load, store};
use super::literals::Literal;
use crate::analysis::effects::owned_lists;
use crate::ir::{Expr, ExprKind, Function, LocalId, Step, Stmt};
use crate::types::Type;
use std::collections::{BTreeMap, BTreeSet};
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::I32;

/// The state of lowering one function.
pub struct FnGen<'a> {
    /// The body being assembled.
    pub a: Asm,
    /// Enclosing loops, innermost last: (break target, continue target).
    loops: Vec<(Label, Label)>,
    /// The program's string and `bytes` literals (`literals::literals`), numbered as the module
    /// lays them out.
    pub strs: &'a [Literal<'a>],
    /// The list locals that own their list (see [`super::list_cache`]).
    pub owned: BTreeSet<LocalId>,
    /// List headers held in locals by enclosing loops.
    pub cache: BTreeMap<LocalId, Cached>,
}

/// The wasm local of an IR local (the same index: parameters first, then the other locals).
pub fn local(id: LocalId) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

/// Lowers `f`.
pub fn function<'a>(f: &'a Function, strs: &'a [Literal<'a>]) -> Asm {
    let locals = f
        .locals
        .get(f.params..)
        .unwrap_or_default()
        .iter()
        .map(|l| val_type(&l.ty))
        .collect();
    let mut g = FnGen {
        a: Asm::new(f.params, locals),
        loops: Vec::new(),
        strs,
        owned: owned_lists(f),
        cache: BTreeMap::new(),
    };
    g.block(&f.body);
    if f.result.is_some() {
        // The checker proves every path returns; the end is unreachable.
        g.a.i(I::Unreachable);
    }
    g.a
}

/// The `print_list` kind of a list type: the innermost element (0 int, 1 float, 2 bool, 3 str,
/// 3 + `BYTES_KIND` bytes) plus 4 for each level of nesting beyond the first.
fn list_kind(ty: &Type) -> i32 {
    match ty.elem() {
        Some(Type::Int) | None => 0,
        Some(Type::Float) => 1,
        Some(Type::Bool) => 2,
        Some(Type::Str) => 3,
        Some(Type::Bytes) => 3 + BYTES_KIND,
        Some(inner) => 4 + list_kind(inner),
    }
}

impl FnGen<'_> {
    /// Statements in order.
    pub fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// Appends the literal `text` to the line being printed.
    fn print_literal(&mut self, text: &str) {
        self.literal(text);
        self.a.call(Callee::Import(Import::PrintStr));
    }

    fn print(&mut self, items: &[Expr], sep: &str, end: &str) {
        self.a.call(Callee::Import(Import::PrintBegin));
        for (i, x) in items.iter().enumerate() {
            if i > 0 && !sep.is_empty() {
                self.print_literal(sep);
            }
            let ty = x.ty();
            let import = match (&ty, ty.elem()) {
                (_, Some(_)) => {
                    self.a.i(I::I32Const(list_kind(&ty)));
                    Import::PrintList
                }
                (Type::Str, _) => Import::PrintStr,
                (Type::Float, _) => Import::PrintFloat,
                (Type::Bool, _) => Import::PrintBool,
                _ => Import::PrintInt,
            };
            self.expr(x);
            self.a.call(Callee::Import(import));
        }
        if !end.is_empty() {
            self.print_literal(end);
        }
        self.a.call(Callee::Import(Import::PrintEnd));
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Print { items, sep, end } => self.print(items, sep, end),
            Stmt::Assign(id, value) => {
                self.expr(value);
                if value.ty.is_some() {
                    self.a.i(I::LocalSet(local(*id)));
                }
            }
            Stmt::SetIndex {
                list,
                index,
                value,
                site,
            } => {
                let e = Elem::of(&value.ty());
                let v = self.operand(value);
                self.with_list(list, |g, at| g.element_address(at, index, *site, e));
                self.push_operand(v);
                self.a.i(store(e, 0));
            }
            Stmt::Append { list, value, site } => {
                let e = Elem::of(&value.ty());
                self.expr(list);
                let t = self.a.scratch(I32);
                self.a.i(I::LocalSet(t));
                let v = self.operand(value);
                self.a.code([I::LocalGet(t), I::I32Const(*site as i32)]);
                self.a.release(t);
                self.a.helper(Helper::AppendSlot(e.width()));
                self.push_operand(v);
                self.a.i(store(e, 0));
            }
            Stmt::Expr(e) => {
                self.expr(e);
                if e.ty.is_some() {
                    self.a.i(I::Drop);
                }
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                if self.select_stmt(cond, then, otherwise) {
                    return;
                }
                self.expr(cond);
                self.a.i(I::If(BlockType::Empty));
                self.block(then);
                if !otherwise.is_empty() {
                    self.a.i(I::Else);
                    self.block(otherwise);
                }
                self.a.i(I::End);
            }
            Stmt::While { cond, body } => {
                let cached = self.cache_headers(body, Some(cond));
                let exit = self.a.open(I::Block(BlockType::Empty));
                let head = self.a.open(I::Loop(BlockType::Empty));
                if !matches!(cond.kind, ExprKind::Bool(true)) {
                    self.expr(cond);
                    self.a.i(I::I32Eqz);
                    self.a.br_if(exit);
                }
                self.loop_body(exit, head, body);
                self.uncache(cached);
            }
            Stmt::ForRange {
                var,
                counter,
                stop,
                step,
                body,
            } => {
                let cached = self.cache_headers(body, None);
                self.for_range(local(*var), local(*counter), local(*stop), step, body);
                self.uncache(cached);
            }
            Stmt::ForList {
                var,
                list,
                index,
                body,
            } => {
                let e = Elem::of_list(&list.ty());
                let cached = self.cache_headers(body, None);
                let index = local(*index);
                self.a.code([I::I64Const(-1), I::LocalSet(index)]);
                let exit = self.a.open(I::Block(BlockType::Empty));
                let head = self.a.open(I::Loop(BlockType::Empty));
                self.a.code([
                    I::LocalGet(index),
                    I::I64Const(1),
                    I::I64Add,
                    I::LocalTee(index),
                ]);
                self.expr(list);
                let t = self.a.scratch(I32);
                self.a.code([
                    I::LocalTee(t),
                    header(LIST_LEN),
                    I::I64ExtendI32U,
                    I::I64GeS,
                ]);
                self.a.br_if(exit);
                if let Some(var) = var {
                    self.a.code([
                        I::LocalGet(t),
                        header(LIST_DATA),
                        I::LocalGet(index),
                        I::I32WrapI64,
                        I::I32Const(e.width().shift() as i32),
                        I::I32Shl,
                        I::I32Add,
                        load(e),
                        I::LocalSet(local(*var)),
                    ]);
                }
                self.a.release(t);
                self.loop_body(exit, head, body);
                self.uncache(cached);
            }
            Stmt::Break => {
                if let Some(&(exit, _)) = self.loops.last() {
                    self.a.br(exit);
                }
            }
            Stmt::Continue => {
                if let Some(&(_, head)) = self.loops.last() {
                    self.a.br(head);
                }
            }
            Stmt::Return(value) => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.a.i(I::Return);
            }
        }
    }

    /// The loop body, a branch back to `head`, and the ends of the loop and its block.
    fn loop_body(&mut self, exit: Label, head: Label, body: &[Stmt]) {
        self.loops.push((exit, head));
        self.block(body);
        self.loops.pop();
        self.a.br(head);
        self.a.code([I::End, I::End]);
    }

    /// `for var in range(counter, stop, step)`: `var = counter`, then the counter advances
    /// (without overflowing: it stops at `stop`) before the body, so `continue` goes to the head.
    fn for_range(&mut self, var: u32, counter: u32, stop: u32, step: &Step, body: &[Stmt]) {
        if let Step::Local(t, site) = step {
            self.a.code([I::LocalGet(local(*t)), I::I64Eqz]);
            self.a
                .raise_if(fault::RANGE_STEP_ZERO, SiteArg::Const(*site as i32));
        }
        // Rotated: the test before the first step and after each, so a step takes one branch.
        let exit = self.a.open(I::Block(BlockType::Empty));
        self.range_test(counter, stop, step);
        self.a.i(I::I32Eqz);
        self.a.br_if(exit);
        let head = self.a.open(I::Loop(BlockType::Empty));
        self.a.code([I::LocalGet(counter), I::LocalSet(var)]);
        match step {
            Step::Const(k @ (1 | -1)) => self.a.code([
                I::LocalGet(counter),
                I::I64Const(*k),
                I::I64Add,
                I::LocalSet(counter),
            ]),
            Step::Const(k) => {
                // counter + k if the distance left is above |k|, else stop.
                self.a.code([
                    I::LocalGet(counter),
                    I::I64Const(*k),
                    I::I64Add,
                    I::LocalGet(stop),
                ]);
                let (from, to) = if *k > 0 {
                    (stop, counter)
                } else {
                    (counter, stop)
                };
                self.a.code([
                    I::LocalGet(from),
                    I::LocalGet(to),
                    I::I64Sub,
                    I::I64Const(k.unsigned_abs() as i64),
                    I::I64GtU,
                    I::Select,
                    I::LocalSet(counter),
                ]);
            }
            Step::Local(t, _) => {
                let t = local(*t);
                self.a.code([
                    I::LocalGet(counter),
                    I::LocalGet(t),
                    I::I64Add,
                    I::LocalGet(stop),
                    I::LocalGet(t),
                    I::I64Const(0),
                    I::I64GtS,
                    I::If(BlockType::Result(I32)),
                    I::LocalGet(stop),
                    I::LocalGet(counter),
                    I::I64Sub,
                    I::LocalGet(t),
                    I::I64GtU,
                    I::Else,
                    I::LocalGet(counter),
                    I::LocalGet(stop),
                    I::I64Sub,
                    I::I64Const(0),
                    I::LocalGet(t),
                    I::I64Sub,
                    I::I64GtU,
                    I::End,
                    I::Select,
                    I::LocalSet(counter),
                ]);
            }
        }
        let next = self.a.open(I::Block(BlockType::Empty));
        self.loops.push((exit, next));
        self.block(body);
        self.loops.pop();
        self.a.i(I::End);
        self.range_test(counter, stop, step);
        self.a.br_if(head);
        self.a.code([I::End, I::End]);
    }

    /// Leaves whether a range loop takes another step (counter before stop in the step's
    /// direction).
    fn range_test(&mut self, counter: u32, stop: u32, step: &Step) {
        match step {
            Step::Const(k) => {
                let cmp = if *k > 0 { I::I64LtS } else { I::I64GtS };
                self.a.code([I::LocalGet(counter), I::LocalGet(stop), cmp]);
            }
            Step::Local(t, _) => self.a.code([
                I::LocalGet(local(*t)),
                I::I64Const(0),
                I::I64GtS,
                I::If(BlockType::Result(I32)),
                I::LocalGet(counter),
                I::LocalGet(stop),
                I::I64LtS,
                I::Else,
                I::LocalGet(counter),
                I::LocalGet(stop),
                I::I64GtS,
                I::End,
            ]),
        }
    }
}
