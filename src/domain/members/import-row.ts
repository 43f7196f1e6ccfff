/**
 * One row of the "Impor" tab read into a member's details and her opening savings. Cells come as
 * Sheets gives them (text, numbers, blanks; dates already turned to ISO by the caller); every
 * problem is collected, none thrown, so the manager sees all that is wrong with the row at once.
 */
import type { Member } from '../types';
import type { SavingsType } from '../types';
import { isRupiah, type Rupiah } from '../money';
import { LumbungError, type Problem } from '../errors';
import { parseRupiah } from '../money-text';
import { cellText } from '../settings/cells';

export type ImportCell = string | number | boolean | null | undefined;

/** The Impor tab's columns; every one may be blank. memberId blank: the next number is given. */
export interface ImportRow {
  readonly memberId?: ImportCell;
  readonly name?: ImportCell;
  readonly nik?: ImportCell;
  readonly phone?: ImportCell;
  readonly address?: ImportCell;
  readonly email?: ImportCell;
  readonly joinDate?: ImportCell;
  readonly group?: ImportCell;
  readonly pokok?: ImportCell;
  readonly wajib?: ImportCell;
  readonly sukarela?: ImportCell;
}

export type OpeningSavings = Readonly<Record<SavingsType, Rupiah>>;

export interface ReadImportRow {
  /** As written, trimmed and in capitals (a-0001 is A-0001); '' when blank. */
  readonly memberId: string;
  readonly details: Omit<Member, 'id' | 'status' | 'exitDate'>;
  readonly savings: OpeningSavings;
  readonly problems: readonly Problem[];
}

const FIELDS: readonly (keyof ImportRow)[] = ['memberId', 'name', 'nik', 'phone', 'address', 'email', 'joinDate', 'group', 'pokok', 'wajib', 'sukarela'];


/** A row with nothing in it: pastes often end with a few. */
export function isBlankImportRow(row: ImportRow): boolean {
  return FIELDS.every((f) => cellText(row[f]) === '');
}

/** Member numbers the cooperative used on paper are kept ("001", "KSP-12"): letters, digits, - . / */
const MEMBER_ID = /^[A-Za-z0-9][A-Za-z0-9./-]{0,19}$/;

function readMoney(field: SavingsType, cell: ImportCell, problems: Problem[]): Rupiah {
  if (typeof cell === 'number') {
    if (!isRupiah(cell)) problems.push({ code: 'AMOUNT_NOT_WHOLE', params: { text: String(cell) }, where: field });
    else if (cell < 0) problems.push({ code: 'IMPORT_AMOUNT_NEGATIVE', params: { text: String(cell) }, where: field });
    else return cell;
    return 0;
  }
  if (cellText(cell) === '') return 0;
  try {
    return parseRupiah(cellText(cell));
  } catch (e) {
    if (!(e instanceof LumbungError)) throw e;
    problems.push({ code: e.code, params: e.params, where: field });
    return 0;
  }
}

export function readImportRow(row: ImportRow): ReadImportRow {
  const problems: Problem[] = [];
  const memberId = cellText(row.memberId).toUpperCase();
  if (memberId !== '' && !MEMBER_ID.test(memberId)) problems.push({ code: 'IMPORT_MEMBER_ID_INVALID', params: { id: memberId }, where: 'memberId' });
  // A 16-digit NIK in a number cell has already lost its last digit (Sheets keeps 15): refuse it.
  let nik = cellText(row.nik);
  if (typeof row.nik === 'number') {
    problems.push({ code: 'IMPORT_NIK_AS_NUMBER', params: { nik }, where: 'nik' });
    nik = '';
  }
  // A number cell drops the leading 0 of 0812...; Indonesian mobile numbers start with 08.
  let phone = cellText(row.phone);
  if (typeof row.phone === 'number' && phone.startsWith('8')) phone = `0${phone}`;
  const savings = {
    pokok: readMoney('pokok', row.pokok, problems),
    wajib: readMoney('wajib', row.wajib, problems),
    sukarela: readMoney('sukarela', row.sukarela, problems),
  };
  const details = {
    name: cellText(row.name), nik, phone, address: cellText(row.address), email: cellText(row.email),
    joinDate: cellText(row.joinDate), group: cellText(row.group), note: '',
  };
  return { memberId, details, savings, problems };
}
