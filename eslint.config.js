// Flat config: typescript-eslint's recommended rules over every TypeScript file we own.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // Platform libraries belong in src/platforms/ only (DESIGN.md: "Platforms are thin").
    // Core code is pure; each area's one loader (named in `ignores`) reads its files at start-up.
    files: ['src/corpus/**', 'src/search/**', 'src/glossary/**', 'src/timeline/**', 'commands/**', 'src/present/**'],
    ignores: ['src/corpus/load.ts', 'src/glossary/load-curated.ts', 'src/timeline/team/load.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@slack/*', 'discord.js', 'node:fs', 'node:fs/*', 'fs'] }],
    },
  },
);
