/**
 * The only file that exposes functions to Apps Script. Each runFunction of appsscript.json, each
 * card action and each trigger handler is assigned here as `global.NAME = NAME` (the exact form
 * gas-webpack-plugin looks for); everything else is imported.
 */
import { onHomepage, onSheetsHomepage, onDriveHomepage, onDriveItemsSelected, onCalendarHomepage, onCalendarEventOpen, onHelp } from './addon/home';

declare const global: Record<string, unknown>;

global.onHomepage = onHomepage;
global.onSheetsHomepage = onSheetsHomepage;
global.onDriveHomepage = onDriveHomepage;
global.onDriveItemsSelected = onDriveItemsSelected;
global.onCalendarHomepage = onCalendarHomepage;
global.onCalendarEventOpen = onCalendarEventOpen;
global.onHelp = onHelp;
