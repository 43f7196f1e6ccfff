/** CardService: builders of google.apps.card.v1 JSON, and test-side readers of that JSON. */
import type { Runtime } from '../runtime';
import { CardService } from './service';

export { cardJson, cardsIn, findWidgets, buttonsIn, clickButton, notificationText } from './inspect';
export type { Click, Clickable } from './inspect';
export { clickEvent } from './events';
export type { InputValue, EventOptions } from './events';
export { CARD_ERRORS } from './card';

export function install(rt: Runtime): Record<string, unknown> {
  return { CardService: rt.expose(new CardService()) };
}
