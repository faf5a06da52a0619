//! One owner per list. Python's lists are shared objects; a kernel's lists are values with one
//! owner (a variable, a parameter borrowed from the caller, or a slot of another list). The
//! rules below accept a program only where the two cannot be told apart, so it gives Python's
//! result on both paths:
//!
//! - A list variable put into another list, or bound to a second name, is *moved*: it must not
//!   be read again before it is assigned anew (`m.append(row)` with `row = []` at the top of the
//!   next step is fine).
//! - A variable bound to a list inside another list (`row = m[i]`) is a *view*: it is never
//!   changed, and the outer list is not changed while the view is still to be read.
//! - Two arguments of one call do not share a list when the callee changes one of them, and a
//!   view is not passed where the callee changes it.
//!
//! Moves and the liveness they need are checked here, after the whole program is typed (so the
//! written parameters of every function are known).

use super::FnChecker;
use crate::diagnostic::Diagnostic;
use crate::ir::{self, ExprKind as E, FuncId, Function, LocalId, Node, Role, SiteId, Stmt};
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

/// A variable bound to a list inside other lists.
#[derive(Clone, Debug)]
pub struct View {
    /// The locals the outer lists start from.
    pub roots: BTreeSet<LocalId>,
    /// Where it is first bound.
    pub span: Span,
}

/// A call passing lists: (parameter index, the local the argument starts from, its span).
#[derive(Clone, Debug)]
pub struct ListCall {
    pub callee: FuncId,
    pub args: Vec<(usize, LocalId, Span)>,
}

/// What the ownership checks need of one function, collected while it is checked.
#[derive(Default)]
pub struct FnOwners {
    pub views: BTreeMap<LocalId, View>,
    pub list_calls: Vec<ListCall>,
}

impl FnChecker<'_> {
    /// A list value put where it becomes owned by a new place (`into`: "into a list", …): a new
    /// list as it is, a variable moved, anything else shared (rejected).
    pub(super) fn owned(&mut self, x: ir::Expr, span: Span, into: &str) -> Option<ir::Expr> {
        if !x.ty().is_list() {
            return Some(x);
        }
        match x.kind {
            E::Local(id) if matches!(self.locals[id].role, Role::Param { .. }) => {
                let name = self.locals[id].name.clone();
                self.error(
                    Diagnostic::error(
                        span,
                        format!(
                            "putting the parameter `{name}` {into} would share the caller's list"
                        ),
                    )
                    .label("the caller's list")
                    .note(format!("write `{name}.copy()` to use a copy")),
                );
                None
            }
            E::Local(id) => {
                let site = self.site(span);
                let ty = x.ty();
                Some(ir::Expr::new(E::Take(id, site), ty))
            }
            E::Index(..) => {
                self.error(
                    Diagnostic::error(
                        span,
                        format!("putting a list that is inside another list {into} would share it"),
                    )
                    .label("a list inside a list")
                    .note("Python would share one list between both places; add `.copy()` to use a copy"),
                );
                None
            }
            _ => Some(x),
        }
    }

    /// Records that `var` is bound to the element list `value`, a place inside another list.
    pub(super) fn record_view(&mut self, var: LocalId, value: &ir::Expr, span: Span) {
        if let Some(root) = value.root() {
            let view = self.views.entry(var).or_insert_with(|| View {
                roots: BTreeSet::new(),
                span,
            });
            view.roots.insert(root);
        }
    }
}

/// Runs the checks that need the whole program: moves, views and shared arguments.
pub fn check(functions: &[Function], owners: &[FnOwners], spans: &[Span]) -> Vec<Diagnostic> {
    let mut errors = BTreeMap::new();
    for (f, own) in functions.iter().zip(owners) {
        let mut pass = Pass {
            functions,
            f,
            own,
            spans,
            report: false,
            errors: &mut errors,
        };
        pass.block(&f.body, Live::new(), None);
        pass.report = true;
        pass.block(&f.body, Live::new(), None);
        calls(functions, f, own, &mut errors);
    }
    errors.into_values().collect()
}

type Live = BTreeSet<LocalId>;

fn written(functions: &[Function], callee: FuncId, param: usize) -> bool {
    matches!(
        functions[callee].locals[param].role,
        Role::Param { written: true }
    )
}

