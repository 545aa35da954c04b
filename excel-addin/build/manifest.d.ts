/** Types for manifest.js (plain CommonJS so webpack's config and the CLI can require it without a build). */

/** The origin every development URL in manifest.xml starts with: `https://localhost:3000`. */
export declare const DEV_ORIGIN: string;

/** Checks and normalises a production base URL (HTTPS, no query, fragment or trailing slash); throws otherwise. */
export declare function normaliseBaseUrl(baseUrl: string): string;

/** The manifest with every `https://localhost:3000` URL rewritten to `baseUrl`; throws on a bad base URL. */
export declare function productionManifest(xml: string, baseUrl: string): string;

/** Reads `input`, rewrites it when `env.ADDIN_BASE_URL` is set, writes `output`; returns the base URL used or null. */
export declare function writeManifest(
  input: string,
  output: string,
  env?: Readonly<Record<string, string | undefined>>,
): string | null;
