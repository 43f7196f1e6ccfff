/**
 * submitForm: a member submitting the form on her phone. Google refuses what the form refuses,
 * records the response, fills the destination tab, then runs the installed onFormSubmit triggers.
 */
import type { Runtime } from '../runtime';
import { advanceTime, runTrigger, triggersFor } from '../script';
import { checkAnswers, CheckedAnswer } from './answers';
import { appendResponseRow, ResponseCell, responseHeaders, sheetsTimestamp, spreadsheetTimeZone } from './destination';
import { Form } from './form';
import { FormResponse } from './responses';
import { sheetEventViews } from './sheet-views';
import { Answer, FormData, formData, formsState, ResponseData } from './state';

export interface SubmitOptions {
  email?: string;
  /** The platform delivers each trigger's event twice. */
  firedTwice?: boolean;
  /** A second, blank spreadsheet event a few seconds later (users' reports since 2019). */
  spuriousBlank?: boolean;
}

const SPURIOUS_DELAY_MS = 3_000;

export function submitForm(rt: Runtime, formId: string, answers: Record<string, Answer>, options: SubmitOptions = {}): void {
  const form = formData(rt, formId);
  const where = `Form "${form.title}"`;
  if (!form.published) throw new Error(`${where} is not published: a member cannot open it.`);
  if (!form.accepting) throw new Error(`${where} is not accepting responses.`);
  if (form.collectEmail && !options.email) throw new Error(`${where} collects email addresses: the member must give hers.`);
  const checked = checkAnswers(form, answers);

  const st = formsState(rt);
  const response: ResponseData = {
    id: `2_ABaOnud${(st.nextResponseId++).toString(36).padStart(6, '0')}EmuResp`,
    timestamp: rt.now(),
    email: form.collectEmail ? options.email! : '',
    answers: checked.filter((a) => a.value !== null).map((a) => ({ itemId: a.item.id, value: a.value! })),
  };
  form.responses.push(response);

  const times = options.firedTwice ? 2 : 1;
  const formEvent = () => ({
    authMode: 'FULL',
    response: rt.expose(new FormResponse(rt, formId, response.id)),
    source: rt.expose(new Form(rt, formId)),
  });
  const dest = form.destination;
  const appended = dest ? appendResponseRow(rt, dest.id, dest.sheetName, form, rowCells(response, checked)) : null;

  for (const t of triggersFor(rt, 'ON_FORM_SUBMIT', formId)) {
    for (let i = 0; i < times; i++) runTrigger(rt, t, { ...formEvent(), triggerUid: t.uid });
  }
  if (!dest || !appended) return;
  const sheetTriggers = triggersFor(rt, 'ON_FORM_SUBMIT', dest.id);
  const tz = spreadsheetTimeZone(rt, dest.id);
  const sheetEvent = (values: string[]) => ({
    authMode: 'FULL',
    ...sheetEventViews(rt, dest.id, dest.sheetName, appended.row, appended.columns),
    values,
    namedValues: Object.fromEntries(responseHeaders(form).map((h, i) => [h, [values[i] ?? '']])),
  });
  const values = eventValues(form, response, checked, tz);
  for (const t of sheetTriggers) {
    for (let i = 0; i < times; i++) runTrigger(rt, t, { ...sheetEvent(values), triggerUid: t.uid });
  }
  if (!options.spuriousBlank || !sheetTriggers.length) return;
  // The blank twin: not a new row in the tab, a later timestamp, every answer ''.
  advanceTime(rt, SPURIOUS_DELAY_MS);
  const blank = values.map((_, i) => (i === 0 ? sheetsTimestamp(rt.now(), tz) : ''));
  for (const t of triggersFor(rt, 'ON_FORM_SUBMIT', dest.id)) runTrigger(rt, t, { ...sheetEvent(blank), triggerUid: t.uid });
}

/** The destination row: timestamp, email when collected, then each question's answer. */
function rowCells(response: ResponseData, checked: CheckedAnswer[]): ResponseCell[] {
  const cells: ResponseCell[] = [{ instant: response.timestamp }];
  if (response.email) cells.push({ text: response.email });
  for (const { item, value } of checked) {
    if (item.type === 'DATE' && typeof value === 'string') cells.push({ date: value });
    else cells.push({ text: Array.isArray(value) ? value.join(', ') : value ?? '' });
  }
  return cells;
}

/** e.values: strings as the tab shows them (timestamp and dates in the spreadsheet's format). */
function eventValues(form: FormData, response: ResponseData, checked: CheckedAnswer[], tz: string): string[] {
  const values = [sheetsTimestamp(response.timestamp, tz)];
  if (form.collectEmail) values.push(response.email);
  for (const { item, value } of checked) {
    if (value === null) values.push('');
    else if (Array.isArray(value)) values.push(value.join(', '));
    else if (item.type === 'DATE') values.push(value.split('-').map(Number).slice(1).concat(Number(value.slice(0, 4))).join('/'));
    else values.push(value);
  }
  return values;
}
