/**
 * Text cut to a host's length limit without cutting a character in two, for names a host limits (Excel's
 * 31 for a sheet, 255 for a chart series).
 */

/** A low surrogate or a combining mark: the end of a character that began before it. */
const CONTINUES = /^[\udc00-\udfff\p{M}]/u;

/**
 * The first `maxLength` UTF-16 units of `text` (the unit hosts count in), stepping back rather than cutting
 * an emoji's surrogate pair or separating a letter from its accent.
 */
export function cutText(text: string, maxLength: number): string {
  let end = Math.min(text.length, maxLength);
  while (end > 0 && end < text.length && CONTINUES.test(text.slice(end))) end--;
  return text.slice(0, end);
}
