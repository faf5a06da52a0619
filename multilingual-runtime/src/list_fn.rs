//! List methods with Python's results: `pop`, `insert`, `index`, `count`, `remove`, `sort` and
//! `in`. Native code calls them on `Vec`s; the wasm host function `ml.list_op` decodes the
//! module's list and calls the same functions, so both paths share one implementation.

use crate::error::raise;
use crate::fault::Fault;
use crate::site::Site;

/// The methods, numbered for the wasm ABI (`ml.list_op`; never renumbered).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListOp {
    Pop = 0,
    Insert = 1,
    Extend = 2,
    Index = 3,
    Count = 4,
    Remove = 5,
    Reverse = 6,
    Sort = 7,
    Clear = 8,
    Contains = 9,
    /// `xs[i], xs[j] = xs[j], xs[i]` (10 is `sorted`, which the module does with a copy and `Sort`).
    Swap = 11,
}

impl ListOp {
    /// The method with this code.
    pub fn from_code(code: i32) -> Option<ListOp> {
        use ListOp::*;
        Some(match code {
            0 => Pop,
            1 => Insert,
            2 => Extend,
            3 => Index,
            4 => Count,
            5 => Remove,
            6 => Reverse,
            7 => Sort,
            8 => Clear,
            9 => Contains,
            11 => Swap,
            _ => return None,
        })
    }
}

/// Python's `<` for the elements a list can sort.
pub trait PyOrd {
    /// `self < other`.
    fn py_lt(&self, other: &Self) -> bool;
}

impl PyOrd for i64 {
    fn py_lt(&self, other: &Self) -> bool {
        self < other
    }
}

impl PyOrd for f64 {
    fn py_lt(&self, other: &Self) -> bool {
        self < other
    }
}

impl PyOrd for bool {
    fn py_lt(&self, other: &Self) -> bool {
        !*self & *other
    }
}

impl PyOrd for String {
    fn py_lt(&self, other: &Self) -> bool {
        self < other
    }
}

/// A `bytes` element: compared byte by byte.
impl PyOrd for Vec<u8> {
    fn py_lt(&self, other: &Self) -> bool {
        self < other
    }
}

/// Tuples compare as Python compares them: at the first pair of items that are not equal (`==`,
/// so a NaN item never counts as equal), by `<` of those items; equal tuples are not less.
macro_rules! tuple_order {
    ($($t:ident $k:tt),+) => {
        impl<$($t: PyOrd + PartialEq),+> PyOrd for ($($t,)+) {
            fn py_lt(&self, other: &Self) -> bool {
                $(if self.$k != other.$k {
                    return self.$k.py_lt(&other.$k);
                })+
                false
            }
        }
    };
}

tuple_order!(A 0);
tuple_order!(A 0, B 1);
tuple_order!(A 0, B 1, C 2);
tuple_order!(A 0, B 1, C 2, D 3);
tuple_order!(A 0, B 1, C 2, D 3, E 4);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_order!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// The position of `index` for `pop`: the last element by default, negative from the end.
pub fn pop_index(len: usize, index: Option<i64>) -> Result<usize, Fault> {
    if len == 0 {
        return Err(Fault::PopEmpty);
    }
    let i = index.unwrap_or(-1);
    let j = if i < 0 {
        i.saturating_add(len as i64)
    } else {
        i
    };
    if j < 0 || j >= len as i64 {
        return Err(Fault::PopIndex);
    }
    Ok(j as usize)
}

/// Where `insert(index, x)` puts `x`: Python clamps the index into `0..=len`.
pub fn insert_index(len: usize, index: i64) -> usize {
    let len = len as i64;
    let j = if index < 0 {
        index.saturating_add(len)
    } else {
        index
    };
    j.clamp(0, len) as usize
}

/// The positions of `xs[i], xs[j] = xs[j], xs[i]`, Python's negative indices resolved; an
/// `IndexError` for either (the right-hand side reads `xs[j]` first).
pub fn swap_indices(len: usize, i: i64, j: i64) -> Result<(usize, usize), Fault> {
    let at = |k: i64| {
        let p = if k < 0 { k.wrapping_add(len as i64) } else { k };
        usize::try_from(p)
            .ok()
            .filter(|&p| p < len)
            .ok_or(Fault::IndexOutOfRange)
    };
    let b = at(j)?;
    Ok((at(i)?, b))
}

/// `xs[i], xs[j] = xs[j], xs[i]`: the elements trade places (lists of lists included, where a
/// copy through a variable would break the one-owner rule).
pub fn swap<T>(xs: &mut [T], i: i64, j: i64, file: &'static str, site: Site) {
    match swap_indices(xs.len(), i, j) {
        Ok((a, b)) => xs.swap(a, b),
        Err(f) => raise(f, file, site),
    }
}

