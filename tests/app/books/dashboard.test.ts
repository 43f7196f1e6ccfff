import { showDashboard } from '../../../src/app/books/dashboard';
import { PENGAWAS, as, spreadsheet, tabValues } from '../harness';
import { deposit, smallBooks } from '../books-fixtures';

describe('showDashboard', () => {
  it("gives the cooperative's figures today, worked out from the small books by hand", () => {
    smallBooks();
    const { figures } = showDashboard();
    expect(figures.members).toEqual({ active: 2, left: 0, joinedThisMonth: 0 });
    expect(figures.savings).toEqual({ pokok: 200_000, wajib: 40_000, sukarela: 2_050_000, total: 2_290_000 });
    // Wajib 20.000 due the 10th of each month from the join month: January to June = 120.000 each.
    // Siti paid 40.000 (owes 80.000), Rahma nothing (owes 120.000).
    expect(figures.wajibArrears).toEqual({ members: 2, amount: 200_000 });
    expect(figures.loans).toEqual({ count: 1, principal: 1_000_000 });
    expect(figures.arrears).toEqual({ principal: 200_000, interest: 36_000, total: 236_000, loansOverdue: 1, penalty: 7_080 });
    // 45 days late: lancar, but the whole loan is at risk over 30 days.
    expect(figures.collectibility).toMatchObject({ atRisk30: 1_000_000, par30: 1, problemLoans: 0, band: 'sehat' });
    // Cash: 200.000 + 40.000 + 2.050.000 in, 1.200.000 out, 2 x 118.000 back in.
    expect(figures.cash).toEqual({ kas: 1_326_000, bank: 0, total: 1_326_000 });
  });

  it('writes the same figures to the Ringkasan tab, with when they were computed', () => {
    const ws = smallBooks();
    showDashboard();
    const rows = tabValues(ws, 'Ringkasan');
    expect(rows[0]).toEqual(['Keterangan', 'Nilai']);
    expect(rows[1]).toEqual(['Dihitung pada', '2026-06-15 09:00:00']);
    expect(rows[2]).toEqual(['Per tanggal', '2026-06-15']);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Simpanan: Jumlah simpanan')).toBe(2_290_000);
    expect(value('Pinjaman: Sisa pokok pinjaman')).toBe(1_000_000);
    expect(value('Kesehatan pinjaman: Pinjaman terlambat lebih dari 30 hari (PAR30)')).toBe(1);
    expect(value('Kesehatan pinjaman: Penilaian')).toBe('Sehat (pinjaman bermasalah paling banyak 5%)');
    expect(value('Uang: Kas')).toBe(1_326_000);
    // Money reads as Rupiah in the sheet, shares as percents.
    const sheet = spreadsheet(ws).getSheetByName('Ringkasan')!;
    const at = (label: string) => rows.findIndex((r) => r[0] === label) + 1;
    expect(sheet.getRange(at('Uang: Kas'), 2).getDisplayValue()).toBe('Rp1,326,000');
    expect(sheet.getRange(at('Kesehatan pinjaman: Pinjaman terlambat lebih dari 30 hari (PAR30)'), 2).getDisplayValue()).toBe('100.0%');
  });

  it('shows a pengawas the figures but leaves the tab to the managers', () => {
    const ws = smallBooks();
    const { written, figures } = as(ws, PENGAWAS, () => showDashboard());
    expect(written).toBe(false);
    expect(figures.savings.total).toBe(2_290_000);
    expect(tabValues(ws, 'Ringkasan')).toHaveLength(1);
  });

  it('makes the same number of service calls with 19 or 100 journal lines', () => {
    const ws = smallBooks();
    const calls = () => {
      ws.resetCallCounts();
      showDashboard();
      return ws.totalCalls();
    };
    const small = calls();
    for (let i = 0; i < 81; i++) deposit('A-0001', 'sukarela', 1_000, '2026-06-15');
    expect(calls()).toBe(small);
  });
});
