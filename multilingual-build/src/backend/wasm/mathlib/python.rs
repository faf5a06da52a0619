//! Python's float `%`, `//` and `**`, and `math.sin`, `cos`, `exp`, `log`: the checks and
//! adjustments of CPython (`float_rem`, `float_floor_div`, `float_pow`, `math_1`), as the
//! runtime's `ops::*_checked`, around the C functions. Each takes a site index as its last
//! parameter and raises through `ml.raise`.

use super::super::abi::fault;
use super::super::asm::{Asm, SiteArg};
use super::super::helper::Helper;
use super::{L, Ops, X, call, f, select};
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{F64, I32};

/// `copysign(0.0, v)`.
fn zero_with_sign_of(v: impl Into<X>) -> X {
    X::Op(I::F64Copysign, F64, vec![f(0.0), v.into()])
}

/// `|v| < inf` (finite, not nan).
fn finite(v: L) -> X {
    v.abs().lt(f(f64::INFINITY))
}

/// Python's `vx % wx` (`wx == 0`: code 3).
pub fn float_mod(a: &mut Asm) {
    let (vx, wx, site) = (L(0, F64), L(1, F64), SiteArg::Local(2));
    let m = a.var(F64);
    a.push(wx.equals(f(0.0)));
    a.raise_if(fault::FLOAT_MOD_BY_ZERO, site);
    a.set(m, call(Helper::Fmod, F64, vec![vx.into(), wx.into()]));
    a.if_(m.differs(f(0.0)));
    a.if_(wx.lt(f(0.0)).differs(m.lt(f(0.0))));
    a.set(m, m + wx);
    a.end();
    a.else_();
    a.set(m, zero_with_sign_of(wx));
    a.end();
    a.push(m);
}

/// Python's `vx // wx` (`wx == 0`: code 2).
pub fn float_floordiv(a: &mut Asm) {
    let (vx, wx, site) = (L(0, F64), L(1, F64), SiteArg::Local(2));
    let m = a.var(F64);
    let div = a.var(F64);
    let floordiv = a.var(F64);
    a.push(wx.equals(f(0.0)));
    a.raise_if(fault::FLOAT_DIV_BY_ZERO, site);
    a.set(m, call(Helper::Fmod, F64, vec![vx.into(), wx.into()]));
    a.set(div, (vx - m) / wx);
    a.if_(m.differs(f(0.0)) & wx.lt(f(0.0)).differs(m.lt(f(0.0))));
    a.set(div, div - f(1.0));
    a.end();
    a.if_(div.differs(f(0.0)));
    a.set(floordiv, div.floor());
    a.if_((div - floordiv).gt(f(0.5)));
    a.set(floordiv, floordiv + f(1.0));
    a.end();
    a.ret(floordiv);
    a.end();
    a.push(zero_with_sign_of(vx / wx));
}

/// Python's `x ** y` on floats (0 to a negative power: code 13; a negative base to a
/// fractional power: code 16; overflow: code 10).
pub fn float_pow(a: &mut Asm) {
    let (x, y, site) = (L(0, F64), L(1, F64), SiteArg::Local(2));
    let r = a.var(F64);
    a.ret_if(y.equals(f(0.0)), f(1.0));
    a.ret_if(x.differs(x), x);
    a.ret_if(y.differs(y), select(x.equals(f(1.0)), f(1.0), y));
    a.push(x.equals(f(0.0)) & y.lt(f(0.0)) & finite(y));
    a.raise_if(fault::ZERO_TO_NEGATIVE_POWER, site);
    a.push(finite(x) & x.lt(f(0.0)) & finite(y) & y.differs(y.floor()));
    a.raise_if(fault::COMPLEX_POWER, site);
    a.set(r, call(Helper::Pow, F64, vec![x.into(), y.into()]));
    a.push(r.abs().equals(f(f64::INFINITY)) & finite(x) & finite(y));
    a.raise_if(fault::MATH_RANGE, site);
    a.push(r);
}

/// `math.sin(x)` and `math.cos(x)` (`shift` 0 or 1): infinities are a domain error (code 9).
fn sin_or_cos(a: &mut Asm, shift: i32) {
    let (x, site) = (L(0, F64), SiteArg::Local(1));
    a.push(x.abs().equals(f(f64::INFINITY)));
    a.raise_if(fault::MATH_DOMAIN, site);
    a.push(call(
        Helper::SinShifted,
        F64,
        vec![x.into(), X::Leaf(I::I32Const(shift), I32)],
    ));
}

/// `math.sin(x)`.
pub fn math_sin(a: &mut Asm) {
    sin_or_cos(a, 0);
}

/// `math.cos(x)`.
pub fn math_cos(a: &mut Asm) {
    sin_or_cos(a, 1);
}

/// `math.exp(x)` (overflow: code 10).
pub fn math_exp(a: &mut Asm) {
    let (x, site) = (L(0, F64), SiteArg::Local(1));
    let r = a.var(F64);
    a.set(r, call(Helper::Exp, F64, vec![x.into()]));
    a.push(r.abs().equals(f(f64::INFINITY)) & finite(x));
    a.raise_if(fault::MATH_RANGE, site);
    a.push(r);
}

/// `math.log(x)` (`x <= 0`: code 9).
pub fn math_log(a: &mut Asm) {
    let (x, site) = (L(0, F64), SiteArg::Local(1));
    a.push(x.le(f(0.0)));
    a.raise_if(fault::MATH_DOMAIN, site);
    a.push(call(Helper::Log, F64, vec![x.into()]));
}
