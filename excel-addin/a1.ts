/** A1 notation for 0-based indexes: column 0 is `A`, 25 is `Z`, 26 is `AA`. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The A1 address of a rectangle given by its 0-based top-left cell and size: `B3`, `A1:C10`. */
export function a1Address(row: number, col: number, rows = 1, cols = 1): string {
  const topLeft = `${columnLetters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? topLeft : `${topLeft}:${columnLetters(col + cols - 1)}${row + rows}`;
}
