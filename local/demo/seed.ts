/**
 * A demo cooperative on the emulator: members, savings and loans posted with Lumbung's own posting
 * rules and written to the ledger's tabs, up to a given number of journal lines. `npm start` shows
 * it; `npm run bench` measures operations on it at several sizes. Deterministic: same options, same
 * ledger.
 */
import { createWorkspace, installGlobals, type Workspace } from '../emulator';
import { setupLedger } from '../../src/app/setup';
import { loanRow } from '../../src/app/records';
import { accountFor, defaultChartOfAccounts as chart } from '../../src/domain/books/accounts';
import { addMonths, compareDates, type IsoDate } from '../../src/domain/dates';
import { entryId } from '../../src/domain/books/numbering';
import { lastChainState, recordsOfEntries } from '../../src/domain/books/records';
import { journalDigest, newDigestKey } from '../../src/domain/books/digest';
import { loanSchedule } from '../../src/domain/loans/schedule';
import { defaultLoanProducts, loanFee, loanTermsFor } from '../../src/domain/loans/products';
import type { Member } from '../../src/domain/types';
import type { LoanRecord } from '../../src/domain/loans/portfolio';
import { postInstallmentPayment, postLoanDisbursement } from '../../src/domain/loans/postings';
import { postMemberJoin } from '../../src/domain/members/postings';
import { postSavingsDeposit } from '../../src/domain/savings/postings';
import type { JournalEntry } from '../../src/domain/types';
import { LOANS, MEMBERS, SCHEDULES, SETTINGS } from '../../src/workspace/schema';
import { appendJournal, JOURNAL, saveChainTip } from '../../src/workspace/journal';
import { appendRows, readTable, updateRows, type Row } from '../../src/workspace/table';
import { FIRST_NAMES, GROUPS, LAST_NAMES, STREETS } from './people';

export const DEMO_USERS = {
  ketua: 'ketua@koperasi.example',
  bendahara: 'bendahara@koperasi.example',
  sekretaris: 'sekretaris@koperasi.example',
  pengawas: 'pengawas@koperasi.example',
};

export interface DemoOptions {
  readonly members?: number;
  /** Journal lines to reach (at least the members' joins). */
  readonly journalLines?: number;
  readonly loans?: number;
  readonly now?: Date;
}

export interface Demo {
  readonly ws: Workspace;
  /** Lines in the journal tab. */
  readonly journalLines: number;
  readonly members: readonly Member[];
  readonly loans: readonly LoanRecord[];
  /** Gives the process its globals back. */
  readonly close: () => void;
}

