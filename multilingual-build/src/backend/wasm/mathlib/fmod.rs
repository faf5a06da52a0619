//! `fmod(x: f64, y: f64) -> f64`: exact, by integer long division (as the runtime's
//! `mathlib::fmod`, musl's algorithm).

use super::super::asm::Asm;
use super::{L, Ops, f, k64};
use wasm_encoder::BlockType;
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{F64, I64};

/// `fmod(x, y)`.
pub fn fmod(a: &mut Asm) {
    let (x, y) = (L(0, F64), L(1, F64));
    let uxi = a.var(I64);
    let uyi = a.var(I64);
    let ex = a.var(I64);
    let ey = a.var(I64);
    let sx = a.var(I64);
    let i = a.var(I64);
    let lz = a.var(I64);

    a.set(uxi, x.bits());
    a.set(uyi, y.bits());
    a.set(ex, uxi.shr_u(k64(52)) & k64(0x7ff));
    a.set(ey, uyi.shr_u(k64(52)) & k64(0x7ff));
    a.set(sx, uxi.shr_u(k64(63)));
    a.ret_if(
        (uyi << k64(1)).eqz() | y.differs(y) | ex.equals(k64(0x7ff)),
        (x * y) / (x * y),
    );
    a.if_((uxi << k64(1)).le_u(uyi << k64(1)));
    a.ret_if((uxi << k64(1)).equals(uyi << k64(1)), f(0.0) * x);
    a.ret(x);
    a.end();

    // Normalize the significands: 1 << 52 is the leading bit.
    for (u, e) in [(uxi, ex), (uyi, ey)] {
        a.if_(e.eqz());
        a.set(lz, (u << k64(12)).clz());
        a.set(e, e - lz);
        a.set(u, u << (k64(1) - e));
        a.else_();
        a.set(u, (u & k64(u64::MAX >> 12)) | k64(1 << 52));
        a.end();
    }

    // x mod y, one bit at a time.
    let step = |a: &mut Asm| {
        a.set(i, uxi - uyi);
        a.if_(i.shr_u(k64(63)).eqz());
        a.ret_if(i.eqz(), f(0.0) * x);
        a.set(uxi, i);
        a.end();
    };
    a.i(I::Block(BlockType::Empty));
    a.i(I::Loop(BlockType::Empty));
    a.push(ex.le(ey));
    a.i(I::BrIf(1));
    step(a);
    a.set(uxi, uxi << k64(1));
    a.set(ex, ex - k64(1));
    a.i(I::Br(0));
    a.end();
    a.end();
    step(a);
    // Renormalize (uxi != 0 here).
    a.set(lz, uxi.clz() - k64(11));
    a.set(uxi, uxi << lz);
    a.set(ex, ex - lz);

    // Scale the result.
    a.if_(ex.gt(k64(0)));
    a.set(uxi, (uxi - k64(1 << 52)) | (ex << k64(52)));
    a.else_();
    a.set(uxi, uxi.shr_u(k64(1) - ex));
    a.end();
    a.push((uxi | (sx << k64(63))).reinterpret_f64());
}
