//! Refund Guide: an embeddable, offline wizard for digital-wallet money that has not come back.
//!
//! `guide` is the pure model (native-tested); `i18n` holds the UI strings; `ui` renders the
//! model with Yew; `mount` is the browser entry point the loader (`js/refund-guide.js`) calls.

pub mod config;
pub mod guide;
pub mod i18n;
pub mod store;
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod mount;

// talc, a maintained allocator for wasm, instead of the default dlmalloc: measured smaller
// and no slower in the benchmark.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
