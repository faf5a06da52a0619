//! `sin_shifted(x: f64, shift: i32) -> f64` (`sin(x + shift*π/2)`, so `sin` and `cos`) and
//! `rem_pio2_large(x: f64) -> (i32, f64, f64)`, as the runtime's `mathlib::sin` and `cos`: the
//! reduction by π/2 (fdlibm's medium case, or an integer Payne–Hanek reduction), then a
//! double-double evaluation around a table of `sin(k/64)`, `cos(k/64)`.

use super::super::asm::Asm;
use super::super::helper::Helper;
use super::{L, Ops, Table, X, f, fb, k32, k64, load_f64, load_i64, select};
use wasm_encoder::Instruction as I;
use wasm_encoder::ValType::{F64, I32, I64};

const INV_PIO2: u64 = 0x3fe45f306dc9c883;
const TO_INT: u64 = 0x4338000000000000;
const PIO2_1: u64 = 0x3ff921fb54400000;
const PIO2_1T: u64 = 0x3dd0b4611a626331;
const PIO2_2: u64 = 0x3dd0b4611a600000;
const PIO2_2T: u64 = 0x3ba3198a2e037073;
const PIO2_3: u64 = 0x3ba3198a2e000000;
const PIO2_3T: u64 = 0x397b839a252049c1;
const PIO2_HI: u64 = 0x3ff921fb54442d18;
const PIO2_LO: u64 = 0x3c91a62633145c07;
const SPLIT: f64 = 134217729.0;

const S3: f64 = -1.0 / 6.0;
const S5: f64 = 1.0 / 120.0;
const S7: f64 = -1.0 / 5040.0;
const C2: f64 = -0.5;
const C4: f64 = 1.0 / 24.0;
const C6: f64 = -1.0 / 720.0;
const C8: f64 = 1.0 / 40320.0;

