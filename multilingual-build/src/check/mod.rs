//! The checker: syntax tree to typed IR. Resolves names (Python's rule: a name assigned anywhere
//! in a function is local to it), fixes each local's type at its first assignment, checks
//! definite assignment, resolves every operator to its typed form and lowers Python's evaluation
//! order into explicit statements. It is the only way to build an [`ir::Program`].

mod bytes;
mod constants;
mod expr;
mod list_methods;
mod ownership;
mod sequences;
mod stmt;
mod tuples;
mod types;

/// The type an annotation names (also used for stub signatures of files that fail to check).
pub fn resolve_type(t: &ast::TypeExpr, lexicon: &Lexicon) -> Result<Type, Diagnostic> {
    types::resolve(t, lexicon)
}

/// The type a result annotation names; `None` for `-> None`.
pub fn resolve_result_type(
    t: &ast::TypeExpr,
    lexicon: &Lexicon,
) -> Result<Option<Type>, Diagnostic> {
    types::resolve_result(t, lexicon)
}

use crate::ast;
use crate::diagnostic::Diagnostic;
use crate::ir::{self, FuncId, Local, LocalId, Role, Site, SiteId};
use crate::source::{SourceFile, Span};
use crate::types::Type;
use crate::vocabulary::{Lexicon, MathFn};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Names that generated Rust reserves at the level of the kernel module.
const RESERVED: &[&str] = &[
    "native", "wasm", "memory", "ml_alloc", "ml_reset", "self", "Self", "super", "crate", "_",
];

/// The name of the entry point made of a file's top-level statements.
pub const ENTRY: &str = "main";

/// The signature of a function, known before bodies are checked.
#[derive(Clone, Debug)]
pub(crate) struct Signature {
    pub name: String,
    pub params: Vec<(String, Type)>,
    pub result: Option<Type>,
}

/// A call that passes a list parameter of the caller on to a list parameter of the callee.
struct Forward {
    caller: FuncId,
    caller_param: LocalId,
    callee: FuncId,
    callee_param: usize,
}

