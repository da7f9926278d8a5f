// ESLint flat config: typescript-eslint's recommended rules (no type information needed, so it
// stays fast), Lit, web-components and Lit accessibility rules. Formatting is Prettier's job.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Lit and the DOM layers: the headless layers never import them (STYLE.md "Layout"). */
const NO_LIT = {
  group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '**/base/*', '**/widgets/*', '**/i18n/*'],
  message: 'money, domain, adapter and client are headless: no Lit, no base, widgets or i18n.',
};
/** The reference server and the kit reuse the memory adapter through its engine module only. */
const MEMORY_ENGINE_ONLY = {
  group: ['**/adapter/memory/*', '!**/adapter/memory/engine.js', '!**/adapter/memory/index.js'],
  message: 'Import the memory adapter through src/adapter/memory/engine.ts (or its index).',
};
/** Messages resolve per element through the kit's own msg()/str (src/i18n/msg.ts). */
const OWN_MSG = {
  regex: '^@lit/localize$',
  message:
    "Import msg and str from src/i18n/msg.ts: @lit/localize's msg() would show English under every provider.",
};
/** The layers only look down: widgets → base → client → adapter → domain → money. */
const layer = (files, above) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          NO_LIT,
          ...(above.length > 0
            ? [
                {
                  group: above.map((name) => `**/${name}/*`),
                  message: 'The layers only look down: client → adapter → domain → money.',
                },
              ]
            : []),
        ],
      },
    ],
  },
});

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
  layer(['src/money/**/*.ts'], ['domain', 'adapter', 'client']),
  layer(['src/domain/**/*.ts'], ['adapter', 'client']),
  layer(['src/adapter/memory/**/*.ts'], ['client']),
  { ...layer(['src/adapter/**/*.ts'], ['client']), ignores: ['src/adapter/memory/**'] },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_LIT, MEMORY_ENGINE_ONLY] }],
    },
  },
  {
    files: ['demo/**/*.ts', 'src/{base,widgets,testing,server,i18n}/**/*.ts', 'stories/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MEMORY_ENGINE_ONLY, OWN_MSG] }] },
  },
  {
    // No decorators in the kit (issue 7): Lit's @property/@state and the context decorators
    // cost every bundle their modules and a __decorate call per member.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Decorator',
          message:
            'No decorators in src/ (bundle size): declare reactive properties in `static properties` ({ state: true } for internal state), and use ContextConsumer / ContextProvider from @lit/context.',
        },
      ],
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
