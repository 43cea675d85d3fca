//! Refund Guide: an embeddable, offline wizard for digital-wallet money that has not come back.
//!
//! This crate is the widget: it renders the pure model (`refund_guide_model`, the `model/`
//! crate, which knows nothing of the browser) with Yew inside a shadow root. `builtin` is what
//! the build prepared (the checked content, the templates, the public contacts), `storage`
//! the localStorage adapter, `i18n` the widget's own UI strings, `ui` the components, and
//! `mount` the browser entry point the loader (`js/refund-guide.js`) calls.

pub mod builtin;
pub mod i18n;
pub mod storage;
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod mount;

// talc, a maintained allocator for wasm, instead of the default dlmalloc: measured smaller
// and no slower in the benchmark.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
