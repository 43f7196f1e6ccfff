/**
 * Only src/workspace talks to Google: card handlers build cards with CardService and call app/;
 * use cases call the adapters. A Google service named anywhere else is a call that the adapters'
 * call budgets do not see.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const SERVICES = /\b(SpreadsheetApp|Utilities|Session|LockService|PropertiesService|CacheService|ScriptApp|FormApp|DriveApp|CalendarApp|MailApp|Drive|Calendar)\s*\./;

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Lines outside comments that name a Google service. */
function googleCalls(dir: string): string[] {
  return sources(dir).flatMap(({ file, text }) =>
    text.split('\n')
      .map((line, i) => ({ line: line.replace(/\/\/.*$/, ''), n: i + 1 }))
      .filter(({ line }) => !/^\s*\*/.test(line) && SERVICES.test(line))
      .map(({ n, line }) => `${file}:${n}: ${line.trim()}`));
}

describe('layering', () => {
  it('card handlers use CardService only and never import workspace/', () => {
    expect(googleCalls('src/addon')).toEqual([]);
    expect(sources('src/addon').filter(({ text }) => text.includes("from '../workspace")).map((s) => s.file)).toEqual([]);
  });

  it('use cases reach Google only through workspace/', () => {
    expect(googleCalls('src/app')).toEqual([]);
  });
});
