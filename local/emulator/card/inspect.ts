/**
 * Test-side readers of card JSON: the cards a response shows, their widgets and buttons, and what a
 * click on a button runs. Tests of the add-on "click" through these, as Google's clients do.
 */
import { RAW, TO_JSON } from './base';

/** The plain google.apps.card.v1 tree of a Card, ActionResponse, UniversalActionResponse, ... */
export function cardJson(x: unknown): any {
  if (typeof x !== 'object' || x === null || !(RAW in x)) throw new Error(`cardJson: not a CardService object: ${String(x)}`);
  return (x as any)[RAW][TO_JSON]();
}

/** The cards in a tree: the card itself, or those a response pushes or updates, in order. */
export function cardsIn(tree: any): any[] {
  if (Array.isArray(tree?.sections)) return [tree];
  const navigations: any[] = tree?.renderActions?.action?.navigations ?? [];
  return navigations.flatMap((n) => [n.pushCard, n.updateCard].filter(Boolean));
}

/** Every widget of every card in the tree that matches (all of them without a predicate). */
export function findWidgets(tree: any, predicate: (widget: any) => boolean = () => true): any[] {
  return cardsIn(tree).flatMap((c) => c.sections.flatMap((s: any) => s.widgets)).filter(predicate);
}

/** Something a user can click, with the text she reads on it. */
export interface Clickable {
  text: string;
  onClick?: any;
  disabled?: boolean;
}

/** Buttons in lists, on decorated text and in the footer; clickable decorated text; card actions. */
export function buttonsIn(tree: any): Clickable[] {
  const out: Clickable[] = [];
  for (const card of cardsIn(tree)) {
    for (const w of card.sections.flatMap((s: any) => s.widgets)) {
      if (w.buttonList) out.push(...w.buttonList.buttons);
      if (w.decoratedText?.button) out.push(w.decoratedText.button);
      if (w.decoratedText?.onClick) out.push({ text: w.decoratedText.text, onClick: w.decoratedText.onClick });
    }
    if (card.fixedFooter?.primaryButton) out.push(card.fixedFooter.primaryButton);
    if (card.fixedFooter?.secondaryButton) out.push(card.fixedFooter.secondaryButton);
    for (const a of card.cardActions ?? []) out.push({ text: a.actionLabel, onClick: a.onClick });
  }
  return out;
}

/** What a click runs: the global function and its (string) parameters. */
export interface Click {
  function: string;
  parameters: Record<string, string>;
}

/**
 * The action behind the button that reads `text`. Refuses what a user could not do: a button that
 * is not there, is disabled, or only opens a link. When several buttons read the same, `nth`
 * (0-based, in reading order) says which.
 */
export function clickButton(tree: any, text: string, options: { nth?: number } = {}): Click {
  const all = buttonsIn(tree);
  const matches = all.filter((b) => b.text === text);
  if (matches.length === 0) throw new Error(`No button "${text}" on the card; buttons: ${all.map((b) => `"${b.text}"`).join(', ') || 'none'}`);
  if (matches.length > 1 && options.nth === undefined) throw new Error(`${matches.length} buttons read "${text}": pass { nth } to choose one`);
  const button = matches[options.nth ?? 0];
  if (!button) throw new Error(`No button "${text}" number ${options.nth}; there are ${matches.length}`);
  if (button.disabled) throw new Error(`Button "${text}" is disabled: a user cannot click it`);
  const action = button.onClick?.action;
  if (!action) throw new Error(`Button "${text}" runs no function (onClick: ${JSON.stringify(button.onClick ?? null)})`);
  const parameters = Object.fromEntries((action.parameters ?? []).map((p: any) => [p.key, p.value]));
  return { function: action.function, parameters };
}

/** The notification text of an ActionResponse tree, or null. */
export function notificationText(tree: any): string | null {
  return tree?.renderActions?.action?.notification?.text ?? null;
}
