//! List headers kept in locals across a loop. Cranelift cannot know that a list's length and
//! data pointer in linear memory stay the same while a loop runs, so it reloads them at every
//! access; the loop loads them once into locals when no code in it can change them: the list
//! local is not assigned, appended to, shrunk or moved in the loop, and it owns its list (is not
//! a view of a list inside another list, whose header an append through the outer list moves).

use super::abi::{LIST_DATA, LIST_LEN};
use super::list_ops::header;
use super::stmt::{FnGen, local};
use crate::analysis::effects::Effects;
use crate::ir::{self, Expr, ExprKind as E, LocalId, Node, Stmt};
use std::collections::BTreeSet;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{I32, I64};

/// A list's header fields held in locals.
#[derive(Clone, Copy, Debug)]
pub struct Cached {
    /// The length, as an i64.
    pub len: u32,
    /// The data pointer.
    pub data: u32,
}

/// A list operand: the local holding its pointer, and its cached header if any.
#[derive(Clone, Copy, Debug)]
pub struct ListAt {
    pub ptr: u32,
    pub cached: Option<Cached>,
}

/// The list locals `stmts` (and `cond`) index or take the length of.
fn indexed(stmts: &[Stmt], cond: Option<&Expr>) -> BTreeSet<LocalId> {
    let mut used = BTreeSet::new();
    let mut note = |n: Node<'_>| match n {
        Node::Expr(e) => match &e.kind {
            E::Index(list, _, _) | E::Len(list) => {
                if let E::Local(l) = list.kind {
                    used.insert(l);
                }
            }
            _ => {}
        },
        Node::Stmt(Stmt::SetIndex { list, .. }) => {
            if let E::Local(l) = list.kind {
                used.insert(l);
            }
        }
        Node::Stmt(_) => {}
    };
    ir::walk(stmts, &mut note);
    if let Some(c) = cond {
        ir::walk_expr(c, &mut note);
    }
    used
}

impl FnGen<'_> {
    /// Before a loop: loads the headers of the lists the loop uses and cannot change into
    /// locals. Returns the lists cached here, for [`FnGen::uncache`] after the loop.
    pub fn cache_headers(&mut self, body: &[Stmt], cond: Option<&Expr>) -> Vec<LocalId> {
        let mut fx = Effects::of(body);
        if let Some(c) = cond {
            let cfx = Effects::of_expr(c);
            fx.assigned.extend(cfx.assigned);
            fx.resized.extend(cfx.resized);
        }
        let mut added = Vec::new();
        for l in indexed(body, cond) {
            let keeps = self.owned.contains(&l)
                && !self.cache.contains_key(&l)
                && !fx.assigned.contains(&l)
                && !fx.resized.contains(&l);
            if !keeps {
                continue;
            }
            let c = Cached {
                len: self.a.local(I64),
                data: self.a.local(I32),
            };
            self.a.code([
                I::LocalGet(local(l)),
                header(LIST_LEN),
                I::I64ExtendI32U,
                I::LocalSet(c.len),
                I::LocalGet(local(l)),
                header(LIST_DATA),
                I::LocalSet(c.data),
            ]);
            self.cache.insert(l, c);
            added.push(l);
        }
        added
    }

    /// After a loop: forgets what [`FnGen::cache_headers`] cached for it.
    pub fn uncache(&mut self, lists: Vec<LocalId>) {
        for l in lists {
            self.cache.remove(&l);
        }
    }

    /// List local `l` as an operand.
    pub fn list_at(&self, l: LocalId) -> ListAt {
        ListAt {
            ptr: local(l),
            cached: self.cache.get(&l).copied(),
        }
    }

    /// Pushes the list's length as an i64.
    pub fn push_len(&mut self, at: ListAt) {
        match at.cached {
            Some(c) => self.a.i(I::LocalGet(c.len)),
            None => self
                .a
                .code([I::LocalGet(at.ptr), header(LIST_LEN), I::I64ExtendI32U]),
        }
    }

    /// Pushes the list's data pointer.
    pub fn push_data(&mut self, at: ListAt) {
        match at.cached {
            Some(c) => self.a.i(I::LocalGet(c.data)),
            None => self.a.code([I::LocalGet(at.ptr), header(LIST_DATA)]),
        }
    }
}
