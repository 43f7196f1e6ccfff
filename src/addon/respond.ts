/**
 * Reading a card action's event and answering it: form inputs and parameters in, the next card or a
 * notification out, and every refusal shown as the plain message of its code. A person never sees a
 * stack trace.
 */
import { LumbungError, textProblems, throwIfProblems } from '../domain/errors';
import { Locale, t } from '../i18n';
import { AddonEvent, Card, eventLocale } from './ui';

export type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/**
 * A text the user typed or chose (the first value), trimmed; '' when empty. Every typed text passes
 * here, so here it is bounded (domain/text.ts): too long, or a control character (tabs and line
 * breaks only in a multi-line field), is refused in plain words before anything reads it.
 */
export function input(e: AddonEvent, name: string, opts: { readonly multiline?: boolean } = {}): string {
  const field = e?.commonEventObject?.formInputs?.[name];
  const value = field?.stringInputs?.value?.[0];
  if (value !== undefined) {
    const text = String(value).trim();
    throwIfProblems(textProblems(text, name, opts));
    return text;
  }
  const ms = field?.dateInput?.msSinceEpoch;
  return ms !== undefined ? String(ms) : '';
}

/**
 * The day picked in a date picker as 'YYYY-MM-DD', or '' when none was picked. Google sends the
 * picked day as milliseconds at midnight UTC, so the UTC date is the day the user chose.
 */
export function pickedDate(e: AddonEvent, name: string): string {
  const ms = input(e, name);
  return /^-?\d+$/.test(ms) ? new Date(Number(ms)).toISOString().slice(0, 10) : '';
}

/** An action parameter set when the card was built (always a string). */
export function param(e: AddonEvent, name: string): string {
  return String(e?.commonEventObject?.parameters?.[name] ?? '');
}

export function pushCard(card: Card): ActionResponse {
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().pushCard(card)).build();
}

export function updateCard(card: Card, note?: string): ActionResponse {
  const b = CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().updateCard(card));
  if (note) b.setNotification(CardService.newNotification().setText(note));
  return b.build();
}

export function notify(text: string): ActionResponse {
  return CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();
}

/** The plain words for a refusal: its own message, then each problem it carries. */
export function explain(locale: Locale, err: LumbungError): string {
  const lines = [t(locale, err.code, err.params)];
  let heading = '';
  for (const p of err.problems.slice(err.problems[0]?.code === err.code ? 1 : 0, 8)) {
    const h = p.heading ? t(locale, p.heading.code, p.heading.params ?? {}) : '';
    if (h !== '' && h !== heading) lines.push(h);
    heading = h;
    lines.push(t(locale, p.code, p.params ?? {}));
  }
  return lines.join('\n');
}

/** Runs a card action; a refusal or an unexpected failure becomes a notification in plain words. */
export function handle(e: AddonEvent, fn: (locale: Locale) => ActionResponse | Card): ActionResponse | Card {
  const locale = eventLocale(e);
  try {
    return fn(locale);
  } catch (err) {
    if (err instanceof LumbungError) return notify(explain(locale, err));
    console.error(err);
    return notify(t(locale, 'ERROR_UNEXPECTED'));
  }
}
