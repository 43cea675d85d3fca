// The build's name shortener (scripts/short-names.mjs): the wasm and its glue must still fit
// together after renaming (the widget does not start otherwise), only generated names change,
// and a glue that does not mention a name fails the build instead of shipping a broken pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshNames, renameGlue, renameWasm } from '../../scripts/short-names.mjs';

const utf8 = (s) => [...new TextEncoder().encode(s)];
const name = (s) => [utf8(s).length, ...utf8(s)];
const section = (id, body) => [id, body.length, ...body];

// (import "./x_bg.js" "__wbg_add_…" (func (param i32 i32) (result i32)))
// (import "./x_bg.js" "__wbindgen_offset_…" (global i32))
// (memory (export "memory") 1)
// (func (export "__wbindgen_call_…") (param i32 i32) (result i32)
//   (i32.add (call $add (local.get 0) (local.get 1)) (global.get $offset)))
const ADD = '__wbg_add_0123456789abcdef';
const OFFSET = '__wbindgen_offset_fedcba9876543210';
const CALL = 'wasm_bindgen__convert__closures_____invoke__h0011223344556677';
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]),
  ...section(2, [2, ...name('./x_bg.js'), ...name(ADD), 0x00, 0, ...name('./x_bg.js'), ...name(OFFSET), 0x03, 0x7f, 0]),
  ...section(3, [1, 0]),
  ...section(5, [1, 0, 1]),
  ...section(7, [2, ...name(CALL), 0x00, 1, ...name('memory'), 0x02, 0]),
  ...section(10, [1, 11, 0, 0x20, 0, 0x20, 1, 0x10, 0, 0x23, 0, 0x6a, 0x0b]),
]);
const GLUE = `
const imports = { './x_bg.js': { ${ADD}: (a, b) => a + b, ${OFFSET}: new WebAssembly.Global({ value: 'i32' }, 100) } };
export async function run(bytes) {
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  return [instance.exports.${CALL}(2, 3), instance.exports.memory instanceof WebAssembly.Memory];
}`;

const load = (source) => import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

test('a renamed wasm and its renamed glue still work together', async () => {
  assert.deepEqual(await (await load(GLUE)).run(MODULE), [105, true], 'the fixture itself works');
  const { wasm, renames } = renameWasm(MODULE, freshNames(GLUE));
  const glue = renameGlue(GLUE, renames);
  assert.deepEqual(await (await load(glue)).run(wasm), [105, true]);
  const module = new WebAssembly.Module(wasm);
  const imports = WebAssembly.Module.imports(module);
  assert.deepEqual(imports.map((i) => i.module), ['$0', '$0'], 'the import module is renamed too');
  const names = [...imports, ...WebAssembly.Module.exports(module)].map((i) => i.name);
  assert.deepEqual(names, ['$1', '$2', '$3', 'memory'], 'generated names are short; memory keeps its name');
  for (const old of [ADD, OFFSET, CALL, './x_bg.js']) assert.ok(!glue.includes(old), `${old} is gone from the glue`);
  assert.ok(wasm.length < MODULE.length - 60);
});

test('new names skip any the glue already uses', () => {
  const fresh = freshNames('const $0 = 1, $2 = $0;');
  assert.deepEqual([fresh(), fresh(), fresh()], ['$1', '$3', '$4']);
});

test('a name the glue does not mention fails the build', () => {
  const { renames } = renameWasm(MODULE, freshNames(''));
  assert.throws(() => renameGlue(GLUE.replace(OFFSET, 'somethingElse'), renames), /__wbindgen_offset_.* is not in the glue/);
});

test('a name inside a longer identifier is not touched', () => {
  const renames = new Map([['__wbg_a', '$0']]);
  assert.equal(renameGlue('x.__wbg_a(); x.__wbg_ab(); y$__wbg_a; "__wbg_a"', renames), 'x.$0(); x.__wbg_ab(); y$__wbg_a; "$0"');
});

test('what is not a wasm binary, or is cut short, is refused', () => {
  assert.throws(() => renameWasm(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), freshNames('')), /not a wasm binary/);
  assert.throws(() => renameWasm(MODULE.subarray(0, 40), freshNames('')), /truncated|left over|wasm/);
});
