/**
 * The event object Google passes to a card action when a user clicks: the button's parameters and
 * the card's inputs in commonEventObject.formInputs, shaped per widget as Google sends them.
 */
import { Click, clickButton, findWidgets } from './inspect';

/** What a user enters: text, several choices, or a date (ms since epoch, or a Date). */
export type InputValue = string | string[] | Date | { msSinceEpoch: number };

export interface EventOptions {
  hostApp?: string;
  userLocale?: string;
  timeZone?: { id: string; offset: number };
  nth?: number;
}

/** The name -> widget of every input on the cards of the tree. */
function inputsOf(tree: any): Map<string, any> {
  const inputs = new Map<string, any>();
  for (const w of findWidgets(tree)) {
    const input = w.textInput ?? w.selectionInput ?? w.dateTimePicker;
    if (input?.name) inputs.set(input.name, w);
  }
  return inputs;
}

/** What the card shows before the user changes anything: prefilled text, selected items, set dates. */
function initial(widget: any): InputValue | undefined {
  if (widget.textInput) return widget.textInput.value || undefined;
  if (widget.selectionInput) {
    const selected = widget.selectionInput.items.filter((i: any) => i.selected).map((i: any) => i.value);
    return selected.length ? selected : undefined;
  }
  const ms = widget.dateTimePicker.valueMsEpoch;
  return ms === undefined ? undefined : { msSinceEpoch: Number(ms) };
}

function formInput(widget: any, value: InputValue): object {
  if (widget.dateTimePicker) {
    const ms = value instanceof Date ? value.getTime() : typeof value === 'object' && !Array.isArray(value) ? value.msSinceEpoch : Number(value);
    return widget.dateTimePicker.type === 'DATE_ONLY' ? { dateInput: { msSinceEpoch: ms } } : { dateTimeInput: { msSinceEpoch: ms, hasDate: true, hasTime: true } };
  }
  return { stringInputs: { value: Array.isArray(value) ? [...value] : [String(value)] } };
}

/**
 * Clicks the button that reads `text` with the given inputs (field name -> value) and returns the
 * function to run and its event. A field the card does not have is refused: no user could fill it.
 */
export function clickEvent(tree: any, text: string, inputs: Record<string, InputValue> = {}, options: EventOptions = {}): { function: string; event: any; click: Click } {
  const click = clickButton(tree, text, { nth: options.nth });
  const widgets = inputsOf(tree);
  for (const name of Object.keys(inputs)) {
    if (!widgets.has(name)) throw new Error(`No input "${name}" on the card; inputs: ${[...widgets.keys()].join(', ') || 'none'}`);
  }
  const formInputs: Record<string, object> = {};
  for (const [name, widget] of widgets) {
    const value = name in inputs ? inputs[name] : initial(widget);
    // Google leaves out fields the user left empty.
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) formInputs[name] = formInput(widget, value);
  }
  const event = {
    commonEventObject: {
      hostApp: options.hostApp ?? 'SHEETS',
      platform: 'WEB',
      userLocale: options.userLocale ?? 'id',
      timeZone: options.timeZone ?? { id: 'Asia/Jakarta', offset: 25_200_000 },
      parameters: { ...click.parameters },
      formInputs,
    },
    // Deprecated top-level copy that Apps Script still sends.
    parameters: { ...click.parameters },
  };
  return { function: click.function, event, click };
}
