/** The landing judge of the random days: a refused press is counted, but not as landed. */
import type { JournalEntry } from '../../src/domain/types';
import { count, emptyTally, type Books } from './landings';

const entry = (kind: JournalEntry['kind']) => ({ id: 'J-000001', date: '2026-03-02', kind, memo: '', lines: [] }) as unknown as JournalEntry;
const day: Books = { now: 0, entries: [], applications: [{ id: 'PG-1', status: 'menunggu' }], loans: [], members: [{ id: 'A-0001', status: 'aktif' }] };

describe('what the random days count as landed', () => {
  it('counts a deposit as landed only when a deposit entry was posted, and a step with nothing to act on apart', () => {
    const tally = emptyTally();
    count(tally, 'deposit', true, day, { ...day, entries: [entry('savings_deposit')] });
    count(tally, 'deposit', true, day, day); // refused: nothing posted
    count(tally, 'deposit', true, day, { ...day, entries: [entry('savings_withdrawal')] }); // posted, but not a deposit
    count(tally, 'waiver', false, day, day);
    expect([tally.deposit, tally.waiver]).toEqual([{ idle: 0, pressed: 3, landed: 1 }, { idle: 1, pressed: 0, landed: 0 }]);
  });

  it('counts an approval and an exit by the status they change, and refuses a kind it has no rule for', () => {
    const tally = emptyTally();
    count(tally, 'approval', true, day, { ...day, applications: [{ id: 'PG-1', status: 'disetujui' }] });
    count(tally, 'rejection', true, day, { ...day, applications: [{ id: 'PG-1', status: 'disetujui' }] });
    count(tally, 'member exit', true, day, { ...day, members: [{ id: 'A-0001', status: 'keluar' }] });
    expect([tally.approval.landed, tally.rejection.landed, tally['member exit'].landed]).toEqual([1, 0, 1]);
    expect(() => count(tally, 'lottery', true, day, day)).toThrow('No landing rule for "lottery"');
  });
});
