/** Drive.Files of the advanced Drive service (v3): create, get, copy, list, update, remove, export. */
import { Exception, NotImplemented } from '../errors';
import { KIND, Runtime, FileRecord } from '../runtime';
import { makeBlob, rawBlob } from '../utilities/blob';
import { renderPdf } from '../utilities/pdf';
import { FOLDER, isGoogleType, reachable, ROOT_ID } from './access';
import { driveError } from './errors';
import { applyMask, checkMask, FILE_DEFAULT, LIST_DEFAULT, parseMask } from './fields';
import { listFiles, ListOptions } from './list';
import { fileResource, rootResource } from './resource';
import type { Provides } from '../provides';

type Resource = Record<string, any> | null | undefined;
/** A Drive v3 resource as JSON (masked by `fields`), or a Blob for alt=media. */
type Json = Record<string, any>;
/** A resource or list answer masked by `fields` is still the JSON object it was. */
const masked = (value: object, mask: Parameters<typeof applyMask>[1]): Json => applyMask(value, mask) as Json;
interface Options {
  fields?: string;
  alt?: string;
  addParents?: string;
  removeParents?: string;
  [other: string]: unknown;
}

/** Resource fields a script may write; any other is "not implemented", never silently dropped. */
const WRITABLE = new Set(['name', 'mimeType', 'parents', 'description', 'appProperties', 'trashed', 'kind']);

export class DriveFiles implements Provides<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, 'create' | 'get' | 'copy' | 'list' | 'update' | 'remove'> {
  readonly [KIND] = 'Drive.Files';
  constructor(private readonly _rt: Runtime) {}

  create(resource?: Resource, mediaData?: unknown, options?: Options): Json {
    const blob = this._media(mediaData);
    const r = this._writable(resource ?? {});
    const parents: string[] = r.parents ?? [];
    for (const p of parents) if (p !== 'root' && p !== ROOT_ID) reachable(this._rt, 'create', p);
    const rec = this._rt.createFile({
      name: r.name ?? blob?._name ?? 'Untitled',
      mimeType: r.mimeType ?? blob?._type ?? 'application/octet-stream',
      parents: parents.filter((p) => p !== 'root' && p !== ROOT_ID),
      ...(blob ? { content: blob._bytes.toString('base64') } : {}),
      ...(r.description !== undefined ? { description: String(r.description) } : {}),
      ...(r.appProperties ? { appProperties: cleanProps({}, r.appProperties) } : {}),
    });
    if (r.trashed) rec.trashed = true;
    return this._shape('create', rec, options);
  }

