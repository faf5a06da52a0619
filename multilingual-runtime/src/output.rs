//! Where `print` writes: the process's stdout, or a buffer that [`capture_output`] installs for
//! the current thread. Both paths (native code and the wasm module's host calls) write here, one
//! whole `print` at a time.

use std::cell::RefCell;
use std::io::Write;

thread_local! {
    /// Buffers of the [`capture_output`] calls active on this thread, innermost last.
    static CAPTURES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` and returns its result with everything the kernels it calls printed on this thread
/// (on either path), instead of writing it to stdout. Captures nest.
///
/// ```
/// let ((), text) = multilingual_runtime::capture_output(|| {
///     multilingual_runtime::__private::output::write("hello\n");
/// });
/// assert_eq!(text, "hello\n");
/// ```
pub fn capture_output<R>(f: impl FnOnce() -> R) -> (R, String) {
    struct Pop;
    impl Drop for Pop {
        fn drop(&mut self) {
            CAPTURES.with(|c| c.borrow_mut().pop());
        }
    }
    CAPTURES.with(|c| c.borrow_mut().push(String::new()));
    let pop = Pop;
    let r = f();
    let text = CAPTURES.with(|c| c.borrow_mut().last_mut().map(std::mem::take));
    drop(pop);
    (r, text.unwrap_or_default())
}

/// Writes the text of one `print` (or part of one) to the current destination.
pub fn write(text: &str) {
    let captured = CAPTURES.with(|c| match c.borrow_mut().last_mut() {
        Some(buf) => {
            buf.push_str(text);
            true
        }
        None => false,
    });
    if !captured {
        let mut out = std::io::stdout().lock();
        // Like Python's print, a closed stdout is not the kernel's error; ignore it.
        let _ = out.write_all(text.as_bytes());
        if text.contains('\n') {
            let _ = out.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_nest_and_restore() {
        let ((), outer) = capture_output(|| {
            write("a");
            let ((), inner) = capture_output(|| write("b"));
            assert_eq!(inner, "b");
            write("c");
        });
        assert_eq!(outer, "ac");
    }

    #[test]
    fn a_panic_inside_a_capture_pops_it() {
        let caught = std::panic::catch_unwind(|| capture_output(|| panic!("kernel error")));
        assert!(caught.is_err());
        let ((), text) = capture_output(|| write("x"));
        assert_eq!(text, "x");
        CAPTURES.with(|c| assert!(c.borrow().is_empty()));
    }
}
