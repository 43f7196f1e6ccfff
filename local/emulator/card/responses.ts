/**
 * What a card action returns: navigation and notifications (ActionResponse), cards for a universal
 * action, and host-app requests for file access. Their JSON is the RenderActions shape add-ons on
 * alternate runtimes return: {renderActions: {action: {navigations, notification, link}}}.
 */
import { KIND } from '../runtime';
import { compact, jsonOf, Part, partArg, signatureError, stringArg, TO_JSON } from './base';
import type { Provides } from '../provides';

const CARD = ['CardService.Card'];

export class Navigation extends Part implements Provides<GoogleAppsScript.Card_Service.Navigation, 'pushCard' | 'updateCard' | 'popCard' | 'popToRoot' | 'popToNamedCard' | 'printJson'> {
  readonly [KIND] = 'CardService.Navigation';
  /** Steps in order; a card step keeps the Card and reads its JSON when the response is built. */
  private _steps: Array<{ field: string; card?: Part; value?: unknown }> = [];

  pushCard(card: Part): this {
    this._steps.push({ field: 'pushCard', card: partArg(card, CARD, 'CardService.Navigation.pushCard') });
    return this;
  }

  updateCard(card: Part): this {
    this._steps.push({ field: 'updateCard', card: partArg(card, CARD, 'CardService.Navigation.updateCard') });
    return this;
  }

  popCard(): this {
    this._steps.push({ field: 'pop', value: true });
    return this;
  }

  popToRoot(): this {
    this._steps.push({ field: 'popToRoot', value: true });
    return this;
  }

  popToNamedCard(cardName: string): this {
    this._steps.push({ field: 'popToCard', value: stringArg(cardName, 'CardService.Navigation.popToNamedCard') });
    return this;
  }

  printJson(): string {
    return JSON.stringify(this[TO_JSON](), null, 2);
  }

  /** The navigations list: [{pushCard: card}, {updateCard: card}, {pop: true}, {popToRoot: true}, {popToCard: name}]. */
  [TO_JSON](): any {
    return this._steps.map((s) => ({ [s.field]: s.card ? s.card[TO_JSON]() : s.value }));
  }
}

export class Notification extends Part implements Provides<GoogleAppsScript.Card_Service.Notification, 'setText'> {
  readonly [KIND] = 'CardService.Notification';
  private _text?: string;

  setText(text: string): this {
    this._text = stringArg(text, 'CardService.Notification.setText');
    return this;
  }

  [TO_JSON](): any {
    return compact({ text: this._text });
  }
}

/** A built response: printJson() and the hidden JSON of what it asks the host to do. */
class Response extends Part {
  readonly [KIND]: string;
  constructor(kind: string, private readonly _tree: any) {
    super();
    this[KIND] = kind;
  }

  printJson(): string {
    return JSON.stringify(this._tree, null, 2);
  }

  [TO_JSON](): any {
    return JSON.parse(JSON.stringify(this._tree));
  }
}

export class ActionResponseBuilder extends Part implements Provides<GoogleAppsScript.Card_Service.ActionResponseBuilder, 'setNavigation' | 'setNotification' | 'setOpenLink' | 'setStateChanged' | 'build'> {
  readonly [KIND] = 'CardService.ActionResponseBuilder';
  private _navigation?: Part;
  private _notification?: Part;
  private _link?: Part;
  private _stateChanged?: boolean;

  setNavigation(navigation: Navigation): this {
    this._navigation = partArg(navigation, ['CardService.Navigation'], 'CardService.ActionResponseBuilder.setNavigation');
    return this;
  }

  setNotification(notification: Notification): this {
    this._notification = partArg(notification, ['CardService.Notification'], 'CardService.ActionResponseBuilder.setNotification');
    return this;
  }

  setOpenLink(openLink: Part): this {
    this._link = partArg(openLink, ['CardService.OpenLink'], 'CardService.ActionResponseBuilder.setOpenLink');
    return this;
  }

  setStateChanged(stateChanged: boolean): this {
    this._stateChanged = Boolean(stateChanged);
    return this;
  }

  [TO_JSON](): any {
    const navigations = jsonOf(this._navigation);
    const action = compact({ navigations: navigations?.length ? navigations : undefined, notification: jsonOf(this._notification), link: jsonOf(this._link) });
    return compact({ renderActions: { action }, stateChanged: this._stateChanged });
  }

  build(): Response {
    return new Response('CardService.ActionResponse', this[TO_JSON]());
  }
}

export class UniversalActionResponseBuilder extends Part implements Provides<GoogleAppsScript.Card_Service.UniversalActionResponseBuilder, 'displayAddOnCards' | 'setOpenLink' | 'build'> {
  readonly [KIND] = 'CardService.UniversalActionResponseBuilder';
  private _cards: Part[] = [];
  private _link?: Part;

  /** Shown as pushed cards, the first at the bottom of the stack (JSON shape unverified). */
  displayAddOnCards(cardObjects: Part[]): this {
    const method = 'CardService.UniversalActionResponseBuilder.displayAddOnCards';
    if (!Array.isArray(cardObjects)) throw signatureError(method, [cardObjects]);
    this._cards = cardObjects.map((c) => partArg(c, CARD, method));
    return this;
  }

  setOpenLink(openLink: Part): this {
    this._link = partArg(openLink, ['CardService.OpenLink'], 'CardService.UniversalActionResponseBuilder.setOpenLink');
    return this;
  }

  [TO_JSON](): any {
    const navigations = this._cards.length ? this._cards.map((c) => ({ pushCard: c[TO_JSON]() })) : undefined;
    return { renderActions: { action: compact({ navigations, link: jsonOf(this._link) }) } };
  }

  build(): Response {
    return new Response('CardService.UniversalActionResponse', this[TO_JSON]());
  }
}

/** Asks Sheets (an editor) to grant drive.file on the open document. */
export class EditorFileScopeActionResponseBuilder extends Part implements Provides<GoogleAppsScript.Card_Service.EditorFileScopeActionResponseBuilder, 'requestFileScopeForActiveDocument' | 'build'> {
  readonly [KIND] = 'CardService.EditorFileScopeActionResponseBuilder';
  private _request = false;

  requestFileScopeForActiveDocument(): this {
    this._request = true;
    return this;
  }

  [TO_JSON](): any {
    return { renderActions: { hostAppAction: { editorAction: this._request ? { requestFileScopeForActiveDocument: {} } : {} } } };
  }

  build(): Response {
    return new Response('CardService.EditorFileScopeActionResponse', this[TO_JSON]());
  }
}

/** Asks Drive to grant drive.file on a selected item (driveAction JSON shape unverified). */
export class DriveItemsSelectedActionResponseBuilder extends Part implements Provides<GoogleAppsScript.Card_Service.DriveItemsSelectedActionResponseBuilder, 'requestFileScope' | 'build'> {
  readonly [KIND] = 'CardService.DriveItemsSelectedActionResponseBuilder';
  private _itemId?: string;

  requestFileScope(itemId: string): this {
    this._itemId = stringArg(itemId, 'CardService.DriveItemsSelectedActionResponseBuilder.requestFileScope');
    return this;
  }

  [TO_JSON](): any {
    const driveAction = this._itemId === undefined ? {} : { requestFileScope: { itemId: this._itemId } };
    return { renderActions: { hostAppAction: { driveAction } } };
  }

  build(): Response {
    return new Response('CardService.DriveItemsSelectedActionResponse', this[TO_JSON]());
  }
}