  get(fileId: string, options?: Options): Json {
    if (!fileId) throw driveError('get', 'Required');
    if (fileId === 'root' || fileId === ROOT_ID) return masked(rootResource(), this._mask('get', options));
    const rec = reachable(this._rt, 'get', fileId);
    if (options?.alt === 'media') {
      if (isGoogleType(rec.mimeType)) throw driveError('get', 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
      return makeBlob(Buffer.from(rec.content ?? '', 'base64'), rec.mimeType, rec.name);
    }
    return this._shape('get', rec, options);
  }

  copy(resource: Resource, fileId: string, options?: Options): Json {
    if (!fileId || resource === null || resource === undefined) throw driveError('copy', 'Required');
    const src = reachable(this._rt, 'copy', fileId);
    if (src.mimeType === FOLDER) throw driveError('copy', 'This file cannot be copied by the user.');
    const r = this._writable(resource);
    const parents: string[] = r.parents ?? src.parents;
    for (const p of parents) reachable(this._rt, 'copy', p);
    // Only the Drive record is copied: a copied spreadsheet or form has no sheet or item data here.
    const rec = this._rt.createFile({
      name: r.name ?? `Copy of ${src.name}`,
      mimeType: src.mimeType,
      parents: [...parents],
      ...(src.content !== undefined ? { content: src.content } : {}),
      ...(r.description ?? src.description) !== undefined ? { description: r.description ?? src.description } : {},
      ...(src.appProperties || r.appProperties ? { appProperties: cleanProps({ ...(src.appProperties ?? {}) }, r.appProperties ?? {}) } : {}),
    });
    return this._shape('copy', rec, options);
  }

  list(options?: ListOptions): Json {
    const mask = parseMask('list', options?.fields ?? LIST_DEFAULT);
    checkMask('list', mask, true);
    return masked(listFiles(this._rt, options ?? {}), mask);
  }

  update(resource: Resource, fileId: string, mediaData?: unknown, options?: Options): Json {
    if (!fileId) throw driveError('update', 'Required');
    const blob = this._media(mediaData);
    const rec = reachable(this._rt, 'update', fileId);
    const r = this._writable(resource ?? {});
    if (r.parents !== undefined) {
      throw driveError('update', 'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.');
    }
    const add = splitIds(options?.addParents);
    const remove = splitIds(options?.removeParents);
    for (const p of add) if (p !== 'root' && p !== ROOT_ID) reachable(this._rt, 'update', p);
    if (r.name !== undefined) rec.name = String(r.name);
    if (r.mimeType !== undefined) rec.mimeType = String(r.mimeType);
    if (r.description !== undefined) rec.description = String(r.description);
    if (r.trashed !== undefined) rec.trashed = Boolean(r.trashed);
    if (r.appProperties) rec.appProperties = cleanProps({ ...(rec.appProperties ?? {}) }, r.appProperties);
    if (add.length || remove.length) {
      const current = rec.parents.length ? rec.parents : [ROOT_ID];
      const next = [...current.filter((p) => !remove.includes(p) && !(remove.includes('root') && p === ROOT_ID)), ...add.map((p) => (p === 'root' ? ROOT_ID : p))];
      rec.parents = [...new Set(next)].filter((p) => p !== ROOT_ID);
    }
    if (blob) rec.content = blob._bytes.toString('base64');
    rec.modifiedTime = this._rt.now();
    return this._shape('update', rec, options);
  }

  /** Deletes for good, skipping the trash; a folder takes its contents with it. */
  remove(fileId: string): void {
    if (!fileId) throw driveError('delete', 'Required');
    const rec = reachable(this._rt, 'delete', fileId);
    const doomed = new Set([rec.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const f of Object.values(this._rt.state.files)) {
        if (!doomed.has(f.id) && f.parents.some((p) => doomed.has(p))) {
          doomed.add(f.id);
          grew = true;
        }
      }
    }
    for (const id of doomed) delete this._rt.state.files[id];
  }

  /** Not in Provides: @types says export returns void; with alt=media Google returns the Blob. */
  export(fileId: string, mimeType: string, options?: Options): Json {
    if (!fileId || !mimeType) throw driveError('export', 'Required');
    const rec = reachable(this._rt, 'export', fileId);
    if (!isGoogleType(rec.mimeType) || rec.mimeType === FOLDER) throw driveError('export', 'Export only supports Docs Editors files.');
    if (options?.alt !== 'media') throw driveError('export', 'Export requires alt=media to download the exported content.');
    if (mimeType !== 'application/pdf') throw new NotImplemented(`Drive.Files.export to ${mimeType}`);
    // The registry does not hold a document's body; the PDF carries the file's name as its text.
    return makeBlob(renderPdf(rec.name), 'application/pdf', `${rec.name}.pdf`);
  }

  toString(): string {
    return 'AdvancedServiceIdentifier{name=drive, version=v3}';
  }

  _media(mediaData: unknown) {
    if (mediaData === undefined || mediaData === null) return null;
    const blob = rawBlob(mediaData);
    if (!blob) throw new Exception('The mediaData parameter only supports Blob types for upload.');
    return blob;
  }

  _writable(resource: Record<string, any>): Record<string, any> {
    for (const key of Object.keys(resource)) if (!WRITABLE.has(key)) throw new NotImplemented(`Drive.Files resource field ${key}`);
    return resource;
  }

  _mask(method: string, options?: Options) {
    const mask = parseMask(method, options?.fields ?? FILE_DEFAULT);
    checkMask(method, mask, false);
    return mask;
  }

  _shape(method: string, rec: FileRecord, options?: Options): Json {
    return masked(fileResource(rec, this._rt.state.user), this._mask(method, options));
  }
}

function splitIds(s: string | undefined): string[] {
  return (s ?? '').split(',').map((x) => x.trim()).filter((x) => x);
}

/** appProperties merge: a null value deletes the key, as Drive documents. */
function cleanProps(base: Record<string, string>, patch: Record<string, unknown>): Record<string, string> {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete base[k];
    else base[k] = String(v);
  }
  return base;
}
