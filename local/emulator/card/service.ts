/** The CardService global: a factory for every builder, and the enums. Needs no OAuth scope. */
import { KIND } from '../runtime';
import { Action, ButtonSet, CardAction, FixedFooter, OpenLink, TextButton } from './actions';
import { CardBuilder, CardHeader, CardSection } from './card';
import { ENUMS } from './enums';
import { DatePicker, DateTimePicker, SelectionInput, TextInput, Validation } from './inputs';
import {
  ActionResponseBuilder, DriveItemsSelectedActionResponseBuilder, EditorFileScopeActionResponseBuilder, Navigation,
  Notification, UniversalActionResponseBuilder,
} from './responses';
import { DecoratedText, Divider, IconImage, Image, TextParagraph } from './widgets';
import type { Provides } from '../provides';

export class CardService implements Provides<GoogleAppsScript.Card_Service.CardService, 'newCardBuilder' | 'newCardHeader' | 'newCardSection' | 'newTextParagraph' | 'newDecoratedText' | 'newTextInput' | 'newValidation' | 'newSelectionInput' | 'newDatePicker' | 'newDateTimePicker' | 'newButtonSet' | 'newTextButton' | 'newAction' | 'newOpenLink' | 'newDivider' | 'newImage' | 'newIconImage' | 'newFixedFooter' | 'newCardAction' | 'newNavigation' | 'newNotification' | 'newActionResponseBuilder' | 'newUniversalActionResponseBuilder' | 'newEditorFileScopeActionResponseBuilder' | 'newDriveItemsSelectedActionResponseBuilder'> {
  readonly [KIND] = 'CardService';
  readonly SelectionInputType = ENUMS.SelectionInputType;
  readonly TextButtonStyle = ENUMS.TextButtonStyle;
  readonly ImageStyle = ENUMS.ImageStyle;
  readonly ImageCropType = ENUMS.ImageCropType;
  readonly LoadIndicator = ENUMS.LoadIndicator;
  readonly InputType = ENUMS.InputType;
  readonly OpenAs = ENUMS.OpenAs;
  readonly OnClose = ENUMS.OnClose;
  readonly DisplayStyle = ENUMS.DisplayStyle;
  readonly HorizontalAlignment = ENUMS.HorizontalAlignment;
  readonly Icon = ENUMS.Icon;

  newCardBuilder() { return new CardBuilder(); }
  newCardHeader() { return new CardHeader(); }
  newCardSection() { return new CardSection(); }
  newTextParagraph() { return new TextParagraph(); }
  newDecoratedText() { return new DecoratedText(); }
  newTextInput() { return new TextInput(); }
  newValidation() { return new Validation(); }
  newSelectionInput() { return new SelectionInput(); }
  newDatePicker() { return new DatePicker(); }
  newDateTimePicker() { return new DateTimePicker(); }
  newButtonSet() { return new ButtonSet(); }
  newTextButton() { return new TextButton(); }
  newAction() { return new Action(); }
  newOpenLink() { return new OpenLink(); }
  newDivider() { return new Divider(); }
  newImage() { return new Image(); }
  newIconImage() { return new IconImage(); }
  newFixedFooter() { return new FixedFooter(); }
  newCardAction() { return new CardAction(); }
  newNavigation() { return new Navigation(); }
  newNotification() { return new Notification(); }
  newActionResponseBuilder() { return new ActionResponseBuilder(); }
  newUniversalActionResponseBuilder() { return new UniversalActionResponseBuilder(); }
  newEditorFileScopeActionResponseBuilder() { return new EditorFileScopeActionResponseBuilder(); }
  newDriveItemsSelectedActionResponseBuilder() { return new DriveItemsSelectedActionResponseBuilder(); }
}
