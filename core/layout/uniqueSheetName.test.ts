import { uniqueSheetName } from './uniqueSheetName';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, case-insensitively', () => {
    expect(uniqueSheetName('Invoice 2026-10', ['Contract'])).toBe('Invoice 2026-10');
    expect(uniqueSheetName('Invoice 2026-10', ['invoice 2026-10'])).toBe('Invoice 2026-10 (2)');
    expect(uniqueSheetName('Invoice 2026-10', ['Invoice 2026-10', 'Invoice 2026-10 (2)'])).toBe(
      'Invoice 2026-10 (3)',
    );
  });

  it('makes any text a valid sheet name', () => {
    expect(uniqueSheetName('a/b:c*d?[e]\\f', [])).toBe('a-b-c-d--e--f');
    expect(uniqueSheetName("'Quoted'", [])).toBe('Quoted');
    expect(uniqueSheetName('   ', [])).toBe('Sheet');
    expect(uniqueSheetName('History', [])).toBe('History (2)');
  });

  it('stays within 31 characters, suffix included', () => {
    const long = 'Facture prestataire centre de contacts 2026-10';
    const first = uniqueSheetName(long, []);
    expect(first).toBe('Facture prestataire cen 2026-10');
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe('Facture prestataire 2026-10 (2)');
    expect(uniqueSheetName('Courbe Satisfaction client et qualité', [])).toBe(
      'Courbe Satisfaction client et q',
    );
  });

  it('cuts the words before a period, never the period: second notes of two months stay apart', () => {
    // 29 characters: with " (2)" the name must lose 2 of them, taken from "rectificative".
    const october = uniqueSheetName('Facture rectificative 2026-10', ['Facture rectificative 2026-10']);
    const november = uniqueSheetName('Facture rectificative 2026-11', ['Facture rectificative 2026-11']);
    expect(october).toBe('Facture rectificati 2026-10 (2)');
    expect(november).toBe('Facture rectificati 2026-11 (2)');
    expect(uniqueSheetName('Facture rectificative 2026-Q4', ['facture rectificative 2026-q4'])).toBe(
      'Facture rectificati 2026-Q4 (2)',
    );
    const taken = [
      'Facture rectificative 2026-10',
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Facture rectificati 2026-10 (${n})`),
    ];
    expect(uniqueSheetName('Facture rectificative 2026-10', taken)).toBe('Facture rectificat 2026-10 (10)');
  });

  it('never cuts a character in two at 31: an emoji stays whole, an accent stays on its letter', () => {
    // 30 characters, then an emoji of two UTF-16 units: the emoji goes whole.
    const curve = 'Courbe Satisfaction client 202😀 x';
    expect(uniqueSheetName(curve, [])).toBe('Courbe Satisfaction client 202');
    // A French name typed with combining accents (e + U+0301): composed, so it fits as Excel counts it.
    const decomposed = 'Courbe De\u0301lai moyen de re\u0301ponse';
    expect(uniqueSheetName(decomposed, [])).toBe('Courbe Délai moyen de réponse');
    expect(uniqueSheetName(decomposed, ['courbe délai moyen de réponse'])).toBe(
      'Courbe Délai moyen de répon (2)',
    );
    // Cut right before a combining accent that cannot be composed: the letter goes with it.
    expect(uniqueSheetName(`${'a'.repeat(30)}q\u0301`, [])).toBe('a'.repeat(30));
    for (const name of [curve, decomposed, `${'é'.repeat(40)}`, `${'😀'.repeat(20)}`]) {
      const made = uniqueSheetName(name, []);
      expect(made.length).toBeLessThanOrEqual(31);
      expect(made).toBe(made.normalize('NFC'));
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(made)).toBe(false);
    }
  });

  it('collides with a name any host may take for the same: ß and ss, accents, width, kana, full case', () => {
    expect(uniqueSheetName('Straße', ['STRASSE'])).toBe('Straße (2)');
    expect(uniqueSheetName('Écarts KPI', ['ecarts kpi'])).toBe('Écarts KPI (2)');
    expect(uniqueSheetName('Invoice', ['Ｉｎｖｏｉｃｅ'])).toBe('Invoice (2)');
    expect(uniqueSheetName('ﬁnal', ['FINAL'])).toBe('ﬁnal (2)');
    expect(uniqueSheetName('アクチュアル', ['あくちゅあル'])).toBe('アクチュアル (2)');
    expect(uniqueSheetName('ΣΥΝΟΨΗ', ['σύνοψη'])).toBe('ΣΥΝΟΨΗ (2)');
    // A host comparing names linguistically may expand the ligatures æ and œ, as ß.
    expect(uniqueSheetName('Main-d’œuvre 2026-10', ['MAIN-D’OEUVRE 2026-10'])).toBe(
      'Main-d’œuvre 2026-10 (2)',
    );
    expect(uniqueSheetName('Cæsar', ['caesar'])).toBe('Cæsar (2)');
    expect(uniqueSheetName('Œuvre', ['Ouvre'])).toBe('Œuvre');
    // Its own (2) taken under another spelling too: (3).
    expect(uniqueSheetName('Straße', ['Strasse', 'STRASSE (2)'])).toBe('Straße (3)');
    // Names no host takes for the same stay as they are.
    expect(uniqueSheetName('Straße', ['Strase', 'Strasse 2'])).toBe('Straße');
    expect(uniqueSheetName('History', [])).toBe('History (2)');
    expect(uniqueSheetName('Hístory', [])).toBe('Hístory (2)');
  });
});
