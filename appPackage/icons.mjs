// Draws the two Teams app icons (a shield with a check mark) and writes them as PNG files next to this script.
// Run: node appPackage/icons.mjs. Node's zlib is all it needs, so the icons can be regenerated anywhere.
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

const BRAND = [0x1b, 0x4f, 0x8a]; // keep in step with accentColor in manifest.json
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // supersampling per axis, so edges are anti-aliased

// Shield in unit coordinates: flat top, straight sides, sides curving into a point at the bottom.
function shieldHalfWidth(y, inset) {
  const top = 0.14 + inset, shoulder = 0.5, bottom = 0.9 - inset * 1.6, half = 0.32 - inset;
  if (y < top || y > bottom) return -1;
  if (y <= shoulder) return half;
  const t = (y - shoulder) / (bottom - shoulder);
  return half * Math.sqrt(1 - t * t) * (1 - 0.35 * t);
}
const inShield = (x, y, inset = 0) => Math.abs(x - 0.5) <= shieldHalfWidth(y, inset);

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const CHECK = [[0.36, 0.5], [0.46, 0.61], [0.65, 0.39]];
const onCheck = (x, y, width) =>
  distanceToSegment(x, y, CHECK[0], CHECK[1]) <= width || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= width;

// shade(x, y) returns [r, g, b, a] (0..1 alpha) for one sample point; samples are averaged per pixel.
function render(size, shade) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      const n = SAMPLES * SAMPLES;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Colour icon: Teams shows it on its own tile, so it gets a full brand-coloured background.
const color = render(192, (x, y) => {
  if (inShield(x, y) && !inShield(x, y, 0.035)) return [...WHITE, 1];
  if (inShield(x, y, 0.035)) return onCheck(x, y, 0.045) ? [...WHITE, 1] : [...BRAND, 1];
  return [...BRAND, 1];
});
// Outline icon: Teams requires white on transparent; it tints it itself.
const outline = render(32, (x, y) =>
  (inShield(x, y) && !inShield(x, y, 0.07)) || (inShield(x, y) && onCheck(x, y, 0.055)) ? [...WHITE, 1] : [...WHITE, 0]);

const here = new URL(".", import.meta.url);
writeFileSync(new URL("color.png", here), png(192, color));
writeFileSync(new URL("outline.png", here), png(32, outline));
console.log("wrote color.png (192x192) and outline.png (32x32)");
