import { PNG } from 'pngjs';
import { ICON_SIZES, renderIcon } from './icons';

function pixel(png: PNG, x: number, y: number): [number, number, number, number] {
  const at = (y * png.width + x) * 4;
  return [png.data[at], png.data[at + 1], png.data[at + 2], png.data[at + 3]];
}

describe('renderIcon', () => {
  it('covers the sizes Office asks for', () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 64, 80, 128]);
  });

  it.each([...ICON_SIZES])(
    'draws a %i px square PNG: transparent corners, teal field, white mark',
    (size) => {
      const png = PNG.sync.read(renderIcon(size));
      expect([png.width, png.height]).toEqual([size, size]);
      expect(pixel(png, 0, 0)[3]).toBe(0);
      expect(pixel(png, size - 1, size - 1)[3]).toBe(0);
      // Just inside the top edge, centre: background colour, opaque.
      expect(pixel(png, Math.floor(size / 2), Math.floor(size * 0.1))).toEqual([0x0b, 0x6e, 0x69, 255]);
      // The check mark's elbow (0.43, 0.70 in unit coordinates) is white.
      const [r, g, b, a] = pixel(png, Math.floor(size * 0.43), Math.floor(size * 0.69));
      expect(a).toBe(255);
      expect(Math.min(r, g, b)).toBeGreaterThan(200);
    },
  );

  it('is deterministic, so builds are reproducible', () => {
    expect(renderIcon(32).equals(renderIcon(32))).toBe(true);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => renderIcon(0)).toThrow(/positive integer/);
    expect(() => renderIcon(12.5)).toThrow(/positive integer/);
  });
});
