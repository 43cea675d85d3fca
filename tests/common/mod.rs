//! The model's test helpers (`refund_guide_model::testing`), with the guide the widget
//! itself reads (the build's serialised copy).
#![allow(dead_code, unused_imports)]

pub use refund_guide_model::testing::{any_action, current, played, walk, Say};
use refund_guide_model::Guide;

pub fn guide() -> Guide {
    refund_guide::builtin::guide().expect("the shipped content is valid")
}
