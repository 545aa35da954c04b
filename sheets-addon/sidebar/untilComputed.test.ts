import type { WireGrid } from '../serverApi';
import { COMPUTING_READS, COMPUTING_WAIT_MS, computingCell, untilComputed } from './untilComputed';

describe('the cell Sheets is still computing', () => {
  it('is named on its sheet, quoted as a formula would quote it', () => {
    const grids: WireGrid[] = [
      [['kpi', 0.9]],
      null,
      [
        ['', ''],
        ['', 3, 'Loading...'],
      ],
    ];
    expect(computingCell(['Contract', 'Gone', 'Actuals (2)'], grids)).toBe("'Actuals (2)'!C2");
    expect(computingCell(['Actuals'], [[['Loading…', 'loading...', 'Loading... ']]])).toBeNull();
  });
});

describe('a read made again while Sheets computes', () => {
  /** A read whose first `computing` answers show Loading... in B2, with the waits between reads. */
  function reads(computing: number) {
    const log: string[] = [];
    let made = 0;
    const read = async (): Promise<WireGrid[]> => {
      made += 1;
      log.push(`read ${made}`);
      return [
        [
          ['Period', '2026-10'],
          ['CSAT', made <= computing ? 'Loading...' : 0.912],
        ],
      ];
    };
    const wait = async (ms: number) => {
      log.push(`wait ${ms}`);
    };
    return {
      log,
      run: (lang: 'en' | 'fr' = 'en') =>
        untilComputed(
          ['Actuals'],
          read,
          (g) => g,
          () => lang,
          wait,
        ),
    };
  }

  it('returns the first read holding no computing cell, without waiting when there is none', async () => {
    const none = reads(0);
    await expect(none.run()).resolves.toEqual([
      [
        ['Period', '2026-10'],
        ['CSAT', 0.912],
      ],
    ]);
    expect(none.log).toEqual(['read 1']);
    const two = reads(2);
    await expect(two.run()).resolves.toEqual([
      [
        ['Period', '2026-10'],
        ['CSAT', 0.912],
      ],
    ]);
    expect(two.log).toEqual([
      'read 1',
      `wait ${COMPUTING_WAIT_MS}`,
      'read 2',
      `wait ${COMPUTING_WAIT_MS}`,
      'read 3',
    ]);
  });

  it('fails naming the cell, never reading its value, once it has read it computing too often', async () => {
    const stuck = reads(Infinity);
    await expect(stuck.run()).rejects.toThrow(
      'Actuals!B2 still shows Loading... after 2,500 ms: Google Sheets is still computing its formula',
    );
    expect(stuck.log.filter((line) => line.startsWith('read'))).toHaveLength(COMPUTING_READS);
    await expect(reads(Infinity).run('fr')).rejects.toThrow(
      'Actuals!B2 affiche encore Loading... (Chargement) après 2\u202f500 ms\u00a0: Google Sheets calcule encore sa formule',
    );
  });
});
