// The lint half of the one gate (npm test, npm run deploy): DESIGN.md's Layout arrows and nevers,
// held for src/ by eslint-plugin-boundaries and two core rules. tests/lint/boundaries.test.ts proves
// each one bites.
// CommonJS, so tests/lint can require the same config inside Jest (whose VM has no dynamic import).
const { builtinModules } = require('node:module');
const { defineConfig } = require('eslint/config');
const boundaries = require('eslint-plugin-boundaries');
const tseslint = require('typescript-eslint');

// Inside src/domain a noun imports the root files and the nouns it builds on, never one that builds
// on it: each noun may import those before it in this list.
const NOUNS = ['books', 'savings', 'loans', 'groups', 'shu', 'settings', 'members', 'reports'];
const before = (noun) => NOUNS.slice(0, NOUNS.indexOf(noun));
const NOUN_IMPORTS = {
  ...Object.fromEntries(NOUNS.map((noun) => [noun, before(noun)])),
  // Nouns still to come build on everything up to members (one line each).
  meetings: before('reports'),
  archive: before('reports'),
  intake: before('reports'),
};
// The only .ts files src/domain keeps outside its noun folders.
const DOMAIN_ROOT = ['money', 'money-text', 'dates', 'errors', 'roles', 'types'];
// workspace/ imports any domain type, but values only from these: its errors, and the settings
// modules that name the settings tabs and their columns.
const WORKSPACE_DOMAIN_VALUES = ['src/domain/errors.ts', 'src/domain/settings/products.ts', 'src/domain/settings/rows.ts'];

const GOOGLE = ['SpreadsheetApp', 'Utilities', 'Session', 'LockService', 'PropertiesService', 'CacheService',
  'ScriptApp', 'FormApp', 'DriveApp', 'CalendarApp', 'MailApp', 'GmailApp', 'UrlFetchApp', 'Drive', 'Calendar',
  'HtmlService', 'ContentService'];
const NO_NODE = 'src/ runs on Apps Script, which has no Node.js.';
const NODE_GLOBALS = ['process', 'require', 'Buffer', 'global', '__dirname', '__filename', 'module', 'exports', 'setImmediate'];
const restrictedGlobals = (google, where) => ['error',
  ...NODE_GLOBALS.map((name) => ({ name, message: NO_NODE })),
  ...google.map((name) => ({ name, message: `Only ${where} calls Google services (call budgets count them there).` }))];

const element = (type) => ({ element: { type } });
const file = (category) => ({ file: { categories: category } });
const noun = (nouns) => ({ element: { type: 'domain', captured: { noun: nouns } } });

const boundaryPolicies = [
  { from: file('main'), allow: { to: element('addon') } },
  { from: element('addon'), allow: { to: [element('app'), file('domain-root'), element('domain'), element('i18n')] } },
  { from: element('app'), allow: { to: [element('workspace'), file('domain-root'), element('domain'), element('i18n')] } },
  { from: element('workspace'), allow: { to: [file('domain-root'), element('domain')], dependency: { kind: 'type' } } },
  { from: element('workspace'), allow: { to: { file: { path: WORKSPACE_DOMAIN_VALUES } } } },
  { from: element('i18n'), allow: { to: file('domain-root') } },
  { from: element('i18n'), allow: { to: element('domain'), dependency: { kind: 'type' } } },
  { from: file('domain-root'), allow: { to: file('domain-root') } },
  // The message-code type, so a mistyped code does not compile.
  { from: { file: { path: 'src/domain/errors.ts' } }, allow: { to: element('i18n'), dependency: { kind: 'type' } } },
  { from: element('domain'), allow: { to: file('domain-root') } },
  ...Object.entries(NOUN_IMPORTS).map(([name, nouns]) => ({ from: noun(name), allow: { to: noun(nouns) } })),
];

module.exports = defineConfig(
  { ignores: ['dist/**', 'node_modules/**', '.sandbox-state/**', 'coverage/**'] },
  { files: ['**/*.ts'], extends: [tseslint.configs.recommended] },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
      'boundaries/legacy-templates': false,
      // Re-exports and require() are dependencies too.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      // Single files are classified as files, folders as elements; a file that is neither fails.
      'boundaries/files': [
        { category: 'main', pattern: 'src/main.ts' },
        { category: 'domain-root', pattern: `src/domain/{${DOMAIN_ROOT.join(',')}}.ts` },
      ],
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain/*', capture: ['noun'], partialMatch: false },
        { type: 'workspace', pattern: 'src/workspace', partialMatch: false },
        { type: 'app', pattern: 'src/app', partialMatch: false },
        { type: 'addon', pattern: 'src/addon', partialMatch: false },
        { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
        { type: 'outside-src', pattern: '{local,tests,bench}', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': ['error', { default: 'disallow', checkUnknownLocals: true, policies: boundaryPolicies }],
      'no-restricted-imports': ['error', {
        paths: builtinModules.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: NO_NODE })),
      }],
      'no-restricted-globals': restrictedGlobals([...GOOGLE, 'CardService'], 'src/workspace'),
    },
  },
  { files: ['src/addon/**/*.ts'], rules: { 'no-restricted-globals': restrictedGlobals(GOOGLE, 'src/workspace (cards use CardService)') } },
  { files: ['src/workspace/**/*.ts'], rules: { 'no-restricted-globals': restrictedGlobals([], '') } },
  {
    // The emulator, tests and bench mimic loosely typed Google objects: lighter rules there.
    files: ['local/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': 'off', // tsc's noUnusedLocals holds locals
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-this-alias': 'off',
      'prefer-rest-params': 'off',
      'prefer-const': 'off',
    },
  },
  {
    // A focused or skipped test passes the gate while proving nothing.
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error',
        ...['describe', 'it', 'test'].flatMap((object) => ['only', 'skip', 'todo'].map((property) => ({ object, property, message: 'No focused or skipped tests.' })))],
      'no-restricted-globals': ['error', ...['fit', 'fdescribe', 'xit', 'xdescribe', 'xtest'].map((name) => ({ name, message: 'No focused or skipped tests.' }))],
    },
  },
);
