#!/usr/bin/env node
// npx refund-guide-check config.json: checks a Refund Guide configuration with the widget's
// own checker (the same wasm). Prints one `key: message (code)` line per problem; exit 0
// when there is none, 1 when there are problems or the file is not JSON, 2 on usage errors.
import { readFileSync } from 'node:fs';
import { check, line } from '../check.mjs';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
  console.error('usage: refund-guide-check config.json');
  process.exit(2);
}
const [file] = args;
let text;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  console.error(`${file}: cannot read: ${err.message}`);
  process.exit(2);
}
let config;
try {
  config = JSON.parse(text);
} catch (err) {
  console.error(`${file}: not JSON: ${err.message}`);
  process.exit(1);
}
const issues = check(config);
for (const issue of issues) console.log(line(issue));
if (issues.length > 0) {
  console.error(`${issues.length} problem(s) in ${file}`);
  process.exit(1);
}
console.error(`ok: ${file}, no problems`);
