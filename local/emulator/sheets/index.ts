/**
 * The SpreadsheetApp emulator. `install` gives the global and makes sure the workspace has its
 * active spreadsheet (the document the add-on is open in). Other emulated services (a form's
 * destination sheet) use the raw classes and the plain data in state.ts, which count no calls.
 */
import type { Runtime } from '../runtime';
import { SPREADSHEET_MIME, sheetsState, newBook } from './state';
import { SpreadsheetAppService } from './app';
import { Spreadsheet } from './spreadsheet';
import { Sheet } from './sheet';

export function install(rt: Runtime): Record<string, unknown> {
  if (rt.state.activeSpreadsheetId === null) {
    // The user made it, not the add-on: under drive.file Drive does not show it to the add-on until
    // the user grants it (requestFileScopeForActiveDocument; PLATFORM.md "Drive: more facts").
    const file = rt.createFile({ name: 'Untitled spreadsheet', mimeType: SPREADSHEET_MIME, owner: rt.state.user, grantedTo: [] });
    sheetsState(rt).books[file.id] = newBook(rt, file.id, 1000, 26);
    rt.state.activeSpreadsheetId = file.id;
  }
  return { SpreadsheetApp: rt.expose(new SpreadsheetAppService(rt)) };
}

export { SpreadsheetAppService, Spreadsheet, Sheet };
export { Range } from './range';