/** A small deterministic generator (mulberry32), so the demo is the same every time. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoCooperative(options: DemoOptions = {}): Demo {
  const memberCount = options.members ?? 200;
  const target = options.journalLines ?? 2_000;
  const ws = createWorkspace({ now: options.now ?? new Date('2026-11-27T03:00:00Z'), user: DEMO_USERS.ketua, locale: 'id_ID' });
  const close = installGlobals(ws);
  setupLedger();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.rename('Buku Koperasi Wanita Sejahtera Jambi');
  const settings = readTable(ss, SETTINGS, 'Asia/Jakarta');
  const set: Record<string, string> = { nama_koperasi: 'Koperasi Wanita Sejahtera Jambi', ...DEMO_USERS };
  updateRows(settings, new Map(settings.rows.flatMap((r, i) => (String(r.key) in set ? [[i, { value: set[String(r.key)] }] as const] : []))));
  setupLedger(); // the managers named above become editors of the protected tabs

  const rnd = random(20260101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const today = '2026-11-27';
  const cash = accountFor(chart, 'cash');
  const entries: JournalEntry[] = [];
  let lines = 0;
  const post = (make: (id: string) => JournalEntry) => {
    const e = make(entryId(entries.length + 1));
    entries.push(e);
    lines += e.lines.length;
  };
  const meta = (id: string, date: IsoDate, memo: string) => ({ id, date, memo, recordedBy: DEMO_USERS.bendahara, receipt: `KW-${date.slice(0, 4)}-${id.slice(2)}` });

  // Members joined about as many months ago as the journal has monthly deposits for them, so that
  // most are up to date with their wajib, as in a cooperative that keeps its books.
  const loanCount = options.loans ?? Math.min(30, memberCount);
  const depositsEach = Math.max(0, target - memberCount * 3 - loanCount * 40) / 2.5 / memberCount;
  const months = Math.max(4, Math.min(72, Math.round(depositsEach)));
  const members: Member[] = [];
  for (let i = 1; i <= memberCount; i++) {
    const joinDate = addMonths('2026-11-06', -(months + (rnd() < 0.1 ? 1 : 0)));
    const m: Member = {
      id: `A-${String(i).padStart(4, '0')}`, name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, nik: `1571${String(Math.floor(rnd() * 1e12)).padStart(12, '0')}`,
      phone: `08${String(Math.floor(rnd() * 1e10)).padStart(10, '0')}`, address: `${pick(STREETS)} No. ${1 + Math.floor(rnd() * 200)}, Jambi`,
      email: '', joinDate, group: pick(GROUPS), status: 'aktif', exitDate: '', note: '',
    };
    members.push(m);
    post((id) => postMemberJoin(chart, meta(id, joinDate, `Simpanan pokok anggota baru ${m.id} ${m.name}`), { memberId: m.id, pokok: 100_000, wajib: 20_000, moneyAccount: cash }));
  }

  const product = defaultLoanProducts[0];
  const loans: LoanRecord[] = [];
  const schedules: Row[] = [];
  for (let k = 1; k <= loanCount; k++) {
    const m = members[(k * 7) % members.length];
    const disbursedOn = addMonths('2025-06-10', Math.floor(rnd() * 14));
    const principal = 1_000_000 * (1 + Math.floor(rnd() * 10));
    const terms = loanTermsFor(product, principal, 12, addMonths(disbursedOn, 1));
    const record: LoanRecord = { id: `P-${disbursedOn.slice(0, 4)}-${String(k).padStart(4, '0')}`, memberId: m.id, productId: product.id, principal, termMonths: 12, ratePercent: terms.ratePercent, ratePer: terms.ratePer, method: terms.method, disbursedOn, firstDueDate: terms.firstDueDate, status: 'berjalan' };
    const schedule = loanSchedule(terms);
    const stops = k % 5 === 2; // the second loan, and every fifth after it, stops paying after its third installment
    const paidAll = !stops && compareDates(schedule[schedule.length - 1].dueDate, today) <= 0;
    const loan: LoanRecord = { ...record, status: paidAll ? 'lunas' : 'berjalan' };
    loans.push(loan);
    post((id) => postLoanDisbursement(chart, meta(id, disbursedOn, `Pencairan pinjaman ${loan.id}`), { memberId: m.id, loanId: loan.id, principal, fee: loanFee(product.fee, principal), moneyAccount: cash }));
    for (const row of schedule) {
      schedules.push({ loanId: loan.id, n: row.n, dueDate: row.dueDate, principal: row.principal, interest: row.interest, payment: row.payment, balance: row.balance });
      if (compareDates(row.dueDate, today) > 0 || (stops && row.n > 3)) continue;
      post((id) => postInstallmentPayment(chart, meta(id, row.dueDate, `Angsuran pinjaman ${loan.id}`), { memberId: m.id, loanId: loan.id, parts: { penalty: 0, interest: row.interest, principal: row.principal }, moneyAccount: cash }));
    }
  }

  // Monthly wajib and some sukarela, oldest first, until the journal has its lines.
  for (let month = 0; lines < target && month < 10_000; month++) {
    for (const m of members) {
      const date = addMonths(m.joinDate, 1 + (month % 72));
      if (lines >= target) break;
      if (compareDates(date, today) > 0) continue;
      post((id) => postSavingsDeposit(chart, meta(id, date, `Setoran simpanan wajib ${m.id}`), { memberId: m.id, savingsType: 'wajib', amount: 20_000, moneyAccount: cash }));
      // About one member in four also saves a little sukarela that month.
      if (rnd() < 0.25 && lines < target) {
        post((id) => postSavingsDeposit(chart, meta(id, date, `Setoran simpanan sukarela ${m.id}`), { memberId: m.id, savingsType: 'sukarela', amount: 50_000 * (1 + Math.floor(rnd() * 4)), moneyAccount: cash }));
      }
    }
  }

  appendRows(readTable(ss, MEMBERS, 'Asia/Jakarta'), members as unknown as Row[]);
  appendRows(readTable(ss, LOANS, 'Asia/Jakarta'), loans.map(loanRow));
  appendRows(readTable(ss, SCHEDULES, 'Asia/Jakarta'), schedules);
  const records = recordsOfEntries(entries, { nextSeq: 1, prevHash: '', recordedAt: '2026-11-27 10:00:00' });
  appendJournal(readTable(ss, JOURNAL, 'Asia/Jakarta'), records);
  // The tip and digest Lumbung saves after a write, as if these rows had been posted through it.
  const key = newDigestKey(rnd);
  saveChainTip({ ...lastChainState(records), rows: records.length, key, digest: journalDigest(key, records) });
  ws.resetCallCounts();
  return { ws, journalLines: records.length, members, loans, close };
}
