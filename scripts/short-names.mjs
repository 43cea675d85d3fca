// Shortens the names the wasm and its wasm-bindgen glue share. wasm-bindgen names every
// import after the JS function plus a 16-hex-digit hash (`__wbg_appendChild_dbf7ad2f48413560`),
// and its closure exports after their Rust path plus a hash. The names are written twice (in
// the wasm's import and export sections and in the glue), and the hashes do not compress:
// about 130 of them cost more than 3 KB of the size budget. Only generated names are renamed
// (`__wbg_…`, `__wbindgen_…`, `__externref_…`, `wasm_bindgen__…`, and the import module
// `./…_bg.js`); `memory`, `mount` and the handle's methods keep theirs. Renaming is consistent by construction: each new name
// replaces every whole-token occurrence of the old one in the glue, and the build fails if
// an old name is missing from the glue or a new one was already there.

// Import module names are the glue's own file (`./<crate>_bg.js`), written once per import.
const GENERATED = /^(__wbg_|__wbindgen_|__externref_|wasm_bindgen__)|^\.\/[\w-]+_bg\.js$/;

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at.pos++];
    if (b === undefined) throw new Error('wasm: truncated LEB128');
    value += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return value;
    shift += 7;
  }
}

function writeU32(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}

function readName(bytes, at) {
  const len = readU32(bytes, at);
  const name = new TextDecoder().decode(bytes.subarray(at.pos, at.pos + len));
  at.pos += len;
  return name;
}

const encodeName = (name) => {
  const utf8 = new TextEncoder().encode(name);
  return [...writeU32(utf8.length), ...utf8];
};

function skipLimits(bytes, at) {
  const flags = bytes[at.pos++];
  readU32(bytes, at);
  if (flags & 1) readU32(bytes, at);
}

/** The byte length of an import's descriptor (after its names), starting at `at`. */
function skipImportDesc(bytes, at) {
  const kind = bytes[at.pos++];
  if (kind === 0x00) readU32(bytes, at); // function: type index
  else if (kind === 0x01) { at.pos++; skipLimits(bytes, at); } // table: reftype, limits
  else if (kind === 0x02) skipLimits(bytes, at); // memory
  else if (kind === 0x03) at.pos += 2; // global: value type, mutability
  else if (kind === 0x04) { at.pos++; readU32(bytes, at); } // tag: attribute, type index
  else throw new Error(`wasm: unknown import kind ${kind}`);
}

/**
 * Renames generated import and export names in a wasm binary. Returns the new binary and the
 * map old name → new name. `fresh()` gives each new name.
 */
export function renameWasm(bytes, fresh) {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('wasm: not a wasm binary');
  }
  const renames = new Map();
  const rename = (name) => {
    if (!GENERATED.test(name)) return name;
    if (!renames.has(name)) renames.set(name, fresh());
    return renames.get(name);
  };
  const out = [...bytes.subarray(0, 8)];
  const at = { pos: 8 };
  while (at.pos < bytes.length) {
    const id = bytes[at.pos++];
    const size = readU32(bytes, at);
    const start = at.pos;
    const end = start + size;
    if (end > bytes.length) throw new Error(`wasm: section ${id} is cut short`);
    let body;
    if (id === 2 || id === 7) {
      const count = readU32(bytes, at);
      body = writeU32(count);
      for (let i = 0; i < count; i++) {
        if (id === 2) body.push(...encodeName(rename(readName(bytes, at))));
        const name = readName(bytes, at);
        const from = at.pos;
        if (id === 2) skipImportDesc(bytes, at);
        else { at.pos++; readU32(bytes, at); } // export: kind, index
        body.push(...encodeName(rename(name)), ...bytes.subarray(from, at.pos));
      }
      if (at.pos !== end) throw new Error(`wasm: section ${id} has ${end - at.pos} bytes left over`);
    } else {
      body = bytes.subarray(start, end);
    }
    out.push(id, ...writeU32(body.length));
    for (const b of body) out.push(b);
    at.pos = end;
  }
  return { wasm: new Uint8Array(out), renames };
}

/** Replaces every whole-token occurrence of each old name in the glue. */
export function renameGlue(glue, renames) {
  for (const [from, to] of renames) {
    if (!new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`).test(glue)) {
      throw new Error(`glue: ${from} is not in the glue`);
    }
  }
  if (renames.size === 0) return glue;
  const any = new RegExp(`(?<![\\w$])(${[...renames.keys()].map(escape).join('|')})(?![\\w$])`, 'g');
  return glue.replace(any, (name) => renames.get(name));
}

const escape = (s) => s.replace(/[$.*+?^(){}[\]|\\/-]/g, '\\$&');

/** Short names (`$0`, `$1`, … `$z`, `$10`, …) that do not occur in `glue`. */
export function freshNames(glue) {
  let n = 0;
  return () => {
    for (;;) {
      const name = `$${(n++).toString(36)}`;
      if (!new RegExp(`(?<![\\w$])\\${name}(?![\\w$])`).test(glue)) return name;
    }
  };
}
