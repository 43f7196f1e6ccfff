/** Form widgets and buttons, named for what a manager sees. */
export function textField(name: string, title: string, opts: { hint?: string; value?: string; multiline?: boolean } = {}): GoogleAppsScript.Card_Service.TextInput {
  const w = CardService.newTextInput().setFieldName(name).setTitle(title);
  if (opts.hint) w.setHint(opts.hint);
  if (opts.value) w.setValue(opts.value);
  if (opts.multiline) w.setMultiline(true);
  return w;
}

/** A day to pick (the event brings it as ms at midnight UTC: respond.pickedDate reads it). */
export function datePicker(name: string, title: string): GoogleAppsScript.Card_Service.DatePicker {
  return CardService.newDatePicker().setFieldName(name).setTitle(title);
}

export function dropdown(name: string, title: string, items: ReadonlyArray<{ text: string; value: string }>, selected?: string): GoogleAppsScript.Card_Service.SelectionInput {
  const w = CardService.newSelectionInput().setType(CardService.SelectionInputType.DROPDOWN).setFieldName(name).setTitle(title);
  items.forEach((it, i) => w.addItem(it.text, it.value, selected === undefined ? i === 0 : it.value === selected));
  return w;
}

export function action(fn: string, params: Readonly<Record<string, string>> = {}): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction().setFunctionName(fn).setParameters({ ...params });
}

export function button(text: string, fn: string, params: Readonly<Record<string, string>> = {}, filled = false): GoogleAppsScript.Card_Service.TextButton {
  const b = CardService.newTextButton().setText(text).setOnClickAction(action(fn, params));
  if (filled) b.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  return b;
}

export function buttons(...list: GoogleAppsScript.Card_Service.TextButton[]): GoogleAppsScript.Card_Service.ButtonSet {
  const set = CardService.newButtonSet();
  for (const b of list) set.addButton(b);
  return set;
}
