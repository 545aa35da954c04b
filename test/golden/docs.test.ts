import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionReference, REFERENCE_FILES } from '../../core/docs/functionReference';
import { FUNCTIONS } from '../../core/functions/registry';
import { REPO_ROOT } from '../support/builtCore';

describe('generated function reference', () => {
  it.each(['en', 'fr'] as const)(
    'docs for %s match the registry (run `npm run docs` when this fails)',
    (lang) => {
      const onDisk = readFileSync(join(REPO_ROOT, REFERENCE_FILES[lang]), 'utf8');
      expect(onDisk).toBe(functionReference(lang));
    },
  );

  it('shows every function and every example', () => {
    const doc = functionReference('en');
    for (const spec of FUNCTIONS) {
      expect(doc).toContain(`## ${spec.name}`);
      for (const example of spec.examples)
        expect(doc).toContain(`\`${example.formula}\` = ${example.result}`);
    }
  });
});
