/** How the supplier's line labels are matched with the contract's; free of dependencies, so the pane can load it. */
/** A label as lines are matched: case and spacing do not count. */
export function lineKey(label: string): string {
  return label
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}
