/**
 * Which files the script can reach. Under drive.file alone (no full drive scope in the manifest)
 * only files the app created or the user opened with it are visible, and only to that user
 * ("files the add-on created or the user opened with it", PLATFORM.md): others do not exist for it.
 * Test-side helpers play the user: uploading a file, or selecting one in the Drive add-on.
 */
import { SCOPE } from '../scopes';
import type { FileRecord, Runtime } from '../runtime';
import { notFound } from './errors';

export const FOLDER = 'application/vnd.google-apps.folder';
/** My Drive's id (Drive answers "root" as an alias); files without parents live there. */
export const ROOT_ID = '0AEmuLumbungRootUk9PVA';

export function fullDriveAccess(rt: Runtime): boolean {
  const scopes = rt.manifest?.oauthScopes;
  return !Array.isArray(scopes) || scopes.includes(SCOPE.drive);
}

/** drive.file is per user: a file manager A made or granted is not there for manager B. */
export function visible(rt: Runtime, f: FileRecord): boolean {
  return f.grantedTo.includes(rt.state.user) || fullDriveAccess(rt);
}

/** The record behind an id the script may see, or Google's "File not found". */
export function reachable(rt: Runtime, method: string, id: string): FileRecord {
  const f = rt.state.files[id];
  if (!f || !visible(rt, f)) throw notFound(method, id);
  return f;
}

export function isGoogleType(mimeType: string): boolean {
  return mimeType.startsWith('application/vnd.google-apps.');
}

/** Test-side: a file the user uploaded to Drive themselves (the app has no access yet). */
export function addUserFile(
  rt: Runtime,
  file: { name: string; mimeType: string; content?: string | Buffer; parents?: string[]; description?: string },
): FileRecord {
  const content = file.content === undefined ? undefined : (typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content).toString('base64');
  return rt.createFile({
    name: file.name,
    mimeType: file.mimeType,
    parents: file.parents ?? [],
    grantedTo: [],
    ...(content !== undefined ? { content } : {}),
    ...(file.description !== undefined ? { description: file.description } : {}),
  });
}

/** Test-side: the active user picked this file in the Drive add-on and granted it (requestFileScope). */
export function grantFileAccess(rt: Runtime, id: string): void {
  const f = rt.state.files[id];
  if (!f) throw new Error(`grantFileAccess: no file ${id} in the emulated Drive`);
  if (!f.grantedTo.includes(rt.state.user)) f.grantedTo.push(rt.state.user);
}
