// LZMA decoder for the release wasm ("LZMA alone" files, as `scripts/post-build.mjs` writes
// them). Why: the size budget (DESIGN §5) counts what a host transfers, and LZMA packs the
// wasm about 18% smaller than gzip -9; this decoder costs about 1 KB of that back. The
// browser has no LZMA of its own (DecompressionStream only knows gzip and deflate).
//
// It follows Igor Pavlov's reference decoder (LzmaSpec.cpp, public domain): a range decoder
// over adaptive bit probabilities, literals coded against the previous byte (and the byte at
// the last match distance after a match), and matches as length + distance with four
// repeated distances. The whole output is the dictionary, since the header gives its size.
// Malformed input throws; it never reads or writes outside its buffers silently.

export function unlzma(src) {
  const fail = (what) => { throw new Error(`lzma: ${what}`); };
  if (src.length < 18) fail('truncated header');
  const props = src[0];
  if (props >= 225) fail('bad properties');
  const lc = props % 9;
  const lp = ((props / 9) | 0) % 5;
  const pb = (props / 45) | 0;
  // Bytes 1–4: dictionary size (not needed: the output buffer is the dictionary).
  // Bytes 5–12: unpacked size, little-endian; this decoder needs it known and below 2^32.
  let size = 0;
  for (let i = 3; i >= 0; i--) size = size * 256 + src[5 + i];
  for (let i = 9; i < 13; i++) if (src[i]) fail('unpacked size unknown or too large');
  const out = new Uint8Array(size);

  let inPos = 13;
  const next = () => (inPos < src.length ? src[inPos++] : fail('truncated data'));
  if (next() !== 0) fail('bad stream start');
  // The range coder's range and code, unsigned 32-bit: kept in a typed array so the hot
  // path never boxes a number above 2^31.
  const rc = new Uint32Array(2);
  rc[0] = 0xffffffff;
  for (let i = 0; i < 4; i++) rc[1] = rc[1] * 256 + next();
  if (rc[1] === rc[0]) fail('bad stream start');

  // Probabilities, 11-bit, all starting at one half.
  const probs = (n) => new Uint16Array(n).fill(1024);
  const bit = (p, i) => {
    const prob = p[i];
    const bound = (rc[0] >>> 11) * prob;
    let b;
    if (rc[1] < bound) {
      rc[0] = bound;
      p[i] = prob + ((2048 - prob) >>> 5);
      b = 0;
    } else {
      rc[0] -= bound;
      rc[1] -= bound;
      p[i] = prob - (prob >>> 5);
      b = 1;
    }
    if (rc[0] < 0x1000000) {
      rc[0] <<= 8;
      rc[1] = (rc[1] << 8) | next();
    }
    return b;
  };
  const tree = (p, base, bits) => {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) + bit(p, base + m);
    return m - (1 << bits);
  };
  const reverse = (p, base, bits) => {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b = bit(p, base + m);
      m = (m << 1) + b;
      sym |= b << i;
    }
    return sym;
  };
  const direct = (bits) => {
    let res = 0;
    for (let i = 0; i < bits; i++) {
      rc[0] >>>= 1;
      let b = 0;
      if (rc[1] >= rc[0]) {
        rc[1] -= rc[0];
        b = 1;
      }
      res = res * 2 + b;
      if (rc[0] < 0x1000000) {
        rc[0] <<= 8;
        rc[1] = (rc[1] << 8) | next();
      }
    }
    return res;
  };
  // A length coder: choice, choice2, low[16][8], mid[16][8], high[256], in one array.
  const lengths = () => probs(2 + 128 + 128 + 256);
  const length = (p, posState) => {
    if (!bit(p, 0)) return tree(p, 2 + posState * 8, 3);
    if (!bit(p, 1)) return 8 + tree(p, 130 + posState * 8, 3);
    return 16 + tree(p, 258, 8);
  };

  const literals = probs(0x300 << (lc + lp));
  const isMatch = probs(192);
  const isRep = probs(12);
  const isRepG0 = probs(12);
  const isRepG1 = probs(12);
  const isRepG2 = probs(12);
  const isRep0Long = probs(192);
  const posSlot = probs(256);
  const posSpecial = probs(115);
  const align = probs(16);
  const matchLen = lengths();
  const repLen = lengths();
  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;

  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let pos = 0;
  while (pos < size) {
    const posState = pos & pbMask;
    if (!bit(isMatch, (state << 4) + posState)) {
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & lpMask) << lc) + (prev >>> (8 - lc)));
      let sym = 1;
      if (state >= 7) {
        if (rep0 >= pos) fail('distance beyond the start');
        let matchByte = out[pos - rep0 - 1];
        do {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const b = bit(literals, base + ((1 + matchBit) << 8) + sym);
          sym = (sym << 1) | b;
          if (matchBit !== b) break;
        } while (sym < 0x100);
      }
      while (sym < 0x100) sym = (sym << 1) | bit(literals, base + sym);
      out[pos++] = sym & 0xff;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state)) {
      if (pos === 0) fail('repeat before any data');
      if (!bit(isRepG0, state)) {
        if (!bit(isRep0Long, (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let dist;
        if (!bit(isRepG1, state)) {
          dist = rep1;
        } else {
          if (!bit(isRepG2, state)) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(repLen, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(matchLen, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(posSlot, (len < 3 ? len : 3) << 6, 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const bits = (slot >>> 1) - 1;
        let dist = (2 | (slot & 1)) * 2 ** bits;
        if (slot < 14) {
          dist += reverse(posSpecial, dist - slot, bits);
        } else {
          dist += direct(bits - 4) * 16 + reverse(align, 0, 4);
        }
        if (dist === 0xffffffff) break; // end marker
        rep0 = dist;
      }
      if (rep0 >= pos) fail('distance beyond the start');
    }
    len += 2;
    if (len > size - pos) fail('match past the end');
    for (let from = pos - rep0 - 1; len > 0; len--) out[pos++] = out[from++];
  }
  if (pos !== size) fail('stream ended early');
  return out;
}
