// ESLint, type-aware (typescript-eslint's recommended-type-checked), run by `npm test`
// (test/lint/lint.test.ts). Every rule turned off or relaxed here says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// `new URL(rel, import.meta.url).pathname` is not a file path: it keeps %20-style escapes
// (a checkout in "My Projects" breaks) and gives "/C:/…" on Windows. fileURLToPath() is.
// URLs of web requests (`new URL(req.url, 'http://x').pathname`) are fine and not matched.
const URL_PATHNAME_AS_FILE = {
  selector: "MemberExpression[property.name='pathname'][object.type='NewExpression'][object.callee.name='URL'][object.arguments.1.object.type='MetaProperty']",
  message: 'new URL(…, import.meta.url).pathname is not a file path (escapes, Windows drive letters): use fileURLToPath(new URL(…, import.meta.url)).',
};

export default tseslint.config(
  // .scratch/: throwaway measurement scripts, never committed (see .gitignore).
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test/fixtures/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it (renderer/ has its own, with DOM).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `void promise` is how this code base says "fire and forget, errors handled inside".
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Unused names are mistakes, except a deliberate `_`-prefixed placeholder.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Numbers and booleans in messages are the point of template strings; objects still are not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      // An async function passed where a void callback is expected is the normal event-handler shape
      // (listeners, timers, IPC handlers); the attribute check keeps JSX-like misuse out.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // A `let x!: T` filled in after the closures that read it are built (a session and the
      // callbacks it is given) cannot be const; the rule would demand the impossible.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // An async function that does not await is still the honest way to implement a port that
      // returns a Promise (a throw becomes a rejection, as callers expect); the rule only adds noise.
      '@typescript-eslint/require-await': 'off',
      // Our ports are interfaces in method shorthand, implemented by object literals and arrow
      // functions that never use `this`; copying such a member is safe and the rule cannot tell.
      // Classes whose methods are handed out bind them at the hand-over (arrow wrappers).
      '@typescript-eslint/unbound-method': 'off',
      // `interface X extends Mapped<…> {}` makes TypeScript resolve a derived map once, so
      // generic lookups into it stay precise (electron/ipc.ts); an alias would not.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-syntax': ['error', URL_PATHNAME_AS_FILE],
    },
  },
  {
    // One way to turn an error into words: errorMessage() (electron/common/ main-side,
    // renderer/shared/ for pages, which also drops Electron's invoke prefix). A cast claims
    // an Error where a string or an object may have been thrown.
    files: ['electron/**/*.ts', 'renderer/**/*.ts'],
    rules: {
      // Repeats the rule from above: a later block's options replace an earlier block's.
      'no-restricted-syntax': [
        'error',
        URL_PATHNAME_AS_FILE,
        {
          selector: "MemberExpression[property.name='message'][object.type='TSAsExpression'][object.typeAnnotation.typeName.name='Error']",
          message: 'Use errorMessage(error) instead of (error as Error).message.',
        },
      ],
    },
  },
  {
    // Plain JavaScript (scripts/, bin/, this file): no tsconfig covers them, so no type information.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-restricted-syntax': ['error', URL_PATHNAME_AS_FILE] },
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'writable', require: 'readonly' },
    },
  },
  {
    // node:test's test() and describe() return promises the runner itself awaits.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: true,
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
        },
      ],
    },
  },
);
