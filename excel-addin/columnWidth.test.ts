import { columnWidthPoints } from './columnWidth';

describe('columnWidthPoints', () => {
  it("gives Excel's default 8.43-character column its 48 points (64 px)", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  it('grows by 5.25 points (7 px) per character', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(30) - columnWidthPoints(20)).toBe(52.5);
  });

  it('hides a zero-width column', () => {
    expect(columnWidthPoints(0)).toBe(0);
  });
});