/// `(p, e) = a * b` exactly (Dekker), with scratch locals `t`.
fn two_prod(asm: &mut Asm, a: L, b: L, p: L, e: L, t: [L; 5]) {
    let [c, ah, al, bh, bl] = t;
    asm.set(p, a * b);
    asm.set(c, f(SPLIT) * a);
    asm.set(ah, c - (c - a));
    asm.set(al, a - ah);
    asm.set(c, f(SPLIT) * b);
    asm.set(bh, c - (c - b));
    asm.set(bl, b - bh);
    asm.set(e, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
}

fn f64s<const N: usize>(a: &mut Asm) -> [L; N] {
    std::array::from_fn(|_| a.var(F64))
}

/// `sin(x + shift*π/2)`.
pub fn sin_shifted(a: &mut Asm) {
    let (x, shift) = (L(0, F64), L(1, I32));
    let ix = a.var(I32);
    let n = a.var(I32);
    let [y0, y1] = f64s(a);
    a.set(ix, x.bits().shr_u(k64(32)).wrap() & k32(0x7fffffff));
    a.if_(ix.le_u(k32(0x3fe921fb)));
    // |x| ~<= π/4.
    a.set(n, k32(0));
    a.set(y0, x);
    a.set(y1, f(0.0));
    a.else_();
    a.if_(ix.lt_u(k32(0x413921fb)));
    medium(a, x, ix, n, y0, y1);
    a.else_();
    // Inf or nan.
    a.ret_if(ix.ge_u(k32(0x7ff00000)), x - x);
    a.push(x);
    a.helper(Helper::RemPio2Large);
    a.i(I::LocalSet(y1.0));
    a.i(I::LocalSet(y0.0));
    a.i(I::LocalSet(n.0));
    a.end();
    a.end();
    kernel(a, n, shift, y0, y1);
}

/// fdlibm's medium case: `n, y0 + y1 = x - n*π/2` for `|x| < 2^20*π/2`.
fn medium(a: &mut Asm, x: L, ix: L, n: L, y0: L, y1: L) {
    let [f_n, r, w, t] = f64s(a);
    let ex = a.var(I32);
    let ey = a.var(I32);
    let exponent = |v: L| v.bits().shr_u(k64(52)).wrap() & k32(0x7ff);
    a.set(f_n, x * fb(INV_PIO2) + fb(TO_INT) - fb(TO_INT));
    a.set(n, f_n.trunc_i32());
    a.set(r, x - f_n * fb(PIO2_1));
    a.set(w, f_n * fb(PIO2_1T));
    a.set(y0, r - w);
    a.set(ey, exponent(y0));
    a.set(ex, ix.shr_u(k32(20)));
    a.if_((ex - ey).gt(k32(16)));
    // 2nd round, good to 118 bits.
    a.set(t, r);
    a.set(w, f_n * fb(PIO2_2));
    a.set(r, t - w);
    a.set(w, f_n * fb(PIO2_2T) - ((t - r) - w));
    a.set(y0, r - w);
    a.set(ey, exponent(y0));
    a.if_((ex - ey).gt(k32(49)));
    // 3rd round, good to 151 bits.
    a.set(t, r);
    a.set(w, f_n * fb(PIO2_3));
    a.set(r, t - w);
    a.set(w, f_n * fb(PIO2_3T) - ((t - r) - w));
    a.set(y0, r - w);
    a.end();
    a.end();
    a.set(y1, (r - y0) - w);
}

/// Leaves `sin(y0 + y1 + (n + shift)*π/2)` on the stack.
fn kernel(a: &mut Asm, n: L, shift: L, y0: L, y1: L) {
    let q = a.var(I32);
    let cos = a.var(I32);
    let negative = a.var(I32);
    let at = a.var(I32);
    let [ay0, ay1, kd, th, t, t2, sp, cp] = f64s(a);
    let [s_hi, s_lo, c_hi, c_lo, a_hi, a_lo, b_hi, b_lo] = f64s(a);
    let [p, e, s, err, low, r] = f64s(a);
    let scratch = f64s(a);

    a.set(q, n + shift);
    a.set(cos, q & k32(1));
    a.set(negative, y0.bits().lt(k64(0)));
    a.set(ay0, y0.abs());
    a.set(ay1, select(negative, -y1, y1));
    a.set(kd, (ay0 * f(64.0) + f(0.5)).floor());
    // 32 bytes per entry.
    a.set(at, kd.trunc_i32() << k32(5));
    a.set(th, ay0 - kd * f(0.015625));
    a.set(t, th + ay1);
    a.set(t2, t * t);
    a.set(sp, t * t2 * (f(S3) + t2 * (f(S5) + t2 * f(S7))));
    a.set(cp, t2 * (f(C2) + t2 * (f(C4) + t2 * (f(C6) + t2 * f(C8)))));
    a.set(s_hi, load_f64(Table::SinCos, at, 0));
    a.set(s_lo, load_f64(Table::SinCos, at, 8));
    a.set(c_hi, load_f64(Table::SinCos, at, 16));
    a.set(c_lo, load_f64(Table::SinCos, at, 24));
    a.set(a_hi, select(cos, c_hi, s_hi));
    a.set(a_lo, select(cos, c_lo, s_lo));
    a.set(b_hi, select(cos, -s_hi, c_hi));
    a.set(b_lo, select(cos, -s_lo, c_lo));
    two_prod(a, b_hi, th, p, e, scratch);
    a.set(s, a_hi + p);
    a.set(err, (a_hi - s) + p);
    a.set(
        low,
        a_lo + e + b_hi * ay1 + b_lo * th + a_hi * cp + b_hi * sp,
    );
    a.set(r, s + (err + low));
    a.set(r, select(negative & cos.eqz(), -r, r));
    a.push(select(q & k32(2), -r, r));
}

/// `(hi, lo) = m * w` on 64-bit unsigned integers (`m < 2^53`), from 32-bit halves.
fn mul_wide(a: &mut Asm, m: L, w: L, hi: L, lo: L, t: [L; 5]) {
    let [p00, p01, p10, p11, mid] = t;
    let low32 = |v: X| v & k64(0xffff_ffff);
    a.set(p00, low32(m.into()) * low32(w.into()));
    a.set(p01, low32(m.into()) * w.shr_u(k64(32)));
    a.set(p10, m.shr_u(k64(32)) * low32(w.into()));
    a.set(p11, m.shr_u(k64(32)) * w.shr_u(k64(32)));
    a.set(
        mid,
        p00.shr_u(k64(32)) + low32(p01.into()) + low32(p10.into()),
    );
    a.set(lo, (mid << k64(32)) | low32(p00.into()));
    a.set(
        hi,
        p11 + p01.shr_u(k64(32)) + p10.shr_u(k64(32)) + mid.shr_u(k64(32)),
    );
}

/// `(n mod 4, y0, y1)` with `y0 + y1 = x - n*π/2`, for finite `|x| >= 2^20*π/2`.
pub fn rem_pio2_large(a: &mut Asm) {
    let x = L(0, F64);
    let u = a.var(I64);
    let m = a.var(I64);
    let at = a.var(I32);
    let o = a.var(I64);
    let [w0, w1, w2, h0, l0, h1, l1, h2, l2, mid, top, f0, f1, f2, lz] =
        std::array::from_fn(|_| a.var(I64));
    let wide: [L; 5] = std::array::from_fn(|_| a.var(I64));
    let n = a.var(I32);
    let x_negative = a.var(I32);
    let negative = a.var(I32);
    let shift = a.var(I32);
    let [y0, y1, a_hi, a_lo, p, e] = f64s(a);
    let scratch = f64s(a);

    a.set(u, x.bits());
    a.set(m, (u & k64((1 << 52) - 1)) | k64(1 << 52));
    // q0 = e - 1013: the word of TWO_OVER_PI holding bit q0, and the bit's offset in it.
    let q0 = || (u.shr_u(k64(52)).wrap() & k32(0x7ff)) - k32(1013);
    a.set(at, q0().shr_u(k32(6)) << k32(3));
    a.set(o, (q0() & k32(63)).extend_u());
    let window = |j: u64| {
        (load_i64(Table::TwoOverPi, at, 8 * j) << o)
            | (load_i64(Table::TwoOverPi, at, 8 * (j + 1)).shr_u(k64(1))).shr_u(k64(63) - o)
    };
    a.set(w0, window(0));
    a.set(w1, window(1));
    a.set(w2, window(2));
    mul_wide(a, m, w2, h2, l2, wide);
    mul_wide(a, m, w1, h1, l1, wide);
    mul_wide(a, m, w0, h0, l0, wide);
    a.set(mid, h2 + l1);
    a.set(top, h1 + l0 + mid.lt_u(h2).extend_u());
    a.set(n, top.shr_u(k64(62)).wrap());
    a.set(f2, (top << k64(2)) | mid.shr_u(k64(62)));
    a.set(f1, (mid << k64(2)) | l2.shr_u(k64(62)));
    a.set(f0, l2 << k64(2));
    a.set(x_negative, x.lt(f(0.0)));
    a.set(negative, x_negative);
    a.if_(f2.lt(k64(0)));
    // Fraction >= 1/2: round n up and take 1 - fraction, negated.
    a.set(n, n + k32(1));
    a.set(negative, negative.eqz());
    // f0 == 0 and f1 == 0 are the carries of the negation.
    a.set(f2, (f2 ^ k64(u64::MAX)) + (f0.eqz() & f1.eqz()).extend_u());
    a.set(f1, (f1 ^ k64(u64::MAX)) + f0.eqz().extend_u());
    a.set(f0, k64(0) - f0);
    a.end();
    a.set(shift, k32(0));
    a.if_(f2.eqz());
    a.set(f2, f1);
    a.set(f1, f0);
    a.set(f0, k64(0));
    a.set(shift, k32(64));
    a.end();
    a.if_(f2.eqz());
    a.set(f2, f1);
    a.set(f1, k64(0));
    a.set(shift, k32(128));
    a.end();
    a.if_(f2.eqz());
    a.set(y0, f(0.0));
    a.set(y1, f(0.0));
    a.else_();
    a.set(lz, f2.clz());
    a.set(f2, (f2 << lz) | f1.shr_u(k64(1)).shr_u(k64(63) - lz));
    a.set(f1, (f1 << lz) | f0.shr_u(k64(1)).shr_u(k64(63) - lz));
    a.set(shift, shift + lz.wrap());
    // 2^(-53 - shift) and 2^(-106 - shift).
    let pow2 = |e: i32| ((k32(0x3ff + e) - shift).extend_u() << k64(52)).reinterpret_f64();
    a.set(a_hi, f2.shr_u(k64(11)).convert_f64() * pow2(-53));
    a.set(
        a_lo,
        (((f2 & k64(0x7ff)) << k64(42)) | f1.shr_u(k64(22))).convert_f64() * pow2(-106),
    );
    let pio2_hi = a.var(F64);
    a.set(pio2_hi, fb(PIO2_HI));
    two_prod(a, a_hi, pio2_hi, p, e, scratch);
    a.set(e, e + (a_hi * fb(PIO2_LO) + a_lo * fb(PIO2_HI)));
    a.set(y0, p + e);
    a.set(y1, (p - y0) + e);
    a.end();
    a.push(select(x_negative, k32(0) - n, n));
    a.push(select(negative, -y0, y0));
    a.push(select(negative, -y1, y1));
}

/// `sin(k/64)` and `cos(k/64)` for `k` in `0..52`, each as a double-double: quadruples
/// (`sin_hi`, `sin_lo`, `cos_hi`, `cos_lo`).
pub(super) static SINCOS_TAB: [u64; 208] = [
    0x0000000000000000,
    0x0000000000000000,
    0x3ff0000000000000,
    0x0000000000000000,
    0x3f8fffaaaaeeeed5,
    0xbc02ab639a9f0776,
    0x3fefff000155549f,
    0x3c828a28a03a5ef3,
    0x3f9ffeaaaeeee86f,
    0xbc3cd406fb224ae2,
    0x3feffc00155527d3,
    0xbc83b54492d89b5b,
    0x3fa7fdc01032fba9,
    0xbc4599bdf46e997a,
    0x3feff7006bfdf99f,
    0xbc78b3b560648d5f,
    0x3faffaaaeeed4edb,
    0xbc42d16d32684b69,
    0x3feff0015549f4d3,
    0x3c8328387b99426f,
    0x3fb3facb12d1755b,
    0xbc5921915299468b,
    0x3fefe7034129ef6f,
    0xbc6cbf4337c96f97,
    0x3fb7f701032550e4,
    0x3c3afc2d1800501a,
    0x3fefdc06bf7e6b9b,
    0x3c831902b535f8db,
    0x3fbbf1b78568391d,
    0x3c5e91841dea4cc8,
    0x3fefcf0c800e99b1,
    0x3c6ea3d786d186ac,
    0x3fbfeaaeee86ee36,
    0xbc4afcb2bcc6f03b,
    0x3fefc015527d5bd3,
    0x3c8b68f35094efb8,
    0x3fc1f0d3d7afceaf,
    0xbc66ef95099769a5,
    0x3fefaf22263c4bd3,
    0xbc552ace133a2769,
    0x3fc3eb312c5d66cb,
    0x3c647d666b66cb91,
    0x3fef9c340a7cc428,
    0x3c8c5b6b063b7462,
    0x3fc5e44fcfa126f3,
    0xbc66f443063f89b6,
    0x3fef874c2e1eecf6,
    0xbc8c6514e1332b16,
    0x3fc7dc102fbaf2b5,
    0x3c45ab50e23c97c3,
    0x3fef706bdf9ece1c,
    0xbc8698c80c36dcb4,
    0x3fc9d252d0cec312,
    0x3c59c43d80b1137d,
    0x3fef57948cff6797,
    0x3c6e3a0d3e03b1d4,
    0x3fcbc6f84edc6199,
    0x3c69c1a56a7b0cab,
    0x3fef3cc7c3b3d16e,
    0xbc621a3ad28a3494,
    0x3fcdb9e15fb5a5d0,
    0xbc632e20d6cc6fc2,
    0x3fef20073086649f,
    0x3c7b940416c1984b,
    0x3fcfaaeed4f31577,
    0xbc615d88508e32b8,
    0x3fef01549f7deea1,
    0x3c8d3c1e99e5cafd,
    0x3fd0cd00cef36436,
    0xbc79fb0a0c93e2b4,
    0x3feee0b1fbc0f11c,
    0xbc4bfd2380bbc3b1,
    0x3fd1c37d64c6b876,
    0x3c746076fe0dcff4,
    0x3feebe214f76efa8,
    0xbc802f9f12ba543e,
    0x3fd2b8ddc43eb49f,
    0x3c61553899f2d807,
    0x3fee99a4c3a7cd83,
    0xbc82264b1bc53ce8,
    0x3fd3ad129769d3d8,
    0x3c003d550487839a,
    0x3fee733ea0193d40,
    0xbc86428b3546ce13,
    0x3fd4a00c9b0f3d20,
    0x3c7823ba6bb08ead,
    0x3fee4af14b2a449c,
    0xbc868ca02e8a6833,
    0x3fd591bc9fa2f597,
    0x3c67c74bac3fe0cb,
    0x3fee20bf49acd6c1,
    0xbc5660aec7ef636b,
    0x3fd682138a38d7f7,
    0xbc7d889202444aad,
    0x3fedf4ab3ebd875e,
    0xbc8e2d8a7e6736c4,
    0x3fd7710255764214,
    0xbc66ead7314bb6ce,
    0x3fedc6b7eb995912,
    0x3c54b364776dcd35,
    0x3fd85e7a12826949,
    0x3c78a40e9b5face0,
    0x3fed96e82f71a9dc,
    0x3c8ff61bd5d2039d,
    0x3fd94a6be9f546c5,
    0xbc769ce13e683f58,
    0x3fed653f073e4040,
    0xbc876236434bec37,
    0x3fda34c91cc50cca,
    0xbc5a310e3b50cecd,
    0x3fed31bf8d8d7c06,
    0x3c7e60dd3089cbdd,
    0x3fdb1d8305321617,
    0xbc7ae242cb99f519,
    0x3fecfc6cfa52ad9f,
    0x3c88b5b5508f2a0d,
    0x3fdc048b17b140a3,
    0x3c619fe6757e9fa7,
    0x3fecc54aa2b2972e,
    0x3c64ee162ba83a98,
    0x3fdce9d2e3d4a51f,
    0xbc62fc8a12dae298,
    0x3fec8c5bf8ce1a84,
    0x3c7ab3d1a1590123,
    0x3fddcd4c15329c9a,
    0x3c70d4c6e171fd9a,
    0x3fec51a48b8b175e,
    0xbc61bbb43b9aa880,
    0x3fdeaee8744b05f0,
    0xbc5789b43c9b027d,
    0x3fec1528065b7d50,
    0xbc8892111312e828,
    0x3fdf8e99e76abc97,
    0x3c59d950af2d00a3,
    0x3febd6ea310294f5,
    0x3c731bbcc88c109d,
    0x3fe0362939c69955,
    0xbc82d8cd78397b01,
    0x3feb96eeef58840e,
    0x3c545a3cc78fade0,
    0x3fe0a4021e9e1001,
    0xbc86f643a13914f6,
    0x3feb553a410c104e,
    0x3c58ff7947027a15,
    0x3fe110d0c4b69c3b,
    0x3c8d918998809981,
    0x3feb11d04162a4c6,
    0x3c71dd561efbc0c2,
    0x3fe17c8e5f2eedb0,
    0x3c635e57102e2488,
    0x3feaccb526f69de5,
    0x3c88fb6a8dd6b6cc,
    0x3fe1e7343236574c,
    0x3c722a3fa4f41d5a,
    0x3fea85ed4373e02d,
    0x3c69be06385ec792,
    0x3fe250bb93788bbb,
    0x3c7ea3d02457bcce,
    0x3fea3d7d0352bdcf,
    0xbc868dbaeca19669,
    0x3fe2b91dea88421e,
    0xbc8fa371db216ab0,
    0x3fe9f368ed912f85,
    0xbc81d200c5791606,
    0x3fe32054b148bc4f,
    0x3c8f6b42095a135b,
    0x3fe9a7b5a36a6514,
    0x3c8722cfcc9fa7a9,
    0x3fe386597456282b,
    0xbc710fada93b07a8,
    0x3fe95a67e00cb1fd,
    0xbc80befda21f862d,
    0x3fe3eb25d36cd53a,
    0xbc5be570e1570fc0,
    0x3fe90b84784ddaf7,
    0xbc70feb10ab93b87,
    0x3fe44eb381cf386b,
    0xbc83ed6c1e6a5505,
    0x3fe8bb105a5dc900,
    0x3c8863e03e9474c1,
    0x3fe4b0fc46aab761,
    0x3c20da05738cc59c,
    0x3fe869108d77a6c6,
    0x3c7338ffe2bfe9dd,
    0x3fe511f9fd7b351c,
    0xbc85c0e861c48831,
    0x3fe8158a31916d5d,
    0xbc6de8b90b8228de,
    0x3fe571a6966d59b3,
    0x3c5c843b4d0fb197,
    0x3fe7c0827f09e54f,
    0xbc6c73d6d72aee68,
    0x3fe5cffc16bf8f0d,
    0x3c896cb370eb578a,
    0x3fe769fec655211f,
    0xbc6827d5cf8c68c5,
    0x3fe62cf49921ac79,
    0xbc8edd9855b6241a,
    0x3fe712046fa77678,
    0x3c8425b0a5029c81,
    0x3fe6888a4e134b2f,
    0xbc86b7d37644d5e6,
    0x3fe6b898fa9efb5d,
    0x3c715ac786ccf4b2,
    0x3fe6e2b77c40bde1,
    0xbc70e729857fad53,
    0x3fe65dc1fdeb8cba,
    0xbc597c1b47337c77,
];

/// The bits of 2/π after the binary point, 64 a word, after one word of zeros.
pub(super) static TWO_OVER_PI: [u64; 21] = [
    0x0000000000000000,
    0xa2f9836e4e441529,
    0xfc2757d1f534ddc0,
    0xdb6295993c439041,
    0xfe5163abdebbc561,
    0xb7246e3a424dd2e0,
    0x06492eea09d1921c,
    0xfe1deb1cb129a73e,
    0xe88235f52ebb4484,
    0xe99c7026b45f7e41,
    0x3991d639835339f4,
    0x9c845f8bbdf9283b,
    0x1ff897ffde05980f,
    0xef2f118b5a0a6d1f,
    0x6d367ecf27cb09b7,
    0x4f463f669e5fea2d,
    0x7527bac7ebe5f17b,
    0x3d0739f78a5292ea,
    0x6bfb5fb11f8d5d08,
    0x56033046fc7b6bab,
    0xf0cfbc209af4361d,
];
