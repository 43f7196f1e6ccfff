/**
 * The ringkasan (dashboard): dashboardFigures of the books today, as labelled lines that the card
 * shows and that are written to the "Ringkasan" tab in one block, with when they were computed.
 * A pengawas sees the card; the tab is written only for the managers (it is theirs to edit).
 */
import { dashboardFigures, type DashboardFigures } from '../../domain/reports/dashboard';
import { rolesOf } from '../../domain/roles';
import { t, type MessageCode } from '../../i18n/index';
import { DASHBOARD } from '../../workspace/schema';
import { writeReportRows, type ReportCell } from '../../workspace/report';
import { runAction } from '../context';
import { journalOf } from './journal';
import { loansOf, membersOf } from '../records';

/** money: whole rupiah; count; share: a fraction (0.125 = 12,5%); word: an i18n code. */
export type FigureKind = 'money' | 'count' | 'share' | 'word';

/** The group it belongs to and its label; a 'word' figure's value is a code too. */
export type FigureLine = { readonly group: MessageCode; readonly label: MessageCode } & (
  | { readonly kind: Exclude<FigureKind, 'word'>; readonly value: number }
  | { readonly kind: 'word'; readonly value: MessageCode });

const BAND_WORD = { sehat: 'BAND_SEHAT', cukup_sehat: 'BAND_CUKUP_SEHAT', kurang_sehat: 'BAND_KURANG_SEHAT', tidak_sehat: 'BAND_TIDAK_SEHAT' } as const;

/** The figures in the order a manager reads them. */
export function dashboardLines(f: DashboardFigures): FigureLine[] {
  const line = (group: MessageCode, label: MessageCode, value: number, kind: Exclude<FigureKind, 'word'>): FigureLine => ({ group, label, value, kind });
  const c = f.collectibility;
  return [
    line('DASH_MEMBERS', 'DASH_MEMBERS_ACTIVE', f.members.active, 'count'),
    line('DASH_MEMBERS', 'DASH_MEMBERS_JOINED', f.members.joinedThisMonth, 'count'),
    line('DASH_MEMBERS', 'DASH_MEMBERS_LEFT', f.members.left, 'count'),
    line('DASH_SAVINGS', 'SAVINGS_POKOK', f.savings.pokok, 'money'),
    line('DASH_SAVINGS', 'SAVINGS_WAJIB', f.savings.wajib, 'money'),
    line('DASH_SAVINGS', 'SAVINGS_SUKARELA', f.savings.sukarela, 'money'),
    line('DASH_SAVINGS', 'DASH_SAVINGS_TOTAL', f.savings.total, 'money'),
    line('DASH_SAVINGS', 'DASH_WAJIB_ARREARS_MEMBERS', f.wajibArrears.members, 'count'),
    line('DASH_SAVINGS', 'DASH_WAJIB_ARREARS', f.wajibArrears.amount, 'money'),
    line('DASH_LOANS', 'DASH_LOANS_COUNT', f.loans.count, 'count'),
    line('DASH_LOANS', 'DASH_LOANS_OUTSTANDING', f.loans.principal, 'money'),
    line('DASH_LOANS', 'DASH_ARREARS_LOANS', f.arrears.loansOverdue, 'count'),
    line('DASH_LOANS', 'DASH_ARREARS_PRINCIPAL', f.arrears.principal, 'money'),
    line('DASH_LOANS', 'DASH_ARREARS_INTEREST', f.arrears.interest, 'money'),
    line('DASH_LOANS', 'DASH_ARREARS_TOTAL', f.arrears.total, 'money'),
    line('DASH_LOANS', 'DASH_PENALTY', f.arrears.penalty, 'money'),
    line('DASH_HEALTH', 'COLL_LANCAR', c.outstandingBy.lancar, 'money'),
    line('DASH_HEALTH', 'COLL_KURANG_LANCAR', c.outstandingBy.kurang_lancar, 'money'),
    line('DASH_HEALTH', 'COLL_DIRAGUKAN', c.outstandingBy.diragukan, 'money'),
    line('DASH_HEALTH', 'COLL_MACET', c.outstandingBy.macet, 'money'),
    line('DASH_HEALTH', 'DASH_PAR30', c.par30, 'share'),
    line('DASH_HEALTH', 'DASH_PROBLEM_RATIO', c.problemRatio, 'share'),
    { group: 'DASH_HEALTH', label: 'DASH_BAND', value: BAND_WORD[c.band], kind: 'word' },
    line('DASH_HEALTH', 'DASH_RESERVE_REQUIRED', c.requiredReserve, 'money'),
    line('DASH_HEALTH', 'DASH_RESERVE_BOOKED', c.bookedReserve, 'money'),
    line('DASH_CASH', 'DASH_KAS', f.cash.kas, 'money'),
    line('DASH_CASH', 'DASH_BANK', f.cash.bank, 'money'),
    line('DASH_CASH', 'DASH_CASH_TOTAL', f.cash.total, 'money'),
  ];
}

const FORMAT: Readonly<Record<FigureKind, string>> = { money: '"Rp"#,##0', count: '0', share: '0.0%', word: '@' };

/** The tab's rows: when they were computed and as of which day, then one row per figure (in Indonesian). */
function reportRows(lines: readonly FigureLine[], computedAt: string, asOf: string): ReportCell[][] {
  const text = (value: string): ReportCell => ({ value, format: '@' });
  return [
    [text(t('id', 'DASH_COMPUTED_AT')), text(computedAt)],
    [text(t('id', 'DASH_AS_OF')), text(asOf)],
    ...lines.map((l) => [
      text(`${t('id', l.group)}: ${t('id', l.label)}`),
      l.kind === 'word' ? text(t('id', l.value)) : { value: l.value, format: FORMAT[l.kind] },
    ]),
  ];
}

export interface Dashboard {
  readonly figures: DashboardFigures;
  readonly lines: readonly FigureLine[];
  readonly computedAt: string;
  /** False for a pengawas: the tab was left as the managers last wrote it. */
  readonly written: boolean;
}

export function showDashboard(): Dashboard {
  return runAction('view_books', (ctx) => {
    const figures = dashboardFigures({
      members: membersOf(ctx), loans: loansOf(ctx), products: ctx.settings.products, entries: journalOf(ctx).entries,
      chart: ctx.chart, settings: ctx.settings, asOf: ctx.today,
    });
    const lines = dashboardLines(figures);
    const written = rolesOf(ctx.user, ctx.settings.roles).some((r) => r !== 'pengawas');
    if (written) writeReportRows(ctx.ss, DASHBOARD, reportRows(lines, ctx.recordedAt, ctx.today));
    return { figures, lines, computedAt: ctx.recordedAt, written };
  });
}
