import { loanCardOf, loanChoices, memberChoices, passbookOf } from '../../../src/app/books/views';
import { PENGAWAS, STRANGER, as } from '../harness';
import { SITI_LOAN, deposit, payInstallment, smallBooks } from '../books-fixtures';

describe('passbookOf', () => {
  it("gives Siti's savings by type with each movement and its running balance", () => {
    const ws = smallBooks();
    const { passbook, asOf } = as(ws, PENGAWAS, () => passbookOf('A-0001'));
    expect(asOf).toBe('2026-06-15');
    expect([passbook.pokok.closing, passbook.wajib.closing, passbook.sukarela.closing, passbook.total]).toEqual([100_000, 40_000, 50_000, 190_000]);
    // Wajib: 20.000 with her pokok, 20.000 in February.
    expect(passbook.wajib.rows.map((r) => [r.date, r.entryId, r.deposit, r.balance])).toEqual([
      ['2026-01-05', 'J-000001', 20_000, 20_000],
      ['2026-02-05', 'J-000004', 20_000, 40_000],
    ]);
  });

  it('refuses a member who is not in the books', () => {
    smallBooks();
    expect(() => passbookOf('A-0099')).toThrow(expect.objectContaining({ code: 'PASSBOOK_MEMBER_UNKNOWN' }));
  });

  it('offers every member and every loan in the dropdowns', () => {
    smallBooks();
    expect(memberChoices()).toEqual([{ value: 'A-0001', text: 'A-0001 Siti Aminah', left: false }, { value: 'A-0002', text: 'A-0002 Rahma Yani', left: false }]);
    expect(loanChoices()).toEqual([{ value: 'P-2026-0001', text: 'P-2026-0001 Siti Aminah' }]);
  });

  it('is refused to someone who is not a manager or pengawas', () => {
    const ws = smallBooks();
    expect(() => as(ws, STRANGER, () => passbookOf('A-0001'))).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
  });
});

describe('loanCardOf', () => {
  it("sets Siti's schedule against her two payments: 1.000.000 still owed, May and June overdue", () => {
    const ws = smallBooks();
    const { card, figures } = as(ws, PENGAWAS, () => loanCardOf('P-2026-0001'));
    // Flat 1,5% a month on 1.200.000 over 12 months: 100.000 principal + 18.000 interest each month.
    expect(card.rows.slice(0, 4).map((r) => [r.n, r.dueDate, r.principalDue, r.interestDue, r.status, r.paidOn ?? ''])).toEqual([
      [1, '2026-03-01', 100_000, 18_000, 'paid', '2026-03-01'],
      [2, '2026-04-01', 100_000, 18_000, 'paid', '2026-04-01'],
      [3, '2026-05-01', 100_000, 18_000, 'unpaid', ''],
      [4, '2026-06-01', 100_000, 18_000, 'unpaid', ''],
    ]);
    expect(figures.outstandingPrincipal).toBe(1_000_000);
    // Two installments overdue: 2 x 118.000; the oldest due 1 May, 45 days before 15 June.
    expect([figures.arrearsPrincipal, figures.arrearsInterest, figures.daysPastDue]).toEqual([200_000, 36_000, 45]);
    expect(figures.collectibility).toBe('lancar'); // up to 90 days
    // Penalty 2% a month after 7 days' grace: May's on 9 May and 9 June, June's on 9 June: 3 x 2.360.
    expect(figures.penaltyOwed).toBe(7_080);
  });

  it('refuses a loan that is not in the loans tab', () => {
    smallBooks();
    expect(() => loanCardOf('P-2026-0099')).toThrow(expect.objectContaining({ code: 'LOAN_CARD_LOAN_UNKNOWN' }));
  });

  it('marks as overdue the installments past their due date not fully paid, a partly paid one too', () => {
    const ws = smallBooks();
    expect([...as(ws, PENGAWAS, () => loanCardOf('P-2026-0001')).overdue]).toEqual([3, 4]);
    payInstallment(SITI_LOAN, '2026-06-10', 50_000, 18_000); // May's interest and half its principal
    const { card, overdue } = as(ws, PENGAWAS, () => loanCardOf('P-2026-0001'));
    expect(card.rows[2].status).toBe('partial');
    expect([...overdue]).toEqual([3, 4]);
  });
});

describe('the books views make the same number of service calls whatever the ledger size', () => {
  it('passbook and loan card: 19 or 100 journal lines', () => {
    const ws = smallBooks();
    const calls = (fn: () => unknown) => {
      ws.resetCallCounts();
      fn();
      return ws.totalCalls();
    };
    const small = [calls(() => passbookOf('A-0001')), calls(() => loanCardOf('P-2026-0001')), calls(memberChoices), calls(loanChoices)];
    for (let i = 0; i < 40; i++) deposit('A-0001', 'sukarela', 1_000, '2026-06-15');
    payInstallment(SITI_LOAN, '2026-06-15', 100_000, 18_000);
    expect([calls(() => passbookOf('A-0001')), calls(() => loanCardOf('P-2026-0001')), calls(memberChoices), calls(loanChoices)]).toEqual(small);
  });
});
