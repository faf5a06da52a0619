//! The host function `ml.list_op`: list methods on a list in the module's memory, with the
//! semantics of the runtime's `list_fn` (the same functions the native path calls). Kind 3 is a
//! list of strings or of `bytes`: both compare by their bytes.

use wasmtime::{Caller, Linker};

use crate::call::{kind_size, list_header, read_block};
use crate::engine::{HostState, exported_memory, host_raise, module_alloc};
use crate::fault::Fault;
use crate::host_tuple;
use crate::list_fn::{self, ListOp, PyOrd};

pub(crate) fn define(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    linker.func_wrap(
        "ml",
        "list_op",
        |mut c: Caller<'_, HostState>,
         op: i32,
         kind: i32,
         list: i32,
         a: i64,
         b: i64,
         site: i32|
         -> wasmtime::Result<i64> {
            let op = ListOp::from_code(op)
                .ok_or_else(|| wasmtime::Error::msg(format!("bad list operation {op}")))?;
            let mut l = List::read(&mut c, list, kind)?;
            l.layout = b;
            match l.run(&mut c, op, a, b) {
                Ok(v) => Ok(v),
                Err(Failure::Raise(f)) => {
                    host_raise(c, f.code() as i32, site)?;
                    Ok(0)
                }
                Err(Failure::Trap(e)) => Err(e),
            }
        },
    )?;
    Ok(())
}

enum Failure {
    Raise(Fault),
    Trap(wasmtime::Error),
}

impl From<wasmtime::Error> for Failure {
    fn from(e: wasmtime::Error) -> Failure {
        Failure::Trap(e)
    }
}

/// A list header in linear memory and its element kind.
struct List {
    at: usize,
    kind: i32,
    /// How tuple elements are laid out (see [`host_tuple`]); only read for tuple lists.
    layout: i64,
    size: usize,
    len: usize,
    cap: usize,
    data: usize,
}

/// A string or `bytes` element compared by its bytes (for UTF-8 text, byte order is code point
/// order), sorted with its pointer.
#[derive(Clone)]
struct Block(Vec<u8>, i32);

impl PyOrd for Block {
    fn py_lt(&self, other: &Self) -> bool {
        self.0 < other.0
    }
}

impl List {
    fn read(c: &mut Caller<'_, HostState>, list: i32, kind: i32) -> wasmtime::Result<List> {
        let memory = exported_memory(c)?;
        let bytes = memory.data(&*c);
        let size = kind_size(kind);
        let h = list_header(bytes, list, size).map_err(wasmtime::Error::msg)?;
        if h.len > h.cap {
            return Err(wasmtime::Error::msg(
                "list_op: list longer than its capacity",
            ));
        }
        Ok(List {
            at: list as u32 as usize,
            kind,
            layout: 0,
            size,
            len: h.len,
            cap: h.cap,
            data: h.data,
        })
    }

    fn memory<'c>(c: &'c mut Caller<'_, HostState>) -> wasmtime::Result<&'c mut [u8]> {
        let memory = exported_memory(c)?;
        Ok(memory.data_mut(c))
    }

    /// The element at `i` as i64 bits.
    fn get(&self, bytes: &[u8], i: usize) -> i64 {
        let at = self.data + i * self.size;
        let b = &bytes[at..at + self.size];
        match self.size {
            8 => i64::from_le_bytes(b.try_into().unwrap_or([0; 8])),
            4 => i64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            _ => i64::from(b[0]),
        }
    }

    fn put(&self, bytes: &mut [u8], i: usize, bits: i64) {
        let at = self.data + i * self.size;
        let to = &mut bytes[at..at + self.size];
        match self.size {
            8 => to.copy_from_slice(&bits.to_le_bytes()),
            4 => to.copy_from_slice(&(bits as u32).to_le_bytes()),
            _ => to[0] = bits as u8,
        }
    }

