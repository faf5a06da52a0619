//! The compiler's entry point: source text to a checked program and its WebAssembly module.
//! No I/O: callers (the macro, the build API, tests) read files and write outputs.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ir::Program;
use crate::source::{SourceFile, Span};
use crate::vocabulary::{ALL_LANGS, Lang, Lexicon, detect_language};
use crate::{analysis, backend, check, lexer, parser};

/// A compiled kernel file.
#[derive(Clone, Debug)]
pub struct Compiled {
    /// The file.
    pub file: SourceFile,
    /// The human language it is written in.
    pub lang: Lang,
    /// The checked program.
    pub program: Program,
    /// The WebAssembly module.
    pub wasm: Vec<u8>,
}

/// Compiles a file. `lang` overrides the first-line pragma (`# lang: fr`) and auto-detection.
pub fn compile(file: SourceFile, lang: Option<Lang>) -> Result<Compiled, Diagnostics> {
    let fail = |file: &SourceFile, errors: Vec<Diagnostic>| Diagnostics {
        file: file.clone(),
        errors,
    };
    let lang = match lang {
        Some(l) => l,
        None => language_of(&file).map_err(|d| fail(&file, vec![d]))?,
    };
    let lexicon = Lexicon::of(lang);
    let tokens = lexer::lex(&file.text, lexicon).map_err(|d| fail(&file, vec![d]))?;
    let module = parser::parse(&tokens, lang).map_err(|d| fail(&file, vec![d]))?;
    let program = check::check(&module, &file, lexicon).map_err(|e| fail(&file, e))?;
    let program = analysis::optimize(program);
    let wasm = backend::wasm::emit(&program);
    Ok(Compiled {
        file,
        lang,
        program,
        wasm,
    })
}

/// Parses a language name as the build API and the macro accept it (`fr`, `French`).
pub fn parse_lang(name: &str) -> Option<Lang> {
    Lang::from_code(name).or_else(|| {
        ALL_LANGS
            .iter()
            .copied()
            .find(|l| l.english_name().eq_ignore_ascii_case(name))
    })
}

/// The language named by the first-line pragma `# lang: xx`, else detected from the keywords.
fn language_of(file: &SourceFile) -> Result<Lang, Diagnostic> {
    let first = file.text.lines().next().unwrap_or("");
    let trimmed = first.trim_start_matches('\u{feff}').trim();
    if let Some(rest) = trimmed.strip_prefix('#') {
        let rest = rest.trim();
        for key in ["lang:", "language:", "lang =", "language ="] {
            if let Some(code) = rest.strip_prefix(key) {
                let code = code.trim();
                let start = first.find(code).unwrap_or(0);
                return parse_lang(code).ok_or_else(|| {
                    Diagnostic::error(
                        Span::new(start, start + code.len()),
                        format!("unknown language `{code}`"),
                    )
                    .label("in the language pragma")
                    .note(format!(
                        "use one of: {}",
                        ALL_LANGS
                            .iter()
                            .map(|l| l.code())
                            .collect::<Vec<_>>()
                            .join(" ")
                    ))
                });
            }
        }
    }
    detect_language(lexer::words(&file.text)).map_err(|candidates| {
        let d = Diagnostic::error(Span::new(0, 0), "cannot tell which human language this file is written in");
        if candidates.is_empty() {
            d.label("no keyword found")
                .note("start the file with a pragma such as `# lang: fr`, or pass `lang = \"fr\"`")
        } else {
            let names: Vec<String> = candidates
                .iter()
                .map(|l| format!("{} ({})", l.english_name(), l.code()))
                .collect();
            d.label("ambiguous").note(format!(
                "its keywords fit {} equally well; start the file with `# lang: {}` (or the right code)",
                names.join(", "),
                candidates[0].code()
            ))
        }
    })
}

/// Parses a file without checking it: the signatures of a file that fails to check, for stubs.
pub fn parse_only(
    file: &SourceFile,
    lang: Option<Lang>,
) -> Option<(crate::ast::Module, &'static Lexicon)> {
    let lang = match lang {
        Some(l) => l,
        None => language_of(file).ok()?,
    };
    let lexicon = Lexicon::of(lang);
    let tokens = lexer::lex(&file.text, lexicon).ok()?;
    let module = parser::parse(&tokens, lang).ok()?;
    Some((module, lexicon))
}
