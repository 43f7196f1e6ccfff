/**
 * The master tabs as domain records: members and loans as the rest of the app reads them. Each
 * reads its tab through ctx.table, so a use case that asks twice still reads once.
 */
import type { Member } from '../domain/types';
import { isIsoDate } from '../domain/dates';
import type { LoanRecord } from '../domain/loans/portfolio';
import type { InterestMethod } from '../domain/loans/schedule';
import { LOANS, MEMBERS } from '../workspace/schema';
import type { Row } from '../workspace/table';
import type { Ctx } from './context';

/**
 * Every row Lumbung writes has an id (and a member her join date); a row without (a note typed by
 * hand under the list) is not a member or a loan, so no view stumbles on it. A loan row with an id
 * stays whatever its dates say: its number must never be given out again.
 */
const isRecord = (r: Row, ...dates: string[]) => String(r.id).trim() !== '' && dates.every((d) => isIsoDate(r[d]));

export function membersOf(ctx: Ctx): Member[] {
  return ctx.table(MEMBERS).rows.filter((r) => isRecord(r, 'joinDate')).map((r) => ({
    id: String(r.id), name: String(r.name), nik: String(r.nik), phone: String(r.phone), address: String(r.address),
    email: String(r.email), joinDate: String(r.joinDate), group: String(r.group),
    status: r.status === 'keluar' ? 'keluar' : 'aktif', exitDate: String(r.exitDate) as Member['exitDate'], note: String(r.note),
  }));
}

/** A rate typed as "1,5" or "1.5" (text, so that Sheets does not turn it into 150%). */
function rate(v: string | number): number {
  return typeof v === 'number' ? v : Number(String(v).replace(',', '.').replace('%', '').trim());
}

export function loansOf(ctx: Ctx): LoanRecord[] {
  return ctx.table(LOANS).rows.filter((r) => isRecord(r)).map((r) => ({
    id: String(r.id), memberId: String(r.memberId), productId: String(r.productId), principal: Number(r.principal),
    termMonths: Number(r.termMonths), ratePercent: rate(r.ratePercent), ratePer: r.ratePer === 'tahun' ? 'year' : 'month',
    method: String(r.method) as InterestMethod, disbursedOn: String(r.disbursedOn), firstDueDate: String(r.firstDueDate),
    status: (String(r.status) || 'berjalan') as LoanRecord['status'], collateralValue: Number(r.collateralValue) || 0,
  }));
}

/** A loan as its row in the loans tab (the columns the record has; the rest are the caller's). */
export function loanRow(loan: LoanRecord): Row {
  return {
    id: loan.id, memberId: loan.memberId, productId: loan.productId, principal: loan.principal, termMonths: loan.termMonths,
    ratePercent: String(loan.ratePercent).replace('.', ','), ratePer: loan.ratePer === 'year' ? 'tahun' : 'bulan',
    method: loan.method, disbursedOn: loan.disbursedOn, firstDueDate: loan.firstDueDate, status: loan.status,
    collateralValue: loan.collateralValue ?? 0,
  };
}
