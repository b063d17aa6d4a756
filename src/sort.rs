//! One stable sort for the lists a citizen sees ordered (cases, benefits, payments, claims,
//! documents, progress); the staff-only findings list, in the preview build alone, uses the
//! standard library's.
//!
//! The standard library's sort is generic: each element type gets its own copy, about 3 KB
//! of WebAssembly each. Sorting positions through one function that is not generic keeps a
//! single copy in the citizen's download.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they came.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_in_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by a key, keeping equal items in the order they came.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one instance of the standard library's stable sort in the bundle.
#[inline(never)]
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_does_and_keeps_equal_items_in_order() {
        let mut state = 7u32;
        let items: Vec<(u8, usize)> = (0..500)
            .map(|i| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((state >> 16) as u8 % 10, i)
            })
            .collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |x| x.0);
        let mut theirs = items.clone();
        theirs.sort_by_key(|x| x.0);
        assert_eq!(ours, theirs);
        let mut reversed = items;
        sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
        assert!(reversed.windows(2).all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }
}
