/**
 * `npm run bench`: time, memory and service calls of Lumbung's operations at several data sizes,
 * on this machine and the emulator. Each part runs in its own child process so that one part's
 * heap does not inflate the next one's figure. Targets are printed beside the figures.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

interface Part {
  readonly title: string;
  readonly script: string;
  readonly args: readonly string[];
}

const PARTS: readonly Part[] = [
  { title: 'Journal replay into all balances + trial balance (target: 1,000,000 lines < 2 s, < 500 MB)', script: 'journal-replay.ts', args: ['1000000'] },
  { title: 'Periksa buku: verify the hash chain of the journal (100,000 lines)', script: 'verify-journal.ts', args: ['100000'] },
  { title: 'The check before money goes out: keyed digest of the whole journal (100,000 lines; target: under 10% of a withdrawal)', script: 'journal-digest.ts', args: ['100000'] },
  { title: 'Manager actions on the emulator: service calls (must not grow) and time, by journal size', script: 'ledger-actions.ts', args: ['100', '10000', '100000'] },
];

const only = process.argv[2];
for (const part of PARTS) {
  if (only && !part.script.includes(only)) continue;
  console.log(`\n## ${part.title}`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, part.script), ...part.args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(out);
}
