//! Compile-time diagnostics, rendered in the style of rustc.

use crate::source::{SourceFile, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// One error found in a source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where.
    pub span: Span,
    /// A short label under the caret.
    pub label: String,
    /// Extra lines: hints on how to fix it.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            notes: Vec::new(),
        }
    }

    /// Sets the label under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }

    /// Adds a `help:` line.
    pub fn note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

/// All errors of one compilation, with the file they refer to.
#[derive(Clone, Debug)]
pub struct Diagnostics {
    /// The file.
    pub file: SourceFile,
    /// The errors, in source order.
    pub errors: Vec<Diagnostic>,
}

impl Diagnostics {
    /// 1-based line and column of the first error.
    pub fn first_location(&self) -> (u32, u32) {
        self.errors
            .first()
            .map_or((1, 1), |d| self.file.line_col(d.span.start))
    }

    /// Renders every error as rustc does, without colours.
    pub fn render(&self) -> String {
        self.render_with(&Renderer::plain())
    }

    /// Renders with ANSI colours (for terminals).
    pub fn render_styled(&self) -> String {
        self.render_with(&Renderer::styled())
    }

    fn render_with(&self, renderer: &Renderer) -> String {
        let mut out = String::new();
        for d in &self.errors {
            let text = &self.file.text;
            let mut span = d.span.range();
            span.start = span.start.min(text.len());
            span.end = span.end.clamp(span.start, text.len());
            // A span that ends in a line break (a missing `:` is reported on the newline token)
            // would be drawn as reaching the next line; stop it at the end of its own line.
            while span.end > span.start && matches!(text.as_bytes()[span.end - 1], b'\n' | b'\r') {
                span.end -= 1;
            }
            let at_line_end = matches!(text.as_bytes().get(span.start), Some(b'\n' | b'\r'));
            if span.is_empty() && span.start < text.len() && !at_line_end {
                // Point at the character there rather than between two characters.
                let width = text[span.start..].chars().next().map_or(0, char::len_utf8);
                span.end = span.start + width;
            }
            let annotation = AnnotationKind::Primary.span(span).label(d.label.as_str());
            let snippet = Snippet::source(text.as_str())
                .path(self.file.path.as_str())
                .fold(true)
                .annotation(annotation);
            let mut report = vec![
                Level::ERROR
                    .primary_title(d.message.as_str())
                    .element(snippet),
            ];
            for n in &d.notes {
                report.push(Group::with_title(Level::HELP.secondary_title(n.as_str())));
            }
            out.push_str(&renderer.render(&report));
            out.push('\n');
        }
        out
    }
}

impl std::fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_column_and_caret() {
        let file = SourceFile::new("kernels/k.ml", "def f() -> int:\n    return y\n");
        let start = file.text.find('y').unwrap();
        let d = Diagnostics {
            file,
            errors: vec![
                Diagnostic::error(Span::new(start, start + 1), "unknown name `y`")
                    .label("not defined")
                    .note("define `y` before using it"),
            ],
        };
        let text = d.render();
        assert!(text.contains("error: unknown name `y`"), "{text}");
        assert!(text.contains("--> kernels/k.ml:2:12"), "{text}");
        assert!(text.contains("^ not defined"), "{text}");
        assert!(text.contains("help: define `y`"), "{text}");
    }

    #[test]
    fn a_span_on_a_line_break_stays_on_its_line() {
        let file = SourceFile::new("k.ml", "def f() -> int\n    return 1\n");
        let nl = file.text.find('\n').unwrap();
        let d = Diagnostics {
            file,
            errors: vec![Diagnostic::error(Span::new(nl, nl + 1), "expected `:`").label("here")],
        };
        let text = d.render();
        assert!(text.contains("--> k.ml:1:15"), "{text}");
        assert!(!text.contains("return 1"), "{text}");
        assert!(text.contains("^ here"), "{text}");
    }
}