/// Arguments that share a list with another argument the callee changes, and views passed to be
/// changed.
fn calls(
    functions: &[Function],
    f: &Function,
    own: &FnOwners,
    errors: &mut BTreeMap<(u32, String), Diagnostic>,
) {
    for call in &own.list_calls {
        for (k, &(param, root, span)) in call.args.iter().enumerate() {
            let changed = written(functions, call.callee, param);
            let name = &f.locals[root].name;
            if changed && own.views.contains_key(&root) {
                add(
                    errors,
                    Diagnostic::error(
                        span,
                        format!(
                            "`{}` changes this list, but `{name}` is a list inside another list",
                            functions[call.callee].name
                        ),
                    )
                    .label("changed by the call")
                    .note(format!(
                        "change the outer list through its index, or pass `{name}.copy()`"
                    )),
                );
            }
            for &(other, other_root, _) in &call.args[..k] {
                if other_root == root && (changed || written(functions, call.callee, other)) {
                    add(
                        errors,
                        Diagnostic::error(
                            span,
                            format!("`{name}` is passed twice to `{}`, which changes it", functions[call.callee].name),
                        )
                        .label("passed again")
                        .note("a kernel call cannot change a list another argument shares; pass a `.copy()`"),
                    );
                }
            }
        }
    }
}

fn add(errors: &mut BTreeMap<(u32, String), Diagnostic>, d: Diagnostic) {
    errors.entry((d.span.start, d.message.clone())).or_insert(d);
}

/// Liveness over one function's statements, checking moves and views at each statement.
struct Pass<'a> {
    functions: &'a [Function],
    f: &'a Function,
    own: &'a FnOwners,
    spans: &'a [Span],
    /// Loops are iterated to a fixed point first; errors are reported on the last pass only.
    report: bool,
    errors: &'a mut BTreeMap<(u32, String), Diagnostic>,
}

/// The locals an expression reads.
fn uses(e: &ir::Expr, live: &mut Live) {
    ir::walk_expr(e, &mut |n| {
        if let Node::Expr(x) = n
            && let E::Local(id) | E::Take(id, _) = x.kind
        {
            live.insert(id);
        }
        if let Node::Stmt(s) = n {
            stmt_locals(s, live);
        }
    });
}

/// Locals a statement nested in an expression names directly.
fn stmt_locals(s: &Stmt, live: &mut Live) {
    match s {
        Stmt::ForRange {
            counter,
            stop,
            step,
            ..
        } => {
            live.insert(*counter);
            live.insert(*stop);
            if let ir::Step::Local(t, _) = step {
                live.insert(*t);
            }
        }
        Stmt::ForList { index, .. } => {
            live.insert(*index);
        }
        _ => {}
    }
}