/// Checks a parsed file.
pub fn check(
    module: &ast::Module,
    file: &SourceFile,
    lexicon: &Lexicon,
) -> Result<ir::Program, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut imported_math = false;
    let mut math_names: HashMap<String, MathFn> = HashMap::new();
    for import in &module.imports {
        if import.names.is_empty() {
            imported_math = true;
        }
        for n in &import.names {
            match lexicon.math_fn(&n.name) {
                Some(f) => {
                    math_names.insert(n.name.clone(), f);
                }
                None => errors.push(
                    Diagnostic::error(
                        n.span,
                        format!("`math.{}` is not available in kernels", n.name),
                    )
                    .label("unknown math function")
                    .note("available: sqrt, floor, ceil, sin, cos, exp, log"),
                ),
            }
        }
    }

    // Top-level statements form the program's entry point, `main` (after the file's own
    // functions). A `def main` of the file stays callable from the file's code, but private.
    let entry = (!module.main.is_empty()).then(|| ast::FuncDef {
        name: ast::Ident {
            name: ENTRY.to_string(),
            span: module.main[0].span,
        },
        params: Vec::new(),
        result: None,
        body: module.main.clone(),
    });
    let defs: Vec<&ast::FuncDef> = module.functions.iter().chain(entry.as_ref()).collect();
    let entry_id = entry.as_ref().map(|_| module.functions.len());
    let ir_name = |id: FuncId, name: &str| -> (String, bool) {
        if entry_id == Some(id) {
            (ENTRY.to_string(), true)
        } else if entry_id.is_some() && name == ENTRY {
            ("__main".to_string(), false)
        } else {
            (name.to_string(), !name.starts_with('_'))
        }
    };

    let mut signatures = Vec::new();
    let mut by_name: BTreeMap<String, FuncId> = BTreeMap::new();
    for (id, f) in defs.iter().copied().enumerate() {
        if entry_id == Some(id) {
            signatures.push(Signature {
                name: ENTRY.to_string(),
                params: Vec::new(),
                result: None,
            });
            continue;
        }
        if by_name.contains_key(&f.name.name) {
            errors.push(
                Diagnostic::error(
                    f.name.span,
                    format!("function `{}` is defined twice", f.name.name),
                )
                .label("second definition")
                .note("rename one of them"),
            );
        }
        if let Some(d) = reserved_name(&f.name) {
            errors.push(d);
        }
        by_name.insert(f.name.name.clone(), id);
        let mut params = Vec::new();
        let mut seen = BTreeSet::new();
        for p in &f.params {
            if !seen.insert(p.name.name.clone()) {
                errors.push(
                    Diagnostic::error(
                        p.name.span,
                        format!("parameter `{}` is declared twice", p.name.name),
                    )
                    .label("duplicate parameter"),
                );
            }
            if let Some(d) = reserved_name(&p.name) {
                errors.push(d);
            }
            let ty = match &p.ty {
                Some(t) => types::resolve(t, lexicon).unwrap_or_else(|d| {
                    errors.push(d);
                    Type::Int
                }),
                None => {
                    errors.push(
                        Diagnostic::error(
                            p.name.span,
                            format!("parameter `{}` needs a type annotation", p.name.name),
                        )
                        .label("no type")
                        .note(format!(
                            "write `{}: int` (or float, bool, list[float], ...)",
                            p.name.name
                        )),
                    );
                    Type::Int
                }
            };
            params.push((p.name.name.clone(), ty));
        }
        let result = match &f.result {
            Some(t) => types::resolve_result(t, lexicon).unwrap_or_else(|d| {
                errors.push(d);
                None
            }),
            None => None,
        };
        signatures.push(Signature {
            name: f.name.name.clone(),
            params,
            result,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let constants = constants::program_constants(&module.main);
    let mut program_sites = SiteTable::default();
    let mut functions = Vec::new();
    let mut forwards = Vec::new();
    let mut written: Vec<BTreeSet<LocalId>> = Vec::new();
    let mut owners = Vec::new();
    for (id, f) in defs.iter().copied().enumerate() {
        let mut cx = FnChecker {
            file,
            lexicon,
            signatures: &signatures,
            by_name: &by_name,
            imported_math,
            math_names: &math_names,
            constants: &constants,
            sites: &mut program_sites,
            this: id,
            locals: Vec::new(),
            names: HashMap::new(),
            assigned: BTreeSet::new(),
            known: Vec::new(),
            loops: 0,
            pending: BTreeSet::new(),
            written_params: BTreeSet::new(),
            forwards: Vec::new(),
            aliases: HashMap::new(),
            views: BTreeMap::new(),
            list_calls: Vec::new(),
            iterating: Vec::new(),
            errors: Vec::new(),
        };
        let body = cx.function(f, &signatures[id]);
        errors.append(&mut cx.errors);
        forwards.extend(
            cx.forwards
                .drain(..)
                .map(|(caller_param, callee, callee_param)| Forward {
                    caller: id,
                    caller_param,
                    callee,
                    callee_param,
                }),
        );
        written.push(cx.written_params.clone());
        owners.push(ownership::FnOwners {
            views: std::mem::take(&mut cx.views),
            list_calls: std::mem::take(&mut cx.list_calls),
        });
        let (name, public) = ir_name(id, &f.name.name);
        functions.push(ir::Function {
            name,
            public,
            params: f.params.len(),
            locals: cx.locals,
            result: signatures[id].result.clone(),
            body,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // A list parameter passed on to a parameter that is written is written too.
    loop {
        let mut changed = false;
        for fw in &forwards {
            if written[fw.callee].contains(&fw.callee_param)
                && written[fw.caller].insert(fw.caller_param)
            {
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for (f, w) in functions.iter_mut().zip(&written) {
        for (i, local) in f.locals.iter_mut().enumerate().take(f.params) {
            local.role = Role::Param {
                written: w.contains(&i),
            };
        }
    }
    let errors = ownership::check(&functions, &owners, &program_sites.spans);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ir::Program::new(
        file.path.clone(),
        functions,
        program_sites.sites,
    ))
}

fn reserved_name(name: &ast::Ident) -> Option<Diagnostic> {
    if RESERVED.contains(&name.name.as_str()) || name.name.starts_with("__") {
        Some(
            Diagnostic::error(name.span, format!("the name `{}` is reserved", name.name))
                .label("reserved in the generated Rust code")
                .note("choose another name"),
        )
    } else {
        None
    }
}

/// Error sites of a program, deduplicated by position, in first-use order.
#[derive(Default)]
struct SiteTable {
    sites: Vec<Site>,
    /// The span each site was first made for (diagnostics of later passes point there).
    spans: Vec<Span>,
    index: HashMap<(u32, u32), SiteId>,
}

/// Checks one function body.
struct FnChecker<'a> {
    file: &'a SourceFile,
    lexicon: &'a Lexicon,
    signatures: &'a [Signature],
    by_name: &'a BTreeMap<String, FuncId>,
    imported_math: bool,
    math_names: &'a HashMap<String, MathFn>,
    /// Top-level constants the function may read.
    constants: &'a BTreeMap<String, constants::Const>,
    sites: &'a mut SiteTable,
    this: FuncId,
    locals: Vec<Local>,
    /// Source names of the function's locals (parameters and assigned names).
    names: HashMap<String, LocalId>,
    /// Locals definitely assigned at the current point.
    assigned: BTreeSet<LocalId>,
    /// Whether each local's type is fixed yet (variables get theirs at the first assignment).
    known: Vec<bool>,
    /// Depth of enclosing loops.
    loops: usize,
    /// Locals created by `x = []` whose element type the first `append` decides.
    pending: BTreeSet<LocalId>,
    written_params: BTreeSet<LocalId>,
    /// (caller list param, callee, callee param index).
    forwards: Vec<(LocalId, FuncId, usize)>,
    /// Loop variables over lists of lists: each stands for the element in place.
    aliases: HashMap<LocalId, ir::Expr>,
    /// Variables bound to a list inside another list, with the locals of the outer lists and
    /// where the first such binding is.
    views: BTreeMap<LocalId, ownership::View>,
    /// Calls that pass lists, for the checks that need to know which parameters are written.
    list_calls: Vec<ownership::ListCall>,
    /// The places of the enclosing `for` loops over lists.
    iterating: Vec<ir::Expr>,
    errors: Vec<Diagnostic>,
}

impl FnChecker<'_> {
    fn site(&mut self, span: Span) -> SiteId {
        let (line, column) = self.file.line_col(span.start);
        if let Some(&id) = self.sites.index.get(&(line, column)) {
            return id;
        }
        let id = self.sites.sites.len() as SiteId;
        self.sites.sites.push(Site { line, column });
        self.sites.spans.push(span);
        self.sites.index.insert((line, column), id);
        id
    }

    fn temp(&mut self, ty: Type) -> LocalId {
        let id = self.locals.len();
        self.locals.push(Local {
            name: format!("__t{id}"),
            ty,
            role: Role::Temp,
        });
        self.known.push(true);
        id
    }

    /// A variable named `name`, its type fixed by its first assignment.
    fn var(&mut self, name: &str) -> LocalId {
        let id = self.locals.len();
        self.locals.push(Local {
            name: name.to_string(),
            ty: Type::Int,
            role: Role::Var,
        });
        self.known.push(false);
        self.names.insert(name.to_string(), id);
        id
    }

    fn error(&mut self, d: Diagnostic) {
        self.errors.push(d);
    }

    fn function(&mut self, f: &ast::FuncDef, sig: &Signature) -> Vec<ir::Stmt> {
        for (name, ty) in &sig.params {
            let id = self.locals.len();
            self.locals.push(Local {
                name: name.clone(),
                ty: ty.clone(),
                role: Role::Param { written: false },
            });
            self.known.push(true);
            self.names.insert(name.clone(), id);
            self.assigned.insert(id);
        }
        // Python's rule: every name assigned in the body is local to the function.
        let mut assigned_names = Vec::new();
        stmt::collect_assigned(&f.body, &mut assigned_names);
        for ident in assigned_names {
            if self.names.contains_key(&ident.name) {
                continue;
            }
            if let Some(d) = reserved_name(&ident) {
                self.error(d);
            }
            self.var(&ident.name);
        }
        let (mut body, diverges) = self.block(&f.body);
        // `x = []` was typed before its first `append` decided the element type.
        let locals = &self.locals;
        stmt::retype_empty_lists(&mut body, &|id| locals[id].ty.clone());
        if sig.result.is_some() && !diverges {
            self.error(
                Diagnostic::error(
                    f.name.span,
                    format!(
                        "function `{}` can reach its end without returning a value",
                        f.name.name
                    ),
                )
                .label("declared with a result")
                .note("end every path with `return` (Python would return None there)"),
            );
        }
        body
    }
}
