//! The guide's small stable sort agrees with the standard library's stable sort.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide::guide::small_sort::sort_by_key;

proptest! {
    // Stability matters: reminders on the same day keep the order they were made in.
    #[test]
    fn sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..8, any::<u16>()), 0..60)) {
        let mut ours = items.clone();
        sort_by_key(&mut ours, |(k, _)| *k);
        let mut std = items;
        std.sort_by_key(|(k, _)| *k);
        prop_assert_eq!(ours, std);
    }
}
