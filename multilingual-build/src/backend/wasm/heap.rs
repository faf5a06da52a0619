//! The bump allocator over linear memory: `ml_alloc` and `ml_reset`. Global 0 is the heap
//! pointer; address 0 is never handed out.

use super::asm::Asm;
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::I64;

/// The heap pointer global.
pub const HEAP_GLOBAL: u32 = 0;

/// `ml_alloc(size: i32) -> i32`: an 8-aligned block of `size` bytes, growing the memory as
/// needed; 0 when the size does not fit in the 32-bit address space or the memory cannot grow.
pub fn alloc(a: &mut Asm) {
    let size = 0;
    let p = a.local(I64);
    let end = a.local(I64);
    let have = a.local(I64);
    a.code([
        I::GlobalGet(HEAP_GLOBAL),
        I::I64ExtendI32U,
        I::I64Const(7),
        I::I64Add,
        I::I64Const(-8),
        I::I64And,
        I::LocalTee(p),
        I::LocalGet(size),
        I::I64ExtendI32U,
        I::I64Add,
        I::LocalTee(end),
        I::I64Const(1 << 32),
        I::I64GeU,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::Return,
        I::End,
        I::MemorySize(0),
        I::I64ExtendI32U,
        I::I64Const(16),
        I::I64Shl,
        I::LocalTee(have),
        I::LocalGet(end),
        I::I64LtU,
        I::If(BlockType::Empty),
        // pages = (end - have + 65535) >> 16
        I::LocalGet(end),
        I::LocalGet(have),
        I::I64Sub,
        I::I64Const(65535),
        I::I64Add,
        I::I64Const(16),
        I::I64ShrU,
        I::I32WrapI64,
        I::MemoryGrow(0),
        I::I32Const(-1),
        I::I32Eq,
        I::If(BlockType::Empty),
        I::I32Const(0),
        I::Return,
        I::End,
        I::End,
        I::LocalGet(end),
        I::I32WrapI64,
        I::GlobalSet(HEAP_GLOBAL),
        I::LocalGet(p),
        I::I32WrapI64,
    ]);
}

/// `ml_reset()`: frees everything (`base`: where the heap starts).
pub fn reset(a: &mut Asm, base: i32) {
    a.code([I::I32Const(base), I::GlobalSet(HEAP_GLOBAL)]);
}
