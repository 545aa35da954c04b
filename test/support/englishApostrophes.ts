/**
 * One rule for the apostrophe of the product's English text: the straight one (`the contract's`, `do not`
 * spelt out), as the English tables, function help and templates were written from the start and as a
 * keyboard types it, so an English user never sees `supplier’s` beside `contract's` in one pane. French
 * has its own rule (`frenchApostrophes.ts`): a French word quoted in English text keeps its `’`.
 */

/** Each typographic apostrophe of `text`, with the word it is in (`supplier’s`), for a failure to name. */
export function typographicApostrophes(text: string): string[] {
  return [...text.matchAll(/[\p{L}-]*’[\p{L}-]*/gu)].map(([word]) => word);
}
