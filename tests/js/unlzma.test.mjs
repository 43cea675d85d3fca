// The loader's LZMA decoder (js/unlzma.js) against the encoder the build uses (npm `lzma`,
// LZMA-JS): what the build packs, the browser must unpack byte for byte, or the widget does
// not start. Bad input must throw, never return wrong bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import LZMA from 'lzma';
import { unlzma } from '../../js/unlzma.js';

const pack = (bytes, mode = 9) => new Uint8Array(Buffer.from(LZMA.compress(Buffer.from(bytes), mode)));

// A seeded generator, so a failure can be replayed.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Data with the structure that exercises every path: literals, short and long matches, far
// and near distances, and the repeated-distance cases (runs, and text copied with edits).
function sample(seed, size) {
  const rnd = random(seed);
  const out = [];
  const words = ['退款', '钱包', 'refund', 'wallet', '\u0000\u0001\u0002', 'data-step', '2026-11-25'];
  while (out.length < size) {
    const r = rnd();
    if (r < 0.3) for (const b of Buffer.from(words[Math.floor(rnd() * words.length)])) out.push(b);
    else if (r < 0.5) out.push(Math.floor(rnd() * 256));
    else if (r < 0.6) { const b = Math.floor(rnd() * 256); for (let i = 0; i < 3 + rnd() * 300; i++) out.push(b); }
    else if (out.length > 10) {
      const from = Math.floor(rnd() * out.length);
      const len = 2 + Math.floor(rnd() * 120);
      for (let i = 0; i < len; i++) out.push(i % 17 === 16 ? Math.floor(rnd() * 256) : out[from + (i % (out.length - from))]);
    }
  }
  return new Uint8Array(out.slice(0, size));
}

test('round trip: empty, one byte, and structured data of many sizes', () => {
  const cases = [new Uint8Array(0), new Uint8Array([42])];
  for (const [seed, size] of [[1, 10], [2, 1000], [3, 70000], [4, 300000]]) cases.push(sample(seed, size));
  for (const bytes of cases) assert.deepEqual(unlzma(pack(bytes)), bytes, `${bytes.length} bytes`);
});

test('round trip: incompressible bytes and every compression mode', () => {
  const rnd = random(7);
  const noise = Uint8Array.from({ length: 50000 }, () => Math.floor(rnd() * 256));
  assert.deepEqual(unlzma(pack(noise)), noise);
  const text = sample(8, 20000);
  for (let mode = 1; mode <= 9; mode++) assert.deepEqual(unlzma(pack(text, mode)), text, `mode ${mode}`);
});

test('round trip: the wasm of the current build, when there is one', (t) => {
  let dir;
  try { dir = readdirSync('dist'); } catch { t.skip('no dist/'); return; }
  const packed = dir.find((f) => f.endsWith('_bg.wasm.lzma'));
  if (!packed) { t.skip('no packed wasm in dist/'); return; }
  const wasm = unlzma(new Uint8Array(readFileSync(`dist/${packed}`)));
  assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'starts with the wasm magic');
  assert.ok(WebAssembly.validate(wasm), 'a valid module');
});

test('damaged input throws instead of returning wrong bytes', () => {
  const bytes = sample(9, 5000);
  const good = pack(bytes);
  assert.throws(() => unlzma(good.subarray(0, 10)), /truncated header/);
  assert.throws(() => unlzma(good.subarray(0, good.length - 40)), /lzma:/);
  const badProps = good.slice(); badProps[0] = 225;
  assert.throws(() => unlzma(badProps), /bad properties/);
  const unknownSize = good.slice(); unknownSize.fill(0xff, 5, 13);
  assert.throws(() => unlzma(unknownSize), /unpacked size/);
  // Flipped bits: LZMA has no checksum, so some damage decodes to other bytes (the wasm is
  // then refused by WebAssembly.instantiate); the decoder must still end, and any error it
  // raises is its own, never an out-of-range crash.
  for (let i = 0; i < 50; i++) {
    const damaged = good.slice();
    damaged[14 + ((i * 97) % (good.length - 14))] ^= 1 << (i % 8);
    try { unlzma(damaged); } catch (err) { assert.match(err.message, /^lzma: /); }
  }
});
