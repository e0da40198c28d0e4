// Draws the extension icon (128×128 PNG): a note card with a check mark.
// Pure Node (zlib), so the icon is reproducible: node scripts/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const S = 128;
const px = Buffer.alloc(S * S * 4);
const set = (x, y, [r, g, b], a = 1) => {
  const i = (y * S + x) * 4;
  const k = a + (px[i + 3] / 255) * (1 - a);
  for (const [j, c] of [r, g, b].entries()) px[i + j] = Math.round((c * a + px[i + j] * (px[i + 3] / 255) * (1 - a)) / (k || 1));
  px[i + 3] = Math.round(k * 255);
};
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d)); // anti-aliased coverage from a signed distance
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(qx, qy) - r + Math.min(0, Math.max(x0 + r - x, x - (x1 - r), y0 + r - y, y - (y1 - r)));
};
const segment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const cx = x + 0.5;
    const cy = y + 0.5;
    set(x, y, [37, 99, 168], cover(roundRect(cx, cy, 4, 4, 124, 124, 24)));
    set(x, y, [255, 255, 255], cover(roundRect(cx, cy, 26, 30, 102, 98, 8)));
    for (const ly of [46, 58, 70]) set(x, y, [180, 196, 214], cover(segment(cx, cy, 38, ly, ly === 70 ? 62 : 90, ly) - 3));
    const d = Math.min(segment(cx, cy, 66, 78, 78, 90), segment(cx, cy, 78, 90, 100, 62));
    set(x, y, [34, 160, 90], cover(d - 6));
  }
}
const raw = Buffer.alloc((S * 4 + 1) * S);
for (let y = 0; y < S; y++) px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync('clients/vscode/images/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
