/** A Drive v3 File resource built from the shared file registry. */
import * as crypto from 'crypto';
import type { FileRecord } from '../runtime';
import { FOLDER, isGoogleType, ROOT_ID } from './access';

const EDIT_PATH: Record<string, string> = {
  'application/vnd.google-apps.document': 'document',
  'application/vnd.google-apps.spreadsheet': 'spreadsheets',
  'application/vnd.google-apps.presentation': 'presentation',
  'application/vnd.google-apps.form': 'forms',
};

function webViewLink(f: FileRecord): string {
  if (f.mimeType === FOLDER) return `https://drive.google.com/drive/folders/${f.id}`;
  const path = EDIT_PATH[f.mimeType];
  if (path) return `https://docs.google.com/${path}/d/${f.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
}

export function fileResource(f: FileRecord, me: string): Record<string, unknown> {
  const r: Record<string, unknown> = {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: f.parents.length ? [...f.parents] : [ROOT_ID],
    trashed: f.trashed,
    starred: false,
    createdTime: new Date(f.createdTime).toISOString(),
    modifiedTime: new Date(f.modifiedTime).toISOString(),
    owners: [{ kind: 'drive#user', emailAddress: f.owner, me: f.owner === me }],
    ownedByMe: f.owner === me,
    webViewLink: webViewLink(f),
  };
  if (f.description !== undefined) r.description = f.description;
  if (f.appProperties && Object.keys(f.appProperties).length) r.appProperties = { ...f.appProperties };
  // Only files with binary content have a size and checksums; Google-native files and folders do not.
  if (!isGoogleType(f.mimeType)) {
    const bytes = Buffer.from(f.content ?? '', 'base64');
    r.size = String(bytes.length);
    r.md5Checksum = crypto.createHash('md5').update(bytes).digest('hex');
    r.sha1Checksum = crypto.createHash('sha1').update(bytes).digest('hex');
    r.sha256Checksum = crypto.createHash('sha256').update(bytes).digest('hex');
    const dot = f.name.lastIndexOf('.');
    if (dot > 0) r.fileExtension = f.name.slice(dot + 1);
  }
  return r;
}

export function rootResource(): Record<string, unknown> {
  return { kind: 'drive#file', id: ROOT_ID, name: 'My Drive', mimeType: FOLDER };
}
