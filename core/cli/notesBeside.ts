/**
 * `invoice --corrects ISSUED.json` given an invoice, or a note that is not the last of its chain: a note
 * correcting from it would count the later notes' corrections twice. The command line cannot know every
 * note ever issued, but a finance team files an invoice's notes beside it: the JSON files of the given
 * file's folder are looked at, and the last note of the chain found there is named, so the run is refused
 * rather than written against the wrong basis.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { noteNumber } from '../control/correction';
import { correctionNoteOf } from '../control/issuedInvoice';
import { MAX_INPUT_BYTES, readBytes } from './inputFile';

/** A note of the chain found beside the given file: its number and the file holding it. */
export interface NoteBeside {
  readonly number: string;
  readonly file: string;
}

/** The notes of `invoice` among the JSON files of `folder` but `given`, by number; unreadable files skipped. */
async function notesIn(folder: string, given: string, invoice: string): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return notes;
  }
  for (const name of names.sort()) {
    const file = join(folder, name);
    if (!name.toLowerCase().endsWith('.json') || name === basename(given)) continue;
    try {
      // A large JSON is no note (a note is a few kilobytes), nor a pipe or a device (it may never end): not read.
      const stats = await stat(file);
      if (!stats.isFile() || stats.size > MAX_INPUT_BYTES) continue;
      const note = correctionNoteOf(JSON.parse((await readBytes(file)).toString('utf8')));
      if (note?.corrects === invoice && !notes.has(note.number)) notes.set(note.number, file);
    } catch {
      // Not a note: other files live beside invoices too.
    }
  }
  return notes;
}

/**
 * The last note of `invoice`'s chain after `from` (a note number; the invoice itself when undefined) among
 * the JSON files beside `given`; undefined when none follows.
 */
export async function laterNoteBeside(
  given: string,
  invoice: string,
  from: string | undefined,
): Promise<NoteBeside | undefined> {
  const notes = await notesIn(dirname(given), given, invoice);
  let last: NoteBeside | undefined;
  for (let n = noteNumber(invoice, from); n !== undefined && notes.has(n); n = noteNumber(invoice, n))
    last = { number: n, file: notes.get(n)! };
  return last;
}
