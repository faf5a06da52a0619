//! What a piece of code may change: the locals it assigns and the list locals whose length (and,
//! in linear memory, header) it may change. A loop's effects decide which values stay the same
//! in all its steps.

use crate::ir::{self, BytesFn, Expr, ExprKind as E, ListMethod, LocalId, Node, Stmt};
use std::collections::BTreeSet;

/// The effects of some statements.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Effects {
    /// Locals assigned (loop variables and counters included).
    pub assigned: BTreeSet<LocalId>,
    /// List locals appended to, shrunk, sorted, reversed, cleared or moved out of.
    pub resized: BTreeSet<LocalId>,
    /// Some list inside another list may change length (an `append` through an index).
    pub inner_resized: bool,
}

impl Effects {
    /// The effects of `stmts`.
    pub fn of(stmts: &[Stmt]) -> Effects {
        let mut fx = Effects::default();
        ir::walk(stmts, &mut |n| fx.note(n));
        fx
    }

    /// The effects of evaluating `e`.
    pub fn of_expr(e: &Expr) -> Effects {
        let mut fx = Effects::default();
        ir::walk_expr(e, &mut |n| fx.note(n));
        fx
    }

    /// Whether `e` changes nothing the analysis tracks.
    pub fn none(e: &Expr) -> bool {
        Effects::of_expr(e) == Effects::default()
    }

    fn resize(&mut self, place: &Expr) {
        match place.kind {
            E::Local(l) => {
                self.resized.insert(l);
            }
            _ => self.inner_resized = true,
        }
    }

    fn note(&mut self, n: Node<'_>) {
        match n {
            Node::Stmt(s) => match s {
                Stmt::Assign(v, _) => {
                    self.assigned.insert(*v);
                }
                Stmt::ForRange { var, counter, .. } => {
                    self.assigned.extend([*var, *counter]);
                }
                Stmt::ForList { var, index, .. } => {
                    self.assigned.insert(*index);
                    self.assigned.extend(*var);
                }
                Stmt::Append { list, .. } => self.resize(list),
                _ => {}
            },
            Node::Expr(e) => match &e.kind {
                E::Take(l, _) => {
                    self.resized.insert(*l);
                }
                E::ListMethod(m, args, _) if changes_list(*m) => {
                    if let Some(list) = args.first() {
                        self.resize(list);
                    }
                }
                _ => {}
            },
        }
    }
}

/// Whether a list method may change its list's length or where its elements are.
pub fn changes_list(m: ListMethod) -> bool {
    !matches!(
        m,
        ListMethod::Index | ListMethod::Count | ListMethod::Contains | ListMethod::Sorted
    )
}

/// The list locals of a function that always own their list (never a view of a list inside
/// another list): only those keep their header while code that does not change them runs.
pub fn owned_lists(f: &ir::Function) -> BTreeSet<LocalId> {
    let mut owned: BTreeSet<LocalId> = f
        .locals
        .iter()
        .enumerate()
        .filter(|(_, l)| l.ty.is_list())
        .map(|(i, _)| i)
        .collect();
    ir::walk(&f.body, &mut |n| match n {
        Node::Stmt(Stmt::Assign(v, e)) => {
            let fresh = matches!(
                e.kind,
                E::ListRepeat(..)
                    | E::ListLit(..)
                    | E::Call(..)
                    | E::Slice(..)
                    | E::CopyList(..)
                    | E::StrSplit(..)
                    | E::Take(..)
                    | E::ListMethod(ListMethod::Sorted, ..)
                    | E::BytesFn(BytesFn::ToList, ..)
            );
            if !fresh {
                owned.remove(v);
            }
        }
        Node::Stmt(Stmt::ForList { var: Some(v), .. }) => {
            owned.remove(v);
        }
        _ => {}
    });
    owned
}
