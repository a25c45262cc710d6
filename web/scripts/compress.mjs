// Writes brotli (.br) and gzip (.gz) copies of the built assets beside them, so the server sends
// them compressed without compressing on every request. Node's own zlib: same input, same bytes
// (gzip's header carries no time), so CI can check dist/ is what the sources build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = 'dist/assets';
let plain = 0, br = 0, gz = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg|json|html|txt)$/.test(name)) continue;
  const data = readFileSync(`${dir}/${name}`);
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  const g = gzipSync(data, { level: 9 });
  // A copy that saves less than a tenth is not worth a second file.
  if (b.length < data.length * 0.9) writeFileSync(`${dir}/${name}.br`, b);
  if (g.length < data.length * 0.9) writeFileSync(`${dir}/${name}.gz`, g);
  plain += data.length;
  br += Math.min(b.length, data.length);
  gz += Math.min(g.length, data.length);
}
console.log(`assets: ${(plain / 1024).toFixed(0)} KB, ${(br / 1024).toFixed(0)} KB brotli, ${(gz / 1024).toFixed(0)} KB gzip`);
