import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Workbook text is data: build DOM nodes with textContent.' },
        { property: 'outerHTML', message: 'Workbook text is data: build DOM nodes with textContent.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'decimal.js', message: 'Money and rates go through core/money.ts.' }] },
      ],
    },
  },
  { files: ['core/money.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
