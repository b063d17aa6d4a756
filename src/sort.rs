//! One stable sort for the lists a citizen sees ordered (cases, benefits, payments, claims,
//! documents, progress); the staff-only findings list, in the preview build alone, uses the
//! standard library's.
//!
//! The standard library's sort is generic: each element type gets its own copy, about 3 KB
//! of WebAssembly each, and even one copy is about 4 KB. Sorting positions through one
//! function that is not generic, a plain merge sort, keeps a few hundred bytes in the
//! citizen's download.

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

/// The positions `0..len` in the order `compare` gives them, equal ones as they came: runs
/// of `width` merged pairwise, twice as wide each round.
#[inline(never)]
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // The left run's item first unless the right one is smaller: stable.
                let from_right =
                    left == middle || (right < end && compare(order[right], order[left]) == Ordering::Less);
                *slot = if from_right { order[right] } else { order[left] };
                if from_right {
                    right += 1;
                } else {
                    left += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
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
        for len in 0..70 {
            let mut ours: Vec<(u8, usize)> = items_of(len);
            sort_by_key(&mut ours, |x| x.0);
            let mut theirs = items_of(len);
            theirs.sort_by_key(|x| x.0);
            assert_eq!(ours, theirs, "{len} items");
        }
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }

    /// `len` items with few distinct keys, numbered as they came.
    fn items_of(len: usize) -> Vec<(u8, usize)> {
        (0..len).map(|i| ((i * 7 % 5) as u8, i)).collect()
    }
}
