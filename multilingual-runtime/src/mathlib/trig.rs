//! `sin(x)` and `cos(x)`.
//!
//! Reduction: `x = n*π/2 + y` with `y = y0 + y1` (a double-double, `|y| <~ π/4`): for
//! `|x| < 2^20*π/2` by fdlibm's `__rem_pio2` medium case (Cody–Waite with up to three parts of
//! π/2; Sun Microsystems, freely redistributable), above by an integer Payne–Hanek reduction:
//! the 53-bit significand times a 192-bit window of the bits of 2/π, as 64-bit words.
//!
//! Kernel: `k = round(64|y|)`, `t = |y| - k/64` (`|t| <= 1/128`), and with `A, B` = `sin, cos`
//! (or `cos, -sin`) of `k/64` from a double-double table,
//! `A + B*t + A*(cos t - 1) + B*(sin t - t)`, where `A + B*t` is summed exactly (Dekker's
//! product, without fused multiply-add) and the rest is below 2^-14 relatively: the error before
//! the final rounding is below ~2^-12 ulp (a bound; results were correctly rounded on all but 1
//! of 90000 random inputs, checked with mpmath).

/// 53 bits of 2/π.
const INV_PIO2: f64 = f64::from_bits(0x3fe45f306dc9c883);
/// 1.5 * 2^52: adding it rounds to an integer.
const TO_INT: f64 = f64::from_bits(0x4338000000000000);
/// The first 33 bits of π/2.
const PIO2_1: f64 = f64::from_bits(0x3ff921fb54400000);
/// π/2 - PIO2_1.
const PIO2_1T: f64 = f64::from_bits(0x3dd0b4611a626331);
/// The second 33 bits of π/2.
const PIO2_2: f64 = f64::from_bits(0x3dd0b4611a600000);
/// π/2 - (PIO2_1 + PIO2_2).
const PIO2_2T: f64 = f64::from_bits(0x3ba3198a2e037073);
/// The third 33 bits of π/2.
const PIO2_3: f64 = f64::from_bits(0x3ba3198a2e000000);
/// π/2 - (PIO2_1 + PIO2_2 + PIO2_3).
const PIO2_3T: f64 = f64::from_bits(0x397b839a252049c1);
/// π/2 as a double-double.
const PIO2_HI: f64 = f64::from_bits(0x3ff921fb54442d18);
const PIO2_LO: f64 = f64::from_bits(0x3c91a62633145c07);
/// 2^27 + 1, Veltkamp's splitting factor.
const SPLIT: f64 = 134217729.0;

/// Taylor coefficients of `sin t - t` and `cos t - 1`.
const S3: f64 = -1.0 / 6.0;
const S5: f64 = 1.0 / 120.0;
const S7: f64 = -1.0 / 5040.0;
const C2: f64 = -0.5;
const C4: f64 = 1.0 / 24.0;
const C6: f64 = -1.0 / 720.0;
const C8: f64 = 1.0 / 40320.0;

/// `a * b` exactly, as `p + e` (Dekker; no overflow or underflow for the operands used here).
#[inline]
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let c = SPLIT * a;
    let ah = c - (c - a);
    let al = a - ah;
    let c = SPLIT * b;
    let bh = c - (c - b);
    let bl = b - bh;
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// fdlibm's medium case: `x - n*π/2` for `|x| < 2^20*π/2` (`ix`: the high word of `|x|`).
fn medium(x: f64, ix: u32) -> (i32, f64, f64) {
    // rint(x/(π/2)), in round-to-nearest.
    let f_n = x * INV_PIO2 + TO_INT - TO_INT;
    let n = f_n as i32;
    let mut r = x - f_n * PIO2_1;
    let mut w = f_n * PIO2_1T; // 1st round, good to 85 bits.
    let mut y0 = r - w;
    let ey = ((y0.to_bits() >> 52) & 0x7ff) as i32;
    let ex = (ix >> 20) as i32;
    if ex - ey > 16 {
        // 2nd round, good to 118 bits.
        let t = r;
        w = f_n * PIO2_2;
        r = t - w;
        w = f_n * PIO2_2T - ((t - r) - w);
        y0 = r - w;
        let ey = ((y0.to_bits() >> 52) & 0x7ff) as i32;
        if ex - ey > 49 {
            // 3rd round, good to 151 bits, covers all cases.
            let t = r;
            w = f_n * PIO2_3;
            r = t - w;
            w = f_n * PIO2_3T - ((t - r) - w);
            y0 = r - w;
        }
    }
    let y1 = (r - y0) - w;
    (n, y0, y1)
}

