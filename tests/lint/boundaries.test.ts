/**
 * The lint holds DESIGN.md's arrows and nevers: each forbidden import or global below, written into
 * a file where the layout forbids it, is reported; the imports the layout allows are not.
 */
import { ESLint } from 'eslint';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
let eslint: ESLint;

beforeAll(() => {
  // The project's own config, handed over: Jest's VM cannot import() the file as ESLint would.
  eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require(path.join(root, 'eslint.config.js')) });
});

/** The rules a text breaks when it is the file at `file` (relative to the repository). */
async function broken(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return result.messages.map((m) => `${m.ruleId ?? m.message} at line ${m.line}`);
}

describe('imports point one way', () => {
  it('refuses the domain importing workspace/', async () => {
    expect(await broken('src/domain/loans/sample.ts', "import { readTable } from '../../workspace/table';\nexport const a = readTable;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
  });

  it('refuses a noun importing a noun that builds on it (loans -> members), and allows the other way', async () => {
    expect(await broken('src/domain/loans/sample.ts', "import { nextMemberId } from '../members/member';\nexport const a = nextMemberId;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/domain/members/sample.ts', "import { createLoanState } from '../loans/state';\nimport { isoDate } from '../dates';\nexport const a = [createLoanState, isoDate];\n"))
      .toEqual([]);
  });

  it('refuses a root domain file importing a noun, and a new root file', async () => {
    expect(await broken('src/domain/money.ts', "import { debit } from './books/postings';\nexport const a = debit;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/domain/posting.ts', 'export const a = 1;\n')).toEqual(['boundaries/no-unknown-files at line 1']);
  });

  it('refuses workspace/ importing app/ or a domain value, and allows domain types and errors', async () => {
    expect(await broken('src/workspace/sample.ts', "import { openContext } from '../app/context';\nexport const a = openContext;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/workspace/sample.ts', "import { isoDate } from '../domain/dates';\nexport const a = isoDate;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/workspace/sample.ts', [
      "import type { LoanState } from '../domain/loans/state';",
      "import { LumbungError } from '../domain/errors';",
      'export type A = LoanState;',
      'export const b = LumbungError;',
    ].join('\n') + '\n')).toEqual([]);
  });

  it('refuses addon/ importing workspace/, and app/ importing addon/', async () => {
    expect(await broken('src/addon/sample.ts', "import { readTable } from '../workspace/table';\nexport const a = readTable;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/app/sample.ts', "import { input } from '../addon/respond';\nexport const a = input;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
  });

  it('lets i18n/ format with the root domain files and name domain types, nothing more', async () => {
    expect(await broken('src/i18n/sample.ts', [
      "import { formatRupiah } from '../domain/money-text';",
      "import type { LoanState } from '../domain/loans/state';",
      'export const a = formatRupiah;',
      'export type B = LoanState;',
    ].join('\n') + '\n')).toEqual([]);
    expect(await broken('src/i18n/sample.ts', "import { createLoanState } from '../domain/loans/state';\nexport const a = createLoanState;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/i18n/sample.ts', "import { openContext } from '../app/context';\nexport const a = openContext;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
  });

  it('lets errors.ts alone take the message-code type from i18n, and nothing else', async () => {
    expect(await broken('src/domain/errors.ts', "import type { Locale } from '../i18n';\nexport type L = Locale;\n")).toEqual([]);
    expect(await broken('src/domain/errors.ts', "import { t } from '../i18n';\nexport const a = t;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/domain/books/sample.ts', "import type { Locale } from '../../i18n';\nexport type L = Locale;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
  });
});

describe('src/ runs on Apps Script', () => {
  it('refuses src/ importing local/, tests/ or bench/', async () => {
    expect(await broken('src/app/sample.ts', "import { createWorkspace } from '../../local/emulator';\nexport const a = createWorkspace;\n"))
      .toEqual(['boundaries/dependencies at line 1']);
    expect(await broken('src/app/sample.ts', "export * from '../../bench/journal-replay';\n")).toEqual(['boundaries/dependencies at line 1']);
  });

  it('refuses Node.js: process.env, require, a builtin module', async () => {
    expect(await broken('src/domain/books/sample.ts', 'export const a = process.env.X;\n')).toEqual(['no-restricted-globals at line 1']);
    expect(await broken('src/app/sample.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"))
      .toEqual(['no-restricted-imports at line 1']);
    expect(await broken('src/app/sample.ts', "import * as vm from 'vm';\nexport const a = vm;\n")).toEqual(['no-restricted-imports at line 1']);
    expect((await broken('src/app/sample.ts', "export const a = require('fs');\n")).sort())
      .toEqual(['@typescript-eslint/no-require-imports at line 1', 'no-restricted-globals at line 1']);
  });

  it('lets only workspace/ name a Google service, and addon/ CardService', async () => {
    expect(await broken('src/app/sample.ts', 'export const a = () => SpreadsheetApp.getActive();\n')).toEqual(['no-restricted-globals at line 1']);
    expect(await broken('src/addon/sample.ts', 'export const a = () => Drive.Files;\n')).toEqual(['no-restricted-globals at line 1']);
    expect(await broken('src/domain/books/sample.ts', 'export const a = () => CardService.newCardBuilder();\n'))
      .toEqual(['no-restricted-globals at line 1']);
    expect(await broken('src/addon/sample.ts', 'export const a = () => CardService.newCardBuilder();\n')).toEqual([]);
    expect(await broken('src/workspace/sample.ts', 'export const a = () => SpreadsheetApp.getActive();\n')).toEqual([]);
  });
});

describe('tests', () => {
  it('refuses a focused or skipped test', async () => {
    // Built from parts, so that this file itself holds no focused or skipped test for a search to find.
    const sample = `${['it', 'only'].join('.')}('x', () => undefined);\n${['describe', 'skip'].join('.')}('y', () => undefined);\n`;
    expect(await broken('tests/sample.test.ts', sample))
      .toEqual(['no-restricted-properties at line 1', 'no-restricted-properties at line 2']);
  });
});
