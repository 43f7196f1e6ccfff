/**
 * "Periksa buku": one click, then the answer in plain words: all is well (how many rows, the totals
 * balance), or what was changed by hand, grouped by kind, with the sheet's row numbers.
 */
import { verifyLedger, type LedgerCheck } from '../../app/books/verify';
import { formatRupiah } from '../../domain/money-text';
import type { TamperKind } from '../../domain/books/tamper';
import { Locale, t, type MessageCode } from '../../i18n/index';
import { ActionResponse, handle, pushCard } from '../respond';
import { AddonEvent, Card, card, paragraph, textSection } from '../ui';

/** Enough to act on; the rest are counted (a card holds at most 100 widgets). */
const SHOWN = 20;

const KINDS: ReadonlyArray<[TamperKind, MessageCode]> = [
  ['deleted', 'VERIFY_KIND_DELETED'],
  ['inserted', 'VERIFY_KIND_INSERTED'],
  ['moved', 'VERIFY_KIND_MOVED'],
  ['edited', 'VERIFY_KIND_EDITED'],
  ['codeMissing', 'VERIFY_KIND_CODE_MISSING'],
  ['unbalanced', 'VERIFY_KIND_UNBALANCED'],
];

export function onVerifyLedger(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(verifyCard(locale, verifyLedger())));
}

function totalsText(locale: Locale, { debit, credit }: LedgerCheck): string {
  const params = { debit: formatRupiah(debit), credit: formatRupiah(credit), difference: formatRupiah(Math.abs(debit - credit)) };
  return t(locale, debit === credit ? 'VERIFY_TOTALS_BALANCE' : 'VERIFY_TOTALS_DIFFER', params);
}

export function verifyCard(locale: Locale, check: LedgerCheck): Card {
  const { report } = check;
  const title = t(locale, 'VERIFY_TITLE');
  if (report.ok) return card(locale, title, [textSection(t(locale, 'VERIFY_ALL_WELL', { lines: report.lines }), totalsText(locale, check))]);
  const sections = [textSection(t(locale, 'JOURNAL_TAMPERED', { count: report.findings.length }), totalsText(locale, check))];
  let shown = 0;
  for (const [kind, header] of KINDS) {
    const findings = report.findings.filter((f) => f.kind === kind);
    if (findings.length === 0 || shown >= SHOWN) continue;
    const section = CardService.newCardSection().setHeader(t(locale, header, { count: findings.length }));
    for (const f of findings.slice(0, SHOWN - shown)) {
      section.addWidget(paragraph(t(locale, f.details.code, f.details.params ?? {})));
      shown++;
    }
    sections.push(section);
  }
  const more = report.findings.length - shown;
  sections.push(textSection(...(more > 0 ? [t(locale, 'VERIFY_MORE', { count: more })] : []), t(locale, 'VERIFY_WHAT_NOW')));
  return card(locale, title, sections);
}
