//! `fmod(x, y)`: the exact remainder of `x / y` truncated toward zero, with the sign of `x`.
//!
//! musl's algorithm (MIT licence): the significands are aligned and reduced by binary long
//! division on integers, so the result is exact and equals Rust's `x % y`.

/// C's `fmod`.
pub fn fmod(x: f64, y: f64) -> f64 {
    let mut uxi = x.to_bits();
    let mut uyi = y.to_bits();
    let mut ex = ((uxi >> 52) & 0x7ff) as i64;
    let mut ey = ((uyi >> 52) & 0x7ff) as i64;
    let sx = uxi >> 63;

    if uyi << 1 == 0 || y.is_nan() || ex == 0x7ff {
        return (x * y) / (x * y);
    }
    if uxi << 1 <= uyi << 1 {
        if uxi << 1 == uyi << 1 {
            return 0.0 * x;
        }
        return x;
    }

    // Normalize the significands: 1 << 52 is the leading bit.
    if ex == 0 {
        let lz = i64::from((uxi << 12).leading_zeros());
        ex -= lz;
        uxi <<= -ex + 1;
    } else {
        uxi &= u64::MAX >> 12;
        uxi |= 1 << 52;
    }
    if ey == 0 {
        let lz = i64::from((uyi << 12).leading_zeros());
        ey -= lz;
        uyi <<= -ey + 1;
    } else {
        uyi &= u64::MAX >> 12;
        uyi |= 1 << 52;
    }

    // x mod y, one bit at a time.
    while ex > ey {
        let i = uxi.wrapping_sub(uyi);
        if i >> 63 == 0 {
            if i == 0 {
                return 0.0 * x;
            }
            uxi = i;
        }
        uxi <<= 1;
        ex -= 1;
    }
    let i = uxi.wrapping_sub(uyi);
    if i >> 63 == 0 {
        if i == 0 {
            return 0.0 * x;
        }
        uxi = i;
    }
    // Renormalize (uxi != 0 here).
    let lz = i64::from(uxi.leading_zeros()) - 11;
    uxi <<= lz;
    ex -= lz;

    // Scale the result.
    if ex > 0 {
        uxi -= 1 << 52;
        uxi |= (ex as u64) << 52;
    } else {
        uxi >>= -ex + 1;
    }
    f64::from_bits(uxi | (sx << 63))
}
