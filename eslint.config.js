// Lint: typescript-eslint's recommended rules plus the import direction of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Folders each layer must not import from: nothing points back up the flow. */
const forbidden = {
  core: [
    'sources',
    'ingest',
    'extract',
    'ledger',
    'archive',
    'store',
    'app',
    'cli',
    'server',
    'eval',
    'bench',
  ],
  // The source registry is data and pure lookup: extract, store and app read it.
  sources: ['ingest', 'extract', 'ledger', 'archive', 'store', 'app', 'cli', 'server', 'eval', 'bench'],
  ingest: ['extract', 'ledger', 'archive', 'store', 'app', 'cli', 'server', 'eval', 'bench'],
  extract: ['ingest', 'ledger', 'archive', 'store', 'app', 'cli', 'server', 'eval', 'bench'],
  ledger: ['sources', 'ingest', 'extract', 'archive', 'store', 'app', 'cli', 'server', 'eval', 'bench'],
  archive: ['sources', 'ingest', 'extract', 'ledger', 'store', 'app', 'cli', 'server', 'eval', 'bench'],
  // Analysis groups what the store holds into propositions: pure, fed by the app.
  analysis: ['ingest', 'ledger', 'archive', 'store', 'app', 'cli', 'server', 'eval', 'bench'],
  store: ['analysis', 'ingest', 'extract', 'archive', 'app', 'cli', 'server', 'eval', 'bench'],
  app: ['cli', 'server', 'eval', 'bench'],
  // cli is the outermost shell: `sanad serve` starts the server, which never imports cli.
  cli: ['eval', 'bench'],
  server: ['cli', 'eval', 'bench'],
  eval: ['cli', 'server', 'bench'],
  // bench measures the server over HTTP, as a user's browser would reach it.
  bench: ['cli', 'eval'],
};

const drivers = ['better-sqlite3', 'pg'].map((name) => ({
  name,
  message: 'Only store/ talks to a database driver',
}));

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: layer === 'store' ? [] : drivers,
        patterns: [
          ...banned.map((name) => ({
            group: [`../${name}/*`, `../../${name}/*`, `../../../${name}/*`, `../../../../${name}/*`],
            message: `${layer}/ must not import ${name}/: imports follow core → ingest/extract/ledger → store → app → cli`,
          })),
          ...(layer === 'core' ? [{ group: ['node:*'], message: 'core/ is pure: no node:* imports' }] : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'web/dist/', 'coverage/', 'scripts/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules,
  {
    // The web app: document text is untrusted, so it never becomes markup; and it reaches src/
    // only for types (the server's AppType), never for code.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text: dangerouslySetInnerHTML would let document text run as markup',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text as text: innerHTML and outerHTML would let document text run as markup',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]',
          message: 'Render text as text: HTML-writing calls would let document text run as markup',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/*', '**/src/**'],
              allowTypeImports: true,
              message:
                'web/ imports only types from src/ (the AppType of the server); build the client with hc',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
