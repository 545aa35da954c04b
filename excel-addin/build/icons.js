'use strict';
/**
 * Draws the add-in icons (a teal rounded square with a white check mark: "outcome achieved") as PNGs.
 * Drawn from geometry rather than kept as binaries so every size is sharp and the build needs no assets.
 * CLI: `node excel-addin/build/icons.js <targetDir>` writes icon-16/32/64/80/128.png there.
 */
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');

/** Sizes Office asks for: 16/32/80 ribbon, 32/64 add-in dialogs, 128 store listings. */
const ICON_SIZES = Object.freeze([16, 32, 64, 80, 128]);

const BACKGROUND = [0x0b, 0x6e, 0x69]; // deep teal, readable next to Excel's green
const MARK = [0xff, 0xff, 0xff];

// Geometry in unit coordinates (0..1), y pointing down.
const INSET = 0.03;
const CORNER = 0.2;
const CHECK = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.76, 0.33],
];
const STROKE = 0.13;

/** Subsamples per axis: 6 × 6 gives smooth edges even at 16 px. */
const SUPERSAMPLE = 6;

function insideRoundedSquare(x, y) {
  const lo = INSET + CORNER;
  const hi = 1 - INSET - CORNER;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  if (x < INSET || x > 1 - INSET || y < INSET || y > 1 - INSET) return false;
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(Math.max(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0), 1);
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onCheckMark(x, y) {
  for (let i = 1; i < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i - 1], CHECK[i]) <= STROKE / 2) return true;
  }
  return false;
}

/**
 * The icon at `size` × `size` pixels as PNG bytes. Each pixel averages SUPERSAMPLE² samples in
 * premultiplied colour, so the transparent corners do not bleed a dark fringe.
 */
function renderIcon(size) {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`Icon size must be a positive integer, got ${size}`);
  const png = new PNG({ width: size, height: size });
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = onCheckMark(x, y) ? MARK : BACKGROUND;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      png.data[at] = covered ? Math.round(r / covered) : 0;
      png.data[at + 1] = covered ? Math.round(g / covered) : 0;
      png.data[at + 2] = covered ? Math.round(b / covered) : 0;
      png.data[at + 3] = Math.round((255 * covered) / samples);
    }
  }
  return PNG.sync.write(png);
}

/** Writes `icon-<size>.png` for every ICON_SIZES entry into `targetDir` (created if missing); returns the paths. */
function writeIcons(targetDir) {
  fs.mkdirSync(targetDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(targetDir, `icon-${size}.png`);
    fs.writeFileSync(file, renderIcon(size));
    return file;
  });
}

module.exports = { ICON_SIZES, renderIcon, writeIcons };

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node excel-addin/build/icons.js <targetDir>');
    process.exit(2);
  }
  for (const file of writeIcons(target)) console.log(`wrote ${file}`);
}