impl Pass<'_> {
    fn block(&mut self, stmts: &[Stmt], out: Live, lp: Option<(&Live, &Live)>) -> Live {
        let mut live = out;
        for s in stmts.iter().rev() {
            live = self.stmt(s, live, lp);
        }
        live
    }

    fn stmt(&mut self, s: &Stmt, out: Live, lp: Option<(&Live, &Live)>) -> Live {
        match s {
            Stmt::Assign(x, e) => {
                self.at(s, &[e], &out);
                let mut l = out;
                l.remove(x);
                uses(e, &mut l);
                l
            }
            Stmt::SetIndex {
                list, index, value, ..
            } => self.simple(s, &[list, index, value], out),
            Stmt::Append { list, value, .. } => self.simple(s, &[list, value], out),
            Stmt::Expr(e) => self.simple(s, &[e], out),
            Stmt::Print { items, .. } => {
                let items: Vec<&ir::Expr> = items.iter().collect();
                self.simple(s, &items, out)
            }
            Stmt::Return(e) => {
                let mut l = Live::new();
                if let Some(e) = e {
                    self.at(s, &[e], &l);
                    uses(e, &mut l);
                }
                l
            }
            Stmt::Break => lp.map(|(b, _)| b.clone()).unwrap_or_default(),
            Stmt::Continue => lp.map(|(_, c)| c.clone()).unwrap_or_default(),
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let mut l = self.block(then, out.clone(), lp);
                l.extend(self.block(otherwise, out, lp));
                uses(cond, &mut l);
                l
            }
            Stmt::While { cond, body } => {
                let mut head_uses = Live::new();
                uses(cond, &mut head_uses);
                self.looped(body, &out, &head_uses, None)
            }
            Stmt::ForRange {
                var,
                counter,
                stop,
                step,
                body,
            } => {
                let mut head_uses: Live = [*counter, *stop].into();
                if let ir::Step::Local(t, _) = step {
                    head_uses.insert(*t);
                }
                let mut l = self.looped(body, &out, &head_uses, Some(*var));
                l.remove(counter);
                l.remove(stop);
                l.insert(*counter);
                l.insert(*stop);
                l
            }
            Stmt::ForList {
                var,
                list,
                index,
                body,
            } => {
                let mut head_uses: Live = [*index].into();
                uses(list, &mut head_uses);
                let mut l = self.looped(body, &out, &head_uses, *var);
                l.remove(index);
                l
            }
        }
    }

    /// Live locals at the head of a loop: what follows it, what its header reads, and what its
    /// body reads before assigning (the body may run again).
    fn looped(&mut self, body: &[Stmt], out: &Live, header: &Live, var: Option<LocalId>) -> Live {
        let mut head: Live = out.union(header).copied().collect();
        let report = self.report;
        self.report = false;
        loop {
            let mut next: Live = self.block(body, head.clone(), Some((out, &head)));
            if let Some(v) = var {
                next.remove(&v);
            }
            next.extend(out.iter().copied());
            next.extend(header.iter().copied());
            if next == head {
                break;
            }
            head = next;
        }
        self.report = report;
        if report {
            self.block(body, head.clone(), Some((out, &head)));
        }
        head
    }

    fn simple(&mut self, s: &Stmt, exprs: &[&ir::Expr], out: Live) -> Live {
        self.at(s, exprs, &out);
        let mut l = out;
        for e in exprs {
            uses(e, &mut l);
        }
        l
    }

    /// Checks statement `s` (whose own expressions are `exprs`) given what is live after it.
    fn at(&mut self, s: &Stmt, exprs: &[&ir::Expr], out: &Live) {
        if !self.report {
            return;
        }
        let assigned = match s {
            Stmt::Assign(x, _) => Some(*x),
            _ => None,
        };
        let mut reads: BTreeMap<LocalId, usize> = BTreeMap::new();
        let mut takes = Vec::new();
        // The root of each list written, where, and whether the write changes the outer list
        // itself (`m.append(r)`, `m[0] = r`) rather than a list inside it (`m[0][1] = x`).
        let mut written_roots: Vec<(LocalId, Option<SiteId>, bool)> = Vec::new();
        for e in exprs {
            ir::walk_expr(e, &mut |n| {
                let Node::Expr(x) = n else { return };
                match &x.kind {
                    E::Local(id) => *reads.entry(*id).or_default() += 1,
                    E::Take(id, site) => {
                        *reads.entry(*id).or_default() += 1;
                        takes.push((*id, *site));
                    }
                    E::Call(callee, args) => {
                        for (k, a) in args.iter().enumerate() {
                            if a.ty().is_list()
                                && written(self.functions, *callee, k)
                                && let Some(r) = a.root()
                            {
                                written_roots.push((r, None, false));
                            }
                        }
                    }
                    _ => {}
                }
            });
        }
        match s {
            Stmt::SetIndex { list, site, .. } | Stmt::Append { list, site, .. } => {
                if let Some(r) = list.root() {
                    let itself = matches!(list.kind, E::Local(_));
                    written_roots.push((r, Some(*site), itself));
                }
            }
            _ => {}
        }
        for (id, site) in takes {
            let name = &self.f.locals[id].name;
            let span = self.spans[site as usize];
            if self.own.views.contains_key(&id) {
                self.error(
                    Diagnostic::error(
                        span,
                        format!("`{name}` is a list inside another list; moving it would share it"),
                    )
                    .label("a list inside a list")
                    .note(format!("write `{name}.copy()` to put a copy")),
                );
            } else if (out.contains(&id) && assigned != Some(id))
                || reads.get(&id).copied().unwrap_or(0) > 1
            {
                self.error(
                    Diagnostic::error(span, format!("`{name}` is used again after it is put here"))
                        .label("the list moves here")
                        .note(format!("a list has one owner; write `{name}.copy()` to put a copy and keep using `{name}` (Python would share one list)")),
                );
            }
        }
        for (root, site, itself) in written_roots {
            if let Some(view) = self.own.views.get(&root) {
                let name = &self.f.locals[root].name;
                let span = site.map_or(view.span, |s| self.spans[s as usize]);
                self.error(
                    Diagnostic::error(span, format!("`{name}` is a list inside another list and cannot be changed"))
                        .label("changed here")
                        .note(format!("change the element through the outer list (`outer[i][j] = ...`), or bind `{name} = ....copy()`")),
                );
                continue;
            }
            for (v, view) in &self.own.views {
                if view.roots.contains(&root) && out.contains(v) {
                    let (vn, rn) = (&self.f.locals[*v].name, &self.f.locals[root].name);
                    let span = site.map_or(view.span, |s| self.spans[s as usize]);
                    let note = if itself {
                        format!(
                            "`{vn}` reads its list from `{rn}` in place, so `{rn}` itself cannot change while `{vn}` is still used; bind `{vn}` to a `.copy()`, or index `{rn}` again after the change"
                        )
                    } else {
                        format!(
                            "Python would see the change through `{vn}`; bind `{vn}` to a `.copy()`, or read the element through `{rn}`"
                        )
                    };
                    self.error(
                        Diagnostic::error(
                            span,
                            format!("`{rn}` changes while `{vn}`, a list inside it, is still used"),
                        )
                        .label("changed here")
                        .note(note),
                    );
                }
            }
        }
    }

    fn error(&mut self, d: Diagnostic) {
        add(self.errors, d);
    }
}
