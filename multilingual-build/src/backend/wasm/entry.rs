//! The exported entry of each public function: it calls the function, then gives back
//! everything the call allocated (the heap pointer returns to its base), so that the host needs
//! no `ml_reset` call before the next call. The function itself is not exported, so the module's
//! own (recursive) calls of it keep their heap. A module says that its exports work this way by
//! exporting its heap pointer as `ml_heap`.

use super::asm::{Asm, Callee};
use super::heap;
use wasm_encoder::Instruction as I;

/// The name of the exported heap pointer global.
pub const HEAP_EXPORT: &str = "ml_heap";

/// The body of the entry of function `id`, which has `params` parameters.
pub fn body(id: usize, params: usize, heap_base: i32) -> Asm {
    let mut a = Asm::new(params, Vec::new());
    for p in 0..params {
        a.i(I::LocalGet(p as u32));
    }
    a.call(Callee::Func(id));
    heap::reset(&mut a, heap_base);
    a
}