/// `xs.pop([index])`.
pub fn pop<T>(xs: &mut Vec<T>, index: Option<i64>, file: &'static str, site: Site) -> T {
    match pop_index(xs.len(), index) {
        Ok(j) => xs.remove(j),
        Err(f) => raise(f, file, site),
    }
}

/// `xs.insert(index, x)`.
pub fn insert<T>(xs: &mut Vec<T>, index: i64, x: T, file: &'static str, site: Site) {
    if xs.try_reserve(1).is_err() {
        raise(Fault::OutOfMemory, file, site);
    }
    let j = insert_index(xs.len(), index);
    xs.insert(j, x);
}

/// `xs.extend(other)` (the elements are already copied or moved out of `other`).
pub fn extend<T>(xs: &mut Vec<T>, other: Vec<T>, file: &'static str, site: Site) {
    if xs.try_reserve(other.len()).is_err() {
        raise(Fault::OutOfMemory, file, site);
    }
    xs.extend(other);
}

/// The first position of `x` (Python's `==`).
pub fn position<T: PartialEq>(xs: &[T], x: &T) -> Option<usize> {
    xs.iter().position(|y| y == x)
}

/// `xs.index(x)`: the first position of `x`.
pub fn index<T: PartialEq>(xs: &[T], x: &T, file: &'static str, site: Site) -> i64 {
    match position(xs, x) {
        Some(i) => i as i64,
        None => raise(Fault::IndexNotFound, file, site),
    }
}

/// `xs.count(x)`.
pub fn count<T: PartialEq>(xs: &[T], x: &T) -> i64 {
    xs.iter().filter(|y| *y == x).count() as i64
}

/// `x in xs`.
pub fn contains<T: PartialEq>(xs: &[T], x: &T) -> bool {
    position(xs, x).is_some()
}

/// `xs.remove(x)`: removes the first `x`.
pub fn remove<T: PartialEq>(xs: &mut Vec<T>, x: &T, file: &'static str, site: Site) {
    match position(xs, x) {
        Some(i) => {
            xs.remove(i);
        }
        None => raise(Fault::RemoveNotFound, file, site),
    }
}

/// `xs.sort()`: stable, by Python's `<` only (so NaNs keep Python's order among equals).
pub fn sort<T: PyOrd + Clone>(xs: &mut [T]) {
    // A merge sort that never needs a total order (a NaN compares false both ways).
    if xs.len() < 2 {
        return;
    }
    let mid = xs.len() / 2;
    sort(&mut xs[..mid]);
    sort(&mut xs[mid..]);
    if !xs[mid].py_lt(&xs[mid - 1]) {
        return;
    }
    let mut merged = Vec::with_capacity(xs.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < xs.len() {
        if xs[j].py_lt(&xs[i]) {
            merged.push(xs[j].clone());
            j += 1;
        } else {
            merged.push(xs[i].clone());
            i += 1;
        }
    }
    merged.extend_from_slice(&xs[i..mid]);
    merged.extend_from_slice(&xs[j..]);
    xs.clone_from_slice(&merged);
}

/// `sorted(xs)`: a new sorted list.
pub fn sorted<T: PyOrd + Clone>(xs: &[T], file: &'static str, site: Site) -> Vec<T> {
    let mut v = crate::ops::copy_list(xs, file, site);
    sort(&mut v);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_is_stable_and_python_ordered() {
        let mut v = vec![3.0, -0.0, 1.0, 0.0, -2.5];
        sort(&mut v);
        assert_eq!(format!("{v:?}"), "[-2.5, -0.0, 0.0, 1.0, 3.0]");
        let mut s = vec!["b".to_string(), "B".into(), "a".into(), "é".into()];
        sort(&mut s);
        assert_eq!(s, ["B", "a", "b", "é"]);
        let mut b = vec![true, false, true];
        sort(&mut b);
        assert_eq!(b, [false, true, true]);
        let mut n = vec![2.0, f64::NAN, 1.0];
        sort(&mut n);
        assert_eq!(n.len(), 3);
    }

    #[test]
    fn indices_as_python_computes_them() {
        assert_eq!(pop_index(0, None), Err(Fault::PopEmpty));
        assert_eq!(pop_index(3, None), Ok(2));
        assert_eq!(pop_index(3, Some(-3)), Ok(0));
        assert_eq!(pop_index(3, Some(3)), Err(Fault::PopIndex));
        assert_eq!(insert_index(3, -10), 0);
        assert_eq!(insert_index(3, 10), 3);
        assert_eq!(insert_index(3, -1), 2);
    }
}
