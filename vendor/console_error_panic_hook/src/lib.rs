//! Logs a panic to `console.error`: the message, the file and the line. The browser's
//! console adds the JS stack of the call that failed.

use std::panic::PanicHookInfo;

#[cfg(target_arch = "wasm32")]
mod console {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = console)]
        pub fn error(prefix: &str, message: &str, file: &str, line: u32);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod console {
    pub fn error(prefix: &str, message: &str, file: &str, line: u32) {
        eprintln!("{prefix} {message} {file}:{line}");
    }
}

/// The panic hook: `std::panic::set_hook(Box::new(console_error_panic_hook::hook))`.
pub fn hook(info: &PanicHookInfo) {
    let (file, line) = info.location().map_or(("", 0), |l| (l.file(), l.line()));
    console::error(
        "panicked:",
        info.payload_as_str().unwrap_or("(no message)"),
        file,
        line,
    );
}

/// Sets [`hook`] as the panic hook, once.
#[inline]
pub fn set_once() {
    use std::sync::Once;
    static SET_HOOK: Once = Once::new();
    SET_HOOK.call_once(|| std::panic::set_hook(Box::new(hook)));
}
