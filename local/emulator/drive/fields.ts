/**
 * The `fields` partial-response mask: "id,name", "files(id,name),nextPageToken", "owners/emailAddress",
 * "*". Without a mask Drive v3 returns only a few default fields; a field absent from the resource
 * stays absent (undefined), never null.
 */
import { driveError } from './errors';

export type Mask = Map<string, Mask | true>;

export const FILE_DEFAULT = 'kind,id,name,mimeType';
export const LIST_DEFAULT = 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)';

/** File fields of the v3 schema: selecting any other is an error, even if no file has it. */
const FILE_FIELDS = new Set(
  ('kind id name mimeType description starred trashed explicitlyTrashed parents properties appProperties spaces version ' +
    'webContentLink webViewLink iconLink hasThumbnail thumbnailLink thumbnailVersion viewedByMe viewedByMeTime createdTime ' +
    'modifiedTime modifiedByMeTime modifiedByMe sharedWithMeTime sharingUser owners driveId lastModifyingUser shared ' +
    'ownedByMe capabilities viewersCanCopyContent copyRequiresWriterPermission writersCanShare permissions permissionIds ' +
    'hasAugmentedPermissions folderColorRgb originalFilename fullFileExtension fileExtension md5Checksum sha1Checksum ' +
    'sha256Checksum size quotaBytesUsed headRevisionId contentHints imageMediaMetadata videoMediaMetadata isAppAuthorized ' +
    'exportLinks shortcutDetails contentRestrictions resourceKey linkShareMetadata labelInfo inheritedPermissionsDisabled downloadRestrictions').split(' '),
);
const LIST_FIELDS = new Set(['kind', 'incompleteSearch', 'nextPageToken', 'files']);

export function parseMask(method: string, text: string): Mask {
  let i = 0;
  const bad = (): never => {
    throw driveError(method, `Invalid field selection ${text}`);
  };
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      while (text[i] === ' ') i++;
      const m = /^(\*|[A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)/.exec(text.slice(i));
      if (!m) return bad();
      i += m[0].length;
      let sub: Mask | true = true;
      if (text[i] === '(') {
        i++;
        sub = list();
        if (text[i] !== ')') return bad();
        i++;
      }
      const path = m[0].split('/');
      let at = mask;
      path.forEach((p, k) => {
        if (k === path.length - 1) at.set(p, merge(at.get(p), sub));
        else {
          const next = at.get(p);
          const child: Mask = next instanceof Map ? next : new Map();
          if (next !== true) at.set(p, child);
          at = child;
        }
      });
      while (text[i] === ' ') i++;
      if (text[i] !== ',') return mask;
      i++;
    }
  };
  const mask = list();
  if (i !== text.length) bad();
  return mask;
}

function merge(a: Mask | true | undefined, b: Mask | true): Mask | true {
  if (a === undefined) return b;
  if (a === true || b === true) return true;
  return new Map([...a, ...b]);
}

/** Checks the names a mask selects on a File (top: false) or a FileList (top: true). */
export function checkMask(method: string, mask: Mask, list: boolean): void {
  for (const [key, sub] of mask) {
    if (key === '*') continue;
    if (!(list ? LIST_FIELDS : FILE_FIELDS).has(key)) throw driveError(method, `Invalid field selection ${key}`);
    if (list && key === 'files' && sub instanceof Map) checkMask(method, sub, false);
  }
}

export function applyMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const keys = key === '*' ? Object.keys(src) : [key];
    for (const k of keys) if (src[k] !== undefined) out[k] = applyMask(src[k], sub);
  }
  return out;
}
