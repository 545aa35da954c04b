import { parseSheetTag, sheetTagText } from './sheetTag';

describe('sheet tags as hosts store them', () => {
  it.each(['contract', 'actuals', 'invoice', 'note'] as const)('round-trips a tag of a %s sheet', (role) => {
    const tag = { role, contract: 'm1x-4f' } as const;
    expect(parseSheetTag(sheetTagText(tag))).toEqual(tag);
  });

  it.each([
    ['not JSON', '{role'],
    ['another role', '{"role":"summary","contract":"a"}'],
    ['an empty id', '{"role":"contract","contract":""}'],
    ['an extra field', '{"role":"contract","contract":"a","x":1}'],
    ['an array', '["contract","a"]'],
    ['no text', 42],
  ])('marks no sheet with %s', (_what, text) => {
    expect(parseSheetTag(text)).toBeNull();
  });
});
