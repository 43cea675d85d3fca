//! The shared test helpers (`refund_guide_model::testing`, feature `testing`).
#![allow(unused_imports)]

pub use refund_guide_model::testing::*;
