// Size budget (DESIGN §5): the transfer of the embed as a CDN serves it. Each raw file of the
// embed (refund-guide.js with the wasm-bindgen glue bundled in, the .wasm, and any CSS it
// loads) is compressed on its own with brotli at quality 11, and the sizes are summed
// (1 KiB = 1024 bytes). gzip -9 is printed beside it, per file and in total, for hosts that
// only gzip. Exits 1 when the brotli total is over the budget. The standalone page's own
// files (index.html, page.js, page-*.css, sw.js, icons, the manifest) are not part of the embed.
//   node scripts/size-budget.mjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// 180 KiB bought serde, serde_json, gloo-storage, postcard and litemap (issue 15); raised to
// 200 KiB, the most DESIGN §8 allows, for real Yew components with typed Properties (issue
// 16: measured 180.6 -> 193.4 KiB). README, "Benchmark and budget", keeps the record.
const BUDGET_KIB = 200;

/** The embed's files in `dir`: refund-guide*.js and *.wasm, and CSS other than the page's. */
export function embedFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /^refund-guide.*\.(js|wasm)$/.test(f) || (f.endsWith('.css') && !f.startsWith('page-')))
    .sort();
}

/** brotli (quality 11) and gzip -9 sizes in bytes of one file's bytes. */
export function compressedSizes(bytes) {
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  return { brotli, gzip };
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

function main(dir) {
  const files = embedFiles(dir);
  if (!files.some((f) => f.endsWith('.wasm'))) {
    console.error(`size: no .wasm in ${dir}; build first (trunk build --release)`);
    process.exit(1);
  }
  const total = { raw: 0, brotli: 0, gzip: 0 };
  console.log(`  ${'raw'.padStart(9)}  ${'brotli'.padStart(9)}  ${'gzip -9'.padStart(9)}  file`);
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    const { brotli, gzip } = compressedSizes(bytes);
    total.raw += bytes.length;
    total.brotli += brotli;
    total.gzip += gzip;
    console.log(`  ${kib(bytes.length).padStart(5)} KiB  ${kib(brotli).padStart(5)} KiB  ${kib(gzip).padStart(5)} KiB  ${f}`);
  }
  console.log(`  ${kib(total.raw).padStart(5)} KiB  ${kib(total.brotli).padStart(5)} KiB  ${kib(total.gzip).padStart(5)} KiB  total`);
  const over = total.brotli > BUDGET_KIB * 1024;
  const left = BUDGET_KIB - total.brotli / 1024;
  console.log(`size: ${kib(total.brotli)} KiB brotli (gzip -9: ${kib(total.gzip)} KiB) of the ${BUDGET_KIB} KiB brotli budget (${over ? `OVER by ${(-left).toFixed(1)} KiB` : `within, ${left.toFixed(1)} KiB left`})`);
  process.exit(over ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv[2] || 'dist');
