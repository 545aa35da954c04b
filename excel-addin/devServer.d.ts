/** Types for devServer.js (plain CommonJS: `npm start` runs it with node, no build). */
import type { IncomingMessage, ServerResponse } from 'http';

/** Content type by file extension, for what the Excel build writes. */
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;

/** A GET/HEAD handler serving the files under `root`; nothing outside `root` is reachable. */
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
