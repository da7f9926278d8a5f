// ESLint flat config: typescript-eslint's recommended rules (no type information needed, so it
// stays fast), Lit, web-components and Lit accessibility rules. Formatting is Prettier's job.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'storybook-static/',
      '.cache/',
      'custom-elements.json',
      'src/i18n/locales/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'scripts/**',
      'demo/server/**',
      '*.config.*',
      '.storybook/main.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // STYLE.md: no .only or .skip left behind (a focused test silently drops the others).
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'context', 'suite', 'test'].flatMap((object) =>
          ['only', 'skip'].map((property) => ({
            object,
            property,
            message: 'Remove .only/.skip before committing.',
          })),
        ),
      ],
    },
  },
);
