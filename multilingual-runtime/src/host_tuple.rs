//! Tuples that are list elements in the module's memory, read for `ml.list_op` to compare (`in`,
//! `index`, `count`, `remove`, `sort`). A tuple is a block of 8-byte fields; which field holds
//! what is the list's *layout*: 3 bits per field from the lowest, 1 int, 2 float, 3 bool, 4 str
//! or bytes (compared by their bytes: for UTF-8 text, byte order is code point order), 0 after
//! the last field (`multilingual_build` writes it, see its `wasm::list_methods`).

use crate::call::read_block;
use crate::list_fn::PyOrd;

/// The list element kind of tuples (its layout travels beside it).
pub(crate) const TUPLE_KIND: i32 = 5;

/// Bytes one field takes.
const FIELD: usize = 8;

/// One item of a tuple read from memory.
#[derive(Clone, Debug, PartialEq)]
enum Item {
    Int(i64),
    Float(f64),
    Bool(bool),
    Block(Vec<u8>),
}

impl PyOrd for Item {
    fn py_lt(&self, other: &Self) -> bool {
        match (self, other) {
            (Item::Int(a), Item::Int(b)) => a < b,
            (Item::Float(a), Item::Float(b)) => a < b,
            (Item::Bool(a), Item::Bool(b)) => a.py_lt(b),
            (Item::Block(a), Item::Block(b)) => a < b,
            // One list holds tuples of one type: items at one position have one type.
            _ => false,
        }
    }
}

/// A tuple read from memory, with the pointer it was read from (what sorting moves).
#[derive(Clone, Debug)]
pub(crate) struct Tuple {
    items: Vec<Item>,
    pub(crate) ptr: i32,
}

impl PartialEq for Tuple {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl PyOrd for Tuple {
    fn py_lt(&self, other: &Self) -> bool {
        for (a, b) in self.items.iter().zip(&other.items) {
            if a != b {
                return a.py_lt(b);
            }
        }
        false
    }
}

/// Reads the tuple at `ptr` whose fields `layout` describes.
pub(crate) fn read(memory: &[u8], ptr: i32, layout: i64) -> Result<Tuple, String> {
    let base = ptr as u32 as usize;
    let mut items = Vec::new();
    let mut codes = layout;
    let mut at = base;
    while codes & 7 != 0 {
        let field = memory
            .get(at..at + FIELD)
            .ok_or_else(|| format!("tuple field at {at} outside the memory"))?;
        let bits = i64::from_le_bytes(field.try_into().map_err(|_| "short tuple field")?);
        items.push(match codes & 7 {
            1 => Item::Int(bits),
            2 => Item::Float(f64::from_bits(bits as u64)),
            3 => Item::Bool(field[0] != 0),
            4 => Item::Block(read_block(memory, bits as u32 as i32)?.to_vec()),
            other => return Err(format!("unknown tuple field code {other}")),
        });
        codes >>= 3;
        at += FIELD;
    }
    Ok(Tuple { items, ptr })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(fields: &[i64]) -> Vec<u8> {
        fields.iter().flat_map(|f| f.to_le_bytes()).collect()
    }

    #[test]
    fn tuples_compare_item_by_item() {
        // (int, float) tuples: (1, 2.5), (1, NaN), (0, 9.0).
        let layout = 1 | (2 << 3);
        let mem = block(&[
            1,
            2.5f64.to_bits() as i64,
            1,
            f64::NAN.to_bits() as i64,
            0,
            9.0f64.to_bits() as i64,
        ]);
        let a = read(&mem, 0, layout).expect("in memory");
        let nan = read(&mem, 16, layout).expect("in memory");
        let b = read(&mem, 32, layout).expect("in memory");
        assert!(b.py_lt(&a) && !a.py_lt(&b));
        assert!(!a.py_lt(&a) && a == a.clone());
        // NaN is never equal, and never less or greater.
        assert!(nan != nan.clone() && !nan.py_lt(&a) && !a.py_lt(&nan));
        assert!(read(&mem, 40, layout).is_err());
    }
}
