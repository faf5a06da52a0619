//! Tuples across the boundary of the wasm path. In linear memory a tuple is a block of 8-byte
//! fields, one per item: `i64`/`f64` in place, `bool` in the first byte, strings, `bytes` and
//! inner tuples as 4-byte pointers. Generated wrappers use [`Call::put_tuple`] and
//! [`Call::get_tuple`].

use crate::call::{Call, Marshal, pointers, put_pointers};
use crate::error::Error;

/// Bytes one field takes.
const FIELD: usize = 8;

/// A value that can be a field of a tuple in linear memory.
pub trait Field: Sized {
    /// Writes the value into the field at `at`.
    fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error>;
    /// Reads the field at `at`.
    fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error>;
}

fn bytes<const N: usize>(cx: &Call<'_>, at: usize) -> Result<[u8; N], Error> {
    let b = cx.memory_at(at, N)?;
    let mut out = [0; N];
    out.copy_from_slice(b);
    Ok(out)
}

impl Field for i64 {
    fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
        cx.memory_mut(at, 8)?.copy_from_slice(&self.to_le_bytes());
        Ok(())
    }
    fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
        Ok(i64::from_le_bytes(bytes(cx, at)?))
    }
}

impl Field for f64 {
    fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
        cx.memory_mut(at, 8)?.copy_from_slice(&self.to_le_bytes());
        Ok(())
    }
    fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
        Ok(f64::from_le_bytes(bytes(cx, at)?))
    }
}

impl Field for bool {
    fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
        cx.memory_mut(at, 1)?[0] = u8::from(*self);
        Ok(())
    }
    fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
        Ok(bytes::<1>(cx, at)?[0] != 0)
    }
}

/// Writes a pointer field.
fn put_pointer(cx: &mut Call<'_>, at: usize, ptr: i32) -> Result<(), Error> {
    cx.memory_mut(at, 4)?.copy_from_slice(&ptr.to_le_bytes());
    Ok(())
}

impl Field for String {
    fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
        let ptr = cx.put_str(self)?;
        put_pointer(cx, at, ptr)
    }
    fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
        cx.get_str(i32::from_le_bytes(bytes(cx, at)?))
    }
}

/// A `bytes` item (`Vec<u8>` across the boundary).
impl Field for Vec<u8> {
    fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
        let ptr = cx.put_bytes(self)?;
        put_pointer(cx, at, ptr)
    }
    fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
        cx.get_bytes(i32::from_le_bytes(bytes(cx, at)?))
    }
}

/// A Rust tuple that crosses as a tuple block.
pub trait Record: Sized {
    /// Number of fields.
    const LEN: usize;
    /// Writes the fields into the block at `at`.
    fn put_fields(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error>;
    /// Reads the fields of the block at `at`.
    fn get_fields(cx: &Call<'_>, at: usize) -> Result<Self, Error>;
}

macro_rules! record {
    ($len:expr; $($t:ident $k:tt),+) => {
        impl<$($t: Field),+> Record for ($($t,)+) {
            const LEN: usize = $len;
            fn put_fields(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
                $(self.$k.put(cx, at + $k * FIELD)?;)+
                Ok(())
            }
            fn get_fields(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
                Ok(($($t::get(cx, at + $k * FIELD)?,)+))
            }
        }

        /// A tuple in a list is a pointer to its own block.
        impl<$($t: Field),+> Marshal for ($($t,)+) {
            const SIZE: usize = 4;
            fn put_all(values: &[Self], cx: &mut Call<'_>, data: usize) -> Result<(), Error> {
                put_pointers(values, cx, data, |cx, v| cx.put_tuple(v))
            }
            fn get_all(bytes: &[u8], cx: &Call<'_>) -> Result<Vec<Self>, Error> {
                pointers(bytes).map(|p| cx.get_tuple(p)).collect()
            }
        }

        /// An inner tuple is a pointer to its own block.
        impl<$($t: Field),+> Field for ($($t,)+) {
            fn put(&self, cx: &mut Call<'_>, at: usize) -> Result<(), Error> {
                let ptr = cx.put_tuple(self)?;
                put_pointer(cx, at, ptr)
            }
            fn get(cx: &Call<'_>, at: usize) -> Result<Self, Error> {
                cx.get_tuple(i32::from_le_bytes(bytes(cx, at)?))
            }
        }
    };
}

record!(1; A 0);
record!(2; A 0, B 1);
record!(3; A 0, B 1, C 2);
record!(4; A 0, B 1, C 2, D 3);
record!(5; A 0, B 1, C 2, D 3, E 4);
record!(6; A 0, B 1, C 2, D 3, E 4, F 5);
record!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
record!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
record!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
record!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
record!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
record!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

impl Call<'_> {
    /// Copies `value` into a new tuple block in the module's memory; returns its pointer.
    ///
    /// Errors: `MemoryError` (location 0:0) when the module's `ml_alloc` is out of memory.
    pub fn put_tuple<T: Record>(&mut self, value: &T) -> Result<i32, Error> {
        let at = self.alloc(T::LEN * FIELD)?;
        value.put_fields(self, at)?;
        Ok(at as i32)
    }

    /// Reads the tuple block at `ptr` (a kernel's tuple result).
    ///
    /// Errors: [`Error::Trap`] when the block is not inside the memory.
    pub fn get_tuple<T: Record>(&self, ptr: i32) -> Result<T, Error> {
        T::get_fields(self, ptr as u32 as usize)
    }
}
