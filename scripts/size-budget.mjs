// Size budget: gzip -9 of what the embed transfers (refund-guide.js, the glue, the wasm, and
// any CSS it loads), each file compressed on its own and summed (1 KB = 1024 bytes). Fails when
// over the budget (DESIGN §5: 130 KB). Prints each file and the total. The standalone page's
// own files (index.html, page-*.css, sw.js, icons) are not part of the embed.
//   node scripts/size-budget.mjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 130;
const dir = process.argv[2] || 'dist';
// The embed: the loader, the glue and the wasm (refund-guide*), and any CSS it loads (none
// today: its CSS is inside the wasm). page.js, page-*.css and sw.js belong to the standalone page.
const files = readdirSync(dir)
  .filter((f) => /^refund-guide.*\.(js|wasm|lzma)$/.test(f) || (f.endsWith('.css') && !f.startsWith('page-')))
  .sort();
if (!files.some((f) => /\.wasm(\.lzma)?$/.test(f))) {
  console.error(`size: no .wasm in ${dir}; build first (trunk build --release)`);
  process.exit(1);
}
let total = 0;
for (const f of files) {
  const gz = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  total += gz;
  console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} KB  ${f}`);
}
const kb = total / 1024;
const verdict = kb <= BUDGET_KB ? 'within' : 'OVER';
console.log(`size: ${kb.toFixed(1)} KB gzip of ${BUDGET_KB} KB budget (${verdict}, ${(BUDGET_KB - kb).toFixed(1)} KB left)`);
process.exit(kb <= BUDGET_KB ? 0 : 1);
