/**
 * The side panel as a manager uses it, the one driver every bundle test clicks through: open it,
 * read the card on top, fill inputs by their label, press a button by its text, go back. It keeps
 * the card stack as Google's client does (push, update, pop) and sends events built by the
 * emulator's cardJson/clickEvent (DESIGN's contract), with the Sheets event around them.
 */
import type { Workspace } from '../../local/emulator';
import { buttonsIn, cardJson, clickButton, clickEvent, findWidgets, notificationText, type Click, type InputValue } from '../../local/emulator/card';
import { sheetsEvent } from './harness';

export interface Bundle {
  invoke(name: string, event?: unknown): unknown;
}

export interface PanelOptions {
  /** Who has the panel open: every click runs as her. Default: the workspace's current user. */
  user?: string;
  /** The user's locale Google sends (commonEventObject.userLocale). Default 'id'. */
  locale?: string;
}

/** What a manager types: text, a choice by its text or value, or a date as 'YYYY-MM-DD'. */
export type Typed = string | string[] | Date | { msSinceEpoch: number };

export interface Panel {
  /** The card on top of the panel, as JSON. */
  readonly card: any;
  /** Its title. */
  readonly title: string;
  /** What the card says, in order: a paragraph's text, a labelled figure as "label: text". */
  readonly lines: string[];
  /** The texts of paragraphs and figures alone, in order. */
  readonly texts: string[];
  /** Label -> text of the card's labelled figures. */
  readonly labels: Record<string, string>;
  /** The texts of the buttons a user can see on the card. */
  readonly buttons: string[];
  /** The labels (or, without one, field names) of the inputs on the card. */
  readonly inputLabels: string[];
  /** The notification of the last click (null when it showed none). */
  readonly notification: string | null;
  /** The items of a choice input (by label or name), as read. */
  choices(input: string): string[];
  /** What the button that reads `text` would run, without clicking it. */
  button(text: string, nth?: number): Click;
  /** Types into inputs by their label (or field name); kept until the card changes. */
  fill(inputs: Record<string, Typed>): Panel;
  /** Presses the button that reads `text`, with what was filled; the panel shows the answer. */
  click(text: string, options?: { nth?: number }): Panel;
  /** Two presses of the same button before the first answer arrives: the two notifications. */
  doubleClick(text: string): [string | null, string | null];
  /** The client's back arrow. */
  back(): Panel;
}

function inputWidgets(card: any): any[] {
  return findWidgets(card).map((w) => w.textInput ?? w.selectionInput ?? w.dateTimePicker).filter((i) => i?.name);
}

/** The field name behind a label (or a name), and the value as the input takes it. */
function typedInto(card: any, key: string, value: Typed): [string, InputValue] {
  const inputs = inputWidgets(card);
  const input = inputs.find((i) => i.label === key) ?? inputs.find((i) => i.name === key);
  if (!input) throw new Error(`No input "${key}" on the card "${card.header?.title ?? ''}"; inputs: ${inputs.map((i) => `"${i.label ?? i.name}"`).join(', ') || 'none'}`);
  if (input.items) {
    const pick = (v: string) => input.items.find((it: any) => it.text === v || it.value === v)?.value;
    const values = (Array.isArray(value) ? value : [String(value)]).map((v) => {
      const found = pick(v);
      if (found === undefined) throw new Error(`No choice "${v}" in "${key}"; choices: ${input.items.map((it: any) => `"${it.text}"`).join(', ')}`);
      return found;
    });
    return [input.name, Array.isArray(value) ? values : values[0]];
  }
  const isDate = findWidgets(card).some((w) => w.dateTimePicker?.name === input.name);
  if (isDate && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return [input.name, { msSinceEpoch: Date.parse(`${value}T00:00:00Z`) }];
  }
  return [input.name, value as InputValue];
}

function lineOf(w: any): string | null {
  if (w.textParagraph) return w.textParagraph.text;
  if (w.decoratedText) return w.decoratedText.topLabel ? `${w.decoratedText.topLabel}: ${w.decoratedText.text}` : w.decoratedText.text;
  return null;
}

/** Opens the add-on's Sheets homepage for `user` on a workspace running `bundle`. */
export function openPanel(ws: Workspace, bundle: Bundle, options: PanelOptions = {}): Panel {
  const user = options.user ?? ws.runtime.state.user;
  const locale = options.locale ?? 'id';
  const event = (extra: object = {}) => {
    const base: any = sheetsEvent(ws, { userLocale: locale });
    const more: any = extra;
    return { ...base, ...more, commonEventObject: { ...base.commonEventObject, ...more.commonEventObject } };
  };
  const run = (fn: string, e: object) => {
    ws.setUser(user);
    return cardJson(bundle.invoke(fn, event(e)));
  };
  const stack: any[] = [run('onSheetsHomepage', {})];
  let filled: Record<string, InputValue> = {};
  let note: string | null = null;
  const top = () => stack[stack.length - 1];

  /** The answer as Google's client shows it: the navigation steps on the stack, then the notification. */
  const show = (answer: any) => {
    note = notificationText(answer);
    const before = top();
    if (Array.isArray(answer?.sections)) stack[stack.length - 1] = answer;
    for (const step of answer?.renderActions?.action?.navigations ?? []) {
      if (step.pushCard) stack.push(step.pushCard);
      else if (step.updateCard) stack[stack.length - 1] = step.updateCard;
      else if (step.pop && stack.length > 1) stack.pop();
      else if (step.popToRoot) stack.splice(1);
    }
    if (top() !== before) filled = {};
  };
  const press = (text: string, nth?: number) => {
    const c = clickEvent(top(), text, filled, { nth, userLocale: locale });
    return () => run(c.function, c.event);
  };

  const panel: Panel = {
    get card() { return top(); },
    get title() { return top().header?.title ?? ''; },
    get lines() { return findWidgets(top()).map(lineOf).filter((x): x is string => x !== null); },
    get texts() { return findWidgets(top()).map((w) => w.textParagraph?.text ?? w.decoratedText?.text).filter(Boolean); },
    get labels() { return Object.fromEntries(findWidgets(top(), (w) => w.decoratedText?.topLabel).map((w) => [w.decoratedText.topLabel, w.decoratedText.text])); },
    get buttons() { return buttonsIn(top()).map((b) => b.text); },
    get inputLabels() { return inputWidgets(top()).map((i) => i.label ?? i.name); },
    get notification() { return note; },
    choices(key) {
      const input = inputWidgets(top()).find((i) => (i.label === key || i.name === key) && i.items);
      if (!input) throw new Error(`No choice input "${key}" on the card "${panel.title}"`);
      return input.items.map((i: any) => i.text);
    },
    button: (text, nth) => clickButton(top(), text, { nth }),
    fill(inputs) {
      for (const [key, value] of Object.entries(inputs)) {
        const [name, typed] = typedInto(top(), key, value);
        filled[name] = typed;
      }
      return panel;
    },
    click(text, options = {}) {
      show(press(text, options.nth)());
      return panel;
    },
    doubleClick(text) {
      const again = press(text);
      const first = again();
      const second = again();
      show(second);
      return [notificationText(first), notificationText(second)];
    },
    back() {
      if (stack.length < 2) throw new Error(`Nothing to go back to from "${panel.title}": it is the first card`);
      stack.pop();
      filled = {};
      note = null;
      return panel;
    },
  };
  return panel;
}
