// The npm package's `refund-guide/check` (Node 18+): the widget's own configuration checker,
// the same wasm the browser runs, read from the package folder. The build bundles the
// wasm-bindgen glue into it (dist/npm/check.mjs). Nothing is mounted and no DOM is touched.
import { readFileSync } from 'node:fs';
import { initSync, check as wasmCheck } from '__RG_GLUE__';

initSync({ module: readFileSync(new URL('./__RG_WASM__', import.meta.url)) });

/**
 * What `RefundGuide.mount()` would report for `config`: a list of { code, key, message },
 * empty when every setting is fine (RefundGuide.check() in the browser, without the Promise).
 */
export function check(config) {
  let json;
  try {
    // As the loader does: a lone UTF-16 surrogate becomes U+FFFD rather than making the
    // whole configuration unreadable.
    json = JSON.stringify(config ?? {}, (k, v) => v?.toWellFormed?.() ?? v) ?? '{}';
  } catch (err) {
    return [{ code: 'invalid_value', key: 'config', message: `cannot be read (${err.message}); the defaults are used` }];
  }
  const found = [];
  wasmCheck(json, (name, detail) => found.push(JSON.parse(detail)));
  return found;
}

/** One line per problem, as `check-content --config` prints it. */
export const line = (issue) => `${issue.key}: ${issue.message} (${issue.code})`;
