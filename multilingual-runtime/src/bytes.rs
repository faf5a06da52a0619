//! `bytes` values of generated native code: immutable, shared, compared and indexed by byte as
//! Python does. (The wasm module keeps them in linear memory in the layout of a string.)

use crate::error::raise;
use crate::fault::Fault;
use crate::pyfmt;
use crate::site::Site;
use crate::text::Str;
use std::rc::Rc;

/// A Python `bytes`: cheap to copy (shared), never mutated.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bytes(Rc<[u8]>);

impl Default for Bytes {
    fn default() -> Bytes {
        Bytes::new(&[])
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(b: Vec<u8>) -> Bytes {
        Bytes(Rc::from(b))
    }
}

impl Bytes {
    /// Bytes with this content.
    pub fn new(content: &[u8]) -> Bytes {
        Bytes(Rc::from(content))
    }

    /// The content.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// An owned copy (a kernel's `bytes` result).
    pub fn to_vec_value(&self) -> Vec<u8> {
        self.0.to_vec()
    }

    /// `len(b)`.
    #[inline]
    pub fn len(&self) -> i64 {
        self.0.len() as i64
    }

    /// `not b`.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `a + b`.
    pub fn concat(&self, other: &Bytes) -> Bytes {
        Bytes(self.0.iter().chain(other.0.iter()).copied().collect())
    }

    /// `b * n` (a negative count gives `b''`).
    pub fn repeat(&self, n: i64, file: &'static str, site: Site) -> Bytes {
        let n = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        let mut out = Vec::new();
        match self.0.len().checked_mul(n) {
            Some(len) if out.try_reserve_exact(len).is_ok() => {
                for _ in 0..n {
                    out.extend_from_slice(&self.0);
                }
                Bytes::from(out)
            }
            _ => raise(Fault::OutOfMemory, file, site),
        }
    }

    /// `b[i]`: the byte as an int, Python's negative indices included.
    #[inline]
    pub fn index(&self, i: i64, file: &'static str, site: Site) -> i64 {
        let len = self.len();
        let k = if i < 0 { i.wrapping_add(len) } else { i };
        match usize::try_from(k).ok().and_then(|k| self.0.get(k)) {
            Some(&b) => i64::from(b),
            None => raise(Fault::BytesIndexOutOfRange, file, site),
        }
    }

    /// `b[lower:upper:step]`.
    pub fn slice(&self, bounds: [Option<i64>; 3], file: &'static str, site: Site) -> Bytes {
        match slice_bytes(&self.0, bounds) {
            Some(b) => Bytes::from(b),
            None => raise(Fault::SliceStepZero, file, site),
        }
    }

    /// `needle in self`: whether `needle` occurs as a run of bytes.
    pub fn contains(&self, needle: &Bytes) -> bool {
        find(&self.0, &needle.0).is_some()
    }

    /// `repr(b)`, also `str(b)`.
    pub fn repr(&self) -> Str {
        Str::from(pyfmt::repr_bytes(&self.0))
    }
}

/// `bytes[lower:upper:step]`; `None` for a zero step.
pub fn slice_bytes(bytes: &[u8], bounds: [Option<i64>; 3]) -> Option<Vec<u8>> {
    let (start, step, count) = crate::ops::slice_range(bytes.len(), bounds)?;
    Some(
        (0..count as i64)
            .map(|k| bytes[(start + k * step) as usize])
            .collect(),
    )
}

/// The first position of `needle` in `hay` (0 for an empty needle).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: Site = Site { line: 1, column: 1 };

    #[test]
    fn bytes_not_code_points() {
        let b = Bytes::new(&[0, 0xc3, 0xa9, 0xff]);
        assert_eq!(b.len(), 4);
        assert_eq!(b.index(1, "t.ml", SITE), 0xc3);
        assert_eq!(b.index(-1, "t.ml", SITE), 255);
        assert!(b.contains(&Bytes::new(&[0xa9, 0xff])));
        assert!(b.contains(&Bytes::default()));
        assert!(!b.contains(&Bytes::new(&[0xff, 0])));
        assert_eq!(
            Bytes::new(b"ab").repeat(3, "t.ml", SITE).as_bytes(),
            b"ababab"
        );
        assert!(Bytes::new(b"ab").repeat(-2, "t.ml", SITE).is_empty());
        assert_eq!(
            b.slice([None, None, Some(-2)], "t.ml", SITE).as_bytes(),
            [0xff, 0xc3]
        );
        assert_eq!(Bytes::new(b"a").concat(&Bytes::new(b"b")).as_bytes(), b"ab");
    }

    #[test]
    fn order_is_byte_order() {
        assert!(Bytes::new(b"Z") < Bytes::new(b"a"));
        assert!(Bytes::new(b"a") < Bytes::new(b"ab"));
        assert!(Bytes::new(&[0x7f]) < Bytes::new(&[0x80]));
        assert!(Bytes::default() < Bytes::new(&[0]));
    }

    #[test]
    fn out_of_range_index_raises_python_error() {
        let r = std::panic::catch_unwind(|| Bytes::new(b"ab").index(2, "t.ml", SITE));
        let message = r
            .err()
            .and_then(|e| e.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        assert_eq!(message, "IndexError: index out of range at t.ml:1:1");
    }
}
