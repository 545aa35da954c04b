/** Types for icons.js (plain CommonJS so webpack's config and the CLI can require it without a build). */

/** The icon sizes the build writes, in pixels: 16, 32, 64, 80, 128. */
export declare const ICON_SIZES: readonly number[];

/** The add-in icon at `size` × `size` pixels, as PNG bytes. */
export declare function renderIcon(size: number): Buffer;

/** Writes `icon-<size>.png` for every size into `targetDir`; returns the written paths. */
export declare function writeIcons(targetDir: string): string[];
