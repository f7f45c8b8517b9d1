import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Layering: src/data and src/analysis are pure (no React, no recharts, no DOM globals). */
const pureLayerRestrictions = {
  'no-restricted-imports': ['error', {
    patterns: [
      { group: ['react', 'react-dom', 'react-dom/*', 'recharts', '@tanstack/*'], message: 'src/data and src/analysis stay free of React and the DOM.' },
      { group: ['**/ui/**', '**/charts/**', '**/export/**', '**/storage/**'], message: 'Imports point one way: ui → charts/export/storage → analysis → data.' },
    ],
  }],
  'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'HTMLElement'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/data/**/*.ts', 'src/analysis/**/*.ts'], rules: pureLayerRestrictions },
  {
    // src/data is the bottom layer: not even analysis (tests/architecture also checks circles).
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...pureLayerRestrictions['no-restricted-imports'][1].patterns,
          { group: ['**/analysis/**'], message: 'src/data is the bottom layer: it never imports src/analysis.' },
        ],
      }],
    },
  },
  {
    files: ['src/charts/**/*.ts', 'src/export/**/*.ts', 'src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**'], message: 'Imports point one way: ui → charts/export/storage.' }] }] },
  },
);
