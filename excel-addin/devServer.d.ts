/** Types for devServer.js (plain CommonJS: `npm start` runs it with node, no build). */
import type { IncomingMessage, ServerResponse } from 'http';

/** Content type by file extension, for what the Excel build writes. */
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;

/** CORS headers sent with the files Excel reads from its own origin (functions*.json, functions.js, docs/). */
export declare const CORS_HEADERS: Readonly<Record<string, string>>;

/** Whether Excel may fetch `pathname` (decoded, from the URL) from another origin. */
export declare function isCrossOrigin(pathname: string): boolean;

/** The port to listen on: OUTCOME_FEES_PORT (0: any free port), else 3000; throws on a bad value. */
export declare function listenPort(env?: Readonly<Record<string, string | undefined>>): number;

/**
 * A GET/HEAD handler serving the files under `root` (OPTIONS answers CORS preflights); nothing outside
 * `root` is reachable.
 */
export declare function staticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void;

/** TLS options: OUTCOME_FEES_CERT/KEY, else office-addin-dev-certs; throws with instructions otherwise. */
export declare function httpsOptions(
  env?: Readonly<Record<string, string | undefined>>,
  log?: Pick<Console, 'warn'>,
): Promise<{ cert: Buffer; key: Buffer; ca?: Buffer }>;

/** The message shown when no trusted certificate could be set up. */
export declare function certificateHelp(reason: unknown): string;

/** How to sideload the add-in in Excel on the web, Windows and Mac. */
export declare function sideloadInstructions(manifest?: string): string;