/// `x - n*π/2` for finite `|x| >= 2^20*π/2`, with `n` modulo 4 (Payne–Hanek on integers).
fn large(x: f64) -> (i32, f64, f64) {
    let u = x.to_bits();
    let e = ((u >> 52) & 0x7ff) as u32;
    let m = (u & ((1 << 52) - 1)) | (1 << 52);
    // x = m * 2^(e-1075); bits of 2/π before the window's first, bit e-1076 (bit i weighs 2^-i),
    // only add multiples of 4 to x*2/π. TWO_OVER_PI starts with 64 zero bits: bit i is at
    // position i + 63.
    let q0 = e - 1013;
    let wi = (q0 >> 6) as usize;
    let o = q0 & 63;
    let window = |j: usize| (TWO_OVER_PI[j] << o) | ((TWO_OVER_PI[j + 1] >> 1) >> (63 - o));
    let (w0, w1, w2) = (window(wi), window(wi + 1), window(wi + 2));
    // m * (w0:w1:w2) modulo 2^192, in units of 2^-190: 2 integer bits and 190 of fraction.
    let p2 = u128::from(m) * u128::from(w2);
    let p1 = u128::from(m) * u128::from(w1);
    let p0 = u128::from(m) * u128::from(w0);
    let lo = p2 as u64;
    let (mid, carry) = ((p2 >> 64) as u64).overflowing_add(p1 as u64);
    let top = ((p1 >> 64) as u64)
        .wrapping_add(p0 as u64)
        .wrapping_add(u64::from(carry));
    let mut n = (top >> 62) as i32;
    // The fraction, as 192 bits f2:f1:f0.
    let mut f2 = (top << 2) | (mid >> 62);
    let mut f1 = (mid << 2) | (lo >> 62);
    let mut f0 = lo << 2;
    let x_negative = x < 0.0;
    let mut negative = x_negative;
    if f2 >> 63 != 0 {
        // Fraction >= 1/2: round n up and take 1 - fraction, negated.
        n += 1;
        negative = !negative;
        let c0 = u64::from(f0 == 0);
        let c1 = c0 & u64::from(f1 == 0);
        f0 = f0.wrapping_neg();
        f1 = (!f1).wrapping_add(c0);
        f2 = (!f2).wrapping_add(c1);
    }
    // Normalize: f2's top bit set, scaled by 2^-shift.
    let mut shift = 0;
    if f2 == 0 {
        f2 = f1;
        f1 = f0;
        f0 = 0;
        shift = 64;
    }
    if f2 == 0 {
        f2 = f1;
        f1 = 0;
        shift = 128;
    }
    let (y0, y1) = if f2 == 0 {
        (0.0, 0.0)
    } else {
        let lz = f2.leading_zeros();
        f2 = (f2 << lz) | ((f1 >> 1) >> (63 - lz));
        f1 = (f1 << lz) | ((f0 >> 1) >> (63 - lz));
        let shift = shift + lz as i32;
        // The top 106 bits as a double-double a_hi + a_lo, times π/2.
        let a_hi = (f2 >> 11) as f64 * super::pow2(-53 - shift);
        let a_lo = (((f2 & 0x7ff) << 42) | (f1 >> 22)) as f64 * super::pow2(-106 - shift);
        let (p, e) = two_prod(a_hi, PIO2_HI);
        let e = e + (a_hi * PIO2_LO + a_lo * PIO2_HI);
        let y0 = p + e;
        (y0, (p - y0) + e)
    };
    let n = if x_negative { n.wrapping_neg() } else { n };
    if negative { (n, -y0, -y1) } else { (n, y0, y1) }
}

/// `sin(y0 + y1)`, or `cos(y0 + y1)` when `cos`; `|y0 + y1| <~ π/4`, `|y1| <= ulp(y0)/2`.
fn kernel(y0: f64, y1: f64, cos: bool) -> f64 {
    let negative = y0.to_bits() >> 63 != 0;
    let ay0 = y0.abs();
    let ay1 = if negative { -y1 } else { y1 };
    let kd = (ay0 * 64.0 + 0.5).floor();
    let k = kd as usize;
    let th = ay0 - kd * 0.015625;
    let t = th + ay1;
    let t2 = t * t;
    let sp = t * t2 * (S3 + t2 * (S5 + t2 * S7));
    let cp = t2 * (C2 + t2 * (C4 + t2 * (C6 + t2 * C8)));
    let s_hi = f64::from_bits(SINCOS_TAB[4 * k]);
    let s_lo = f64::from_bits(SINCOS_TAB[4 * k + 1]);
    let c_hi = f64::from_bits(SINCOS_TAB[4 * k + 2]);
    let c_lo = f64::from_bits(SINCOS_TAB[4 * k + 3]);
    let (a_hi, a_lo, b_hi, b_lo) = if cos {
        (c_hi, c_lo, -s_hi, -s_lo)
    } else {
        (s_hi, s_lo, c_hi, c_lo)
    };
    let (p, e) = two_prod(b_hi, th);
    let s = a_hi + p;
    let err = (a_hi - s) + p;
    let low = a_lo + e + b_hi * ay1 + b_lo * th + a_hi * cp + b_hi * sp;
    let r = s + (err + low);
    if negative && !cos { -r } else { r }
}

/// `sin(x + shift*π/2)` for `shift` 0 or 1.
fn sin_shifted(x: f64, shift: i32) -> f64 {
    let ix = (x.to_bits() >> 32) as u32 & 0x7fffffff;
    let (n, y0, y1) = if ix <= 0x3fe921fb {
        // |x| ~<= π/4.
        (0, x, 0.0)
    } else if ix < 0x413921fb {
        // |x| ~< 2^20*π/2.
        medium(x, ix)
    } else if ix < 0x7ff00000 {
        large(x)
    } else {
        // Inf or nan.
        return x - x;
    };
    let q = n.wrapping_add(shift);
    let r = kernel(y0, y1, q & 1 != 0);
    if q & 2 != 0 { -r } else { r }
}

/// The sine.
pub fn sin(x: f64) -> f64 {
    sin_shifted(x, 0)
}

/// The cosine.
pub fn cos(x: f64) -> f64 {
    sin_shifted(x, 1)
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
