/**
 * Which written row stands for which recomputed row of an invoice sheet. A row inserted (or deleted) by
 * hand shifts every row below it: compared cell by cell at the same address, one extra line would report
 * every later cell as edited. Rows are paired on the longest common subsequence of their keys (the label
 * in column A), and the rows between two paired ones are paired in order, so an edited label is still an
 * edit and only a surplus is an inserted or a missing row.
 */

/** One step of the alignment: a pair, a row only written (inserted), or one only recomputed (missing). */
export type AlignedRow =
  | { readonly expected: number; readonly written: number }
  | { readonly expected: number; readonly written: null }
  | { readonly expected: null; readonly written: number };

/** The rows of both sheets, in order, paired where they stand for one another. */
export function alignRows(expected: readonly string[], written: readonly string[]): AlignedRow[] {
  const n = expected.length;
  const m = written.length;
  // lcs[i][j]: length of the longest common subsequence of expected[i..] and written[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = expected[i] === written[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);

  const aligned: AlignedRow[] = [];
  let gapExpected: number[] = [];
  let gapWritten: number[] = [];
  const closeGap = () => {
    const paired = Math.min(gapExpected.length, gapWritten.length);
    for (let k = 0; k < paired; k++) aligned.push({ expected: gapExpected[k], written: gapWritten[k] });
    for (const e of gapExpected.slice(paired)) aligned.push({ expected: e, written: null });
    for (const w of gapWritten.slice(paired)) aligned.push({ expected: null, written: w });
    gapExpected = [];
    gapWritten = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === written[j]) {
      closeGap();
      aligned.push({ expected: i++, written: j++ });
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) gapExpected.push(i++);
    else gapWritten.push(j++);
  }
  closeGap();
  return aligned;
}
