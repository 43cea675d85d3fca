//! A stable insertion sort for the few short lists the guide sorts (public holidays, the
//! reminders, the public contacts): tens of items, not thousands. The standard library's
//! stable sort (driftsort) costs about 1.5 KB of the wasm size budget, this a few dozen bytes.

/// Sorts `items` by `key`, keeping equal items in their order. Quadratic: for short lists.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
