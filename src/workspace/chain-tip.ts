/**
 * The journal's chain tip (where the hash chain stood after the last posting), kept in document
 * properties beside the sheet: rows deleted at the END of the journal tab leave no gap in the line
 * numbers, so only a record kept elsewhere shows them. Document properties belong to this
 * spreadsheet (script properties are shared by every cooperative using the add-on).
 */
import type { ChainState } from '../domain/books/records';

const TIP_KEY = 'lumbung.journalTip';

type Store = GoogleAppsScript.Properties.Properties;

/** The document's properties, fetched once and handed to read and save (each fetch is a round trip). */
export function tipStore(): Store {
  return PropertiesService.getDocumentProperties();
}

/** The tip saved after the last posting; undefined when none was saved (or it was garbled). */
export function readChainTip(store: Store = tipStore()): ChainState | undefined {
  const text = store.getProperty(TIP_KEY);
  if (!text) return undefined;
  try {
    const tip = JSON.parse(text) as Partial<ChainState>;
    return Number.isSafeInteger(tip.nextSeq) && typeof tip.prevHash === 'string' ? { nextSeq: tip.nextSeq!, prevHash: tip.prevHash } : undefined;
  } catch {
    return undefined;
  }
}

export function saveChainTip(tip: ChainState, store: Store = tipStore()): void {
  store.setProperty(TIP_KEY, JSON.stringify({ nextSeq: tip.nextSeq, prevHash: tip.prevHash }));
}