    fn set_len(&mut self, bytes: &mut [u8], len: usize) {
        self.len = len;
        bytes[self.at..self.at + 4].copy_from_slice(&(len as u32).to_le_bytes());
    }

    /// Makes room for `n` elements (moving the data when it grows, as `append` does).
    fn reserve(&mut self, c: &mut Caller<'_, HostState>, n: usize) -> Result<(), Failure> {
        if n <= self.cap {
            return Ok(());
        }
        let cap = n.max(self.cap * 2).max(4);
        let Some(data) = module_alloc(c, cap * self.size)? else {
            return Err(Failure::Raise(Fault::OutOfMemory));
        };
        let bytes = Self::memory(c)?;
        bytes.copy_within(self.data..self.data + self.len * self.size, data);
        bytes[self.at + 4..self.at + 8].copy_from_slice(&(cap as u32).to_le_bytes());
        bytes[self.at + 8..self.at + 12].copy_from_slice(&(data as u32).to_le_bytes());
        self.cap = cap;
        self.data = data;
        Ok(())
    }

    /// Removes the element at `j`, returning its bits.
    fn take(&mut self, bytes: &mut [u8], j: usize) -> i64 {
        let v = self.get(bytes, j);
        let (from, end) = (
            self.data + (j + 1) * self.size,
            self.data + self.len * self.size,
        );
        bytes.copy_within(from..end, from - self.size);
        self.set_len(bytes, self.len - 1);
        v
    }

    /// The position of the first element equal to `value`, as `list_fn` compares.
    fn position(
        &self,
        c: &mut Caller<'_, HostState>,
        value: i64,
    ) -> wasmtime::Result<(Option<usize>, i64)> {
        let memory = exported_memory(c)?;
        let bytes = memory.data(&*c);
        let items = (0..self.len).map(|i| self.get(bytes, i));
        let (first, count) = match self.kind {
            1 => {
                let xs: Vec<f64> = items.map(|b| f64::from_bits(b as u64)).collect();
                let v = f64::from_bits(value as u64);
                (list_fn::position(&xs, &v), list_fn::count(&xs, &v))
            }
            host_tuple::TUPLE_KIND => {
                let xs = items
                    .map(|p| host_tuple::read(bytes, p as i32, self.layout))
                    .collect::<Result<Vec<_>, String>>()
                    .map_err(wasmtime::Error::msg)?;
                let v = host_tuple::read(bytes, value as i32, self.layout)
                    .map_err(wasmtime::Error::msg)?;
                (list_fn::position(&xs, &v), list_fn::count(&xs, &v))
            }
            3 => {
                let xs = items
                    .map(|p| read_block(bytes, p as i32))
                    .collect::<Result<Vec<&[u8]>, String>>()
                    .map_err(wasmtime::Error::msg)?;
                let v = read_block(bytes, value as i32).map_err(wasmtime::Error::msg)?;
                (list_fn::position(&xs, &v), list_fn::count(&xs, &v))
            }
            _ => {
                let xs: Vec<i64> = items.collect();
                (
                    xs.iter().position(|x| *x == value),
                    list_fn::count(&xs, &value),
                )
            }
        };
        Ok((first, count))
    }

