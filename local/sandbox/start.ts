/**
 * `npm start`: the built add-on (dist/Code.js) running on the emulator with a demo cooperative.
 * Until the browser sandbox exists, it prints what a manager would see in the Sheets side panel,
 * clicks through a few actions the way Google's client would, and saves the whole workspace as JSON
 * so it can be inspected. Nothing here reaches Google.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadBundle } from '../emulator';
import { cardJson, cardsIn, clickEvent, notificationText } from '../emulator/card';
import { demoCooperative, DEMO_USERS } from '../demo/seed';
import { renderCardText } from './render-text';

const root = path.join(__dirname, '..', '..');
const code = fs.readFileSync(path.join(root, 'dist', 'Code.js'), 'utf8');
const demo = demoCooperative({ members: 200, journalLines: 5_000 });
const { ws } = demo;
const bundle = loadBundle(ws, code);
const ss = SpreadsheetApp.getActiveSpreadsheet();
const event = (extra: object = {}) => ({
  commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', userLocale: 'id', timeZone: { id: 'Asia/Jakarta', offset: 25_200_000 } },
  sheets: { addonHasFileScopePermission: true, id: ss.getId(), title: ss.getName() },
  ...extra,
});
const show = (title: string, tree: any) => {
  console.log(`\n== ${title}`);
  const note = notificationText(tree);
  if (note) console.log(`(pemberitahuan) ${note}`);
  for (const c of cardsIn(tree)) console.log(renderCardText(c));
};
/** Clicks a button on a card as Google's client would, with the inputs a manager typed. */
const click = (tree: any, button: string, inputs: Record<string, string> = {}) => {
  const c = clickEvent(tree, button, inputs, { hostApp: 'SHEETS', userLocale: 'id' });
  return cardJson(bundle.invoke(c.function, { ...event(), commonEventObject: { ...event().commonEventObject, ...c.event.commonEventObject } }));
};

console.log(`Lumbung on the emulator: "${ss.getName()}" (${ss.getSpreadsheetLocale()}, ${ss.getSpreadsheetTimeZone()})`);
for (const s of ss.getSheets()) console.log(`  tab ${s.getName().padEnd(18)} ${Math.max(0, s.getLastRow() - 1)} rows`);

ws.setUser(DEMO_USERS.bendahara);
ws.resetCallCounts();
const home = cardJson(bundle.invoke('onSheetsHomepage', event()));
show('Sheets homepage (bendahara)', home);

const form = cardsIn(click(home, 'Daftarkan anggota baru'))[0];
show('Member form', form);
show('Save: a new member and her simpanan pokok', click(form, 'Simpan', { name: 'Nurul Hidayah', phone: '081366778899', address: 'Jl. Sultan Thaha 12, Jambi', group: 'Mawar', wajib: '20.000' }));

show('Ringkasan (the dashboard, also written to the Ringkasan tab)', click(home, 'Ringkasan'));
show('Periksa buku (the journal\'s hash chain and balance)', click(home, 'Periksa buku'));

// A manager "corrects" an amount by typing into the journal tab: Periksa buku finds it.
ws.setUser(DEMO_USERS.ketua);
const journal = ss.getSheetByName('Jurnal')!;
const debitColumn = journal.getRange(1, 1, 1, journal.getLastColumn()).getValues()[0].indexOf('Debit') + 1;
journal.getRange(12, debitColumn).setValue(999_000);
show('Periksa buku after someone typed 999000 into row 12 of Jurnal', click(home, 'Periksa buku'));

const out = path.join(root, '.sandbox-state', 'demo.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, ws.save());
console.log(`\nService calls made by the add-on in this run: ${ws.totalCalls()}`);
console.log(`The whole workspace (spreadsheet, journal, properties) is saved in ${path.relative(root, out)}`);
demo.close();