    fn sort(&self, c: &mut Caller<'_, HostState>) -> wasmtime::Result<()> {
        let bytes = Self::memory(c)?;
        let items: Vec<i64> = (0..self.len).map(|i| self.get(bytes, i)).collect();
        let sorted: Vec<i64> = match self.kind {
            1 => {
                let mut xs: Vec<f64> = items.iter().map(|&b| f64::from_bits(b as u64)).collect();
                list_fn::sort(&mut xs);
                xs.iter().map(|x| x.to_bits() as i64).collect()
            }
            2 => {
                let mut xs: Vec<bool> = items.iter().map(|&b| b != 0).collect();
                list_fn::sort(&mut xs);
                xs.iter().map(|&x| i64::from(x)).collect()
            }
            3 => {
                let mut xs = items
                    .iter()
                    .map(|&p| read_block(bytes, p as i32).map(|b| Block(b.to_vec(), p as i32)))
                    .collect::<Result<Vec<Block>, String>>()
                    .map_err(wasmtime::Error::msg)?;
                list_fn::sort(&mut xs);
                xs.iter().map(|t| i64::from(t.1 as u32)).collect()
            }
            host_tuple::TUPLE_KIND => {
                let mut xs = items
                    .iter()
                    .map(|&p| host_tuple::read(bytes, p as i32, self.layout))
                    .collect::<Result<Vec<_>, String>>()
                    .map_err(wasmtime::Error::msg)?;
                list_fn::sort(&mut xs);
                xs.iter().map(|t| i64::from(t.ptr as u32)).collect()
            }
            _ => {
                let mut xs = items;
                list_fn::sort(&mut xs);
                xs
            }
        };
        for (i, v) in sorted.into_iter().enumerate() {
            self.put(bytes, i, v);
        }
        Ok(())
    }

    fn run(
        &mut self,
        c: &mut Caller<'_, HostState>,
        op: ListOp,
        a: i64,
        b: i64,
    ) -> Result<i64, Failure> {
        match op {
            ListOp::Pop => {
                let j =
                    list_fn::pop_index(self.len, (b != 0).then_some(a)).map_err(Failure::Raise)?;
                let bytes = Self::memory(c)?;
                Ok(self.take(bytes, j))
            }
            ListOp::Insert => {
                let j = list_fn::insert_index(self.len, a);
                self.reserve(c, self.len + 1)?;
                let bytes = Self::memory(c)?;
                let (from, end) = (self.data + j * self.size, self.data + self.len * self.size);
                bytes.copy_within(from..end, from + self.size);
                self.put(bytes, j, b);
                self.set_len(bytes, self.len + 1);
                Ok(0)
            }
            ListOp::Extend => {
                let other = List::read(c, a as i32, self.kind)?;
                let bytes = Self::memory(c)?;
                let items: Vec<u8> = bytes[other.data..other.data + other.len * self.size].to_vec();
                self.reserve(c, self.len + other.len)?;
                let bytes = Self::memory(c)?;
                let at = self.data + self.len * self.size;
                bytes[at..at + items.len()].copy_from_slice(&items);
                self.set_len(bytes, self.len + other.len);
                Ok(0)
            }
            ListOp::Index | ListOp::Count | ListOp::Contains | ListOp::Remove => {
                let (first, count) = self.position(c, a)?;
                match (op, first) {
                    (ListOp::Count, _) => Ok(count),
                    (ListOp::Contains, f) => Ok(i64::from(f.is_some())),
                    (ListOp::Index, Some(i)) => Ok(i as i64),
                    (ListOp::Index, None) => Err(Failure::Raise(Fault::IndexNotFound)),
                    (_, Some(i)) => {
                        let bytes = Self::memory(c)?;
                        self.take(bytes, i);
                        Ok(0)
                    }
                    (_, None) => Err(Failure::Raise(Fault::RemoveNotFound)),
                }
            }
            ListOp::Reverse => {
                let bytes = Self::memory(c)?;
                for i in 0..self.len / 2 {
                    let (x, y) = (self.get(bytes, i), self.get(bytes, self.len - 1 - i));
                    self.put(bytes, i, y);
                    self.put(bytes, self.len - 1 - i, x);
                }
                Ok(0)
            }
            ListOp::Sort => {
                self.sort(c)?;
                Ok(0)
            }
            ListOp::Clear => {
                let bytes = Self::memory(c)?;
                self.set_len(bytes, 0);
                Ok(0)
            }
            ListOp::Swap => {
                let (i, j) = list_fn::swap_indices(self.len, a, b).map_err(Failure::Raise)?;
                let bytes = Self::memory(c)?;
                let (x, y) = (self.get(bytes, i), self.get(bytes, j));
                self.put(bytes, i, y);
                self.put(bytes, j, x);
                Ok(0)
            }
        }
    }
}
