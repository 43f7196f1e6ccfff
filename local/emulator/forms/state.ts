/** FormApp's plain-JSON state. A form is also a Drive file (rt.state.files) with the form mime type. */
import { Exception } from '../errors';
import type { Runtime } from '../runtime';

export const FORM_MIME = 'application/vnd.google-apps.form';
export const MISSING_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';

export type ItemTypeName = 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'LIST' | 'CHECKBOX' | 'DATE' | 'SCALE' | 'SECTION_HEADER';

/** One text validation rule, as FormApp.createTextValidation() builds it. */
export interface ValidationData {
  rule: 'NUMBER' | 'NUMBER_GT' | 'NUMBER_GTE' | 'NUMBER_BETWEEN' | 'WHOLE_NUMBER' | 'PATTERN' | 'MAX_LENGTH' | 'EMAIL';
  args: Array<number | string>;
  helpText: string;
}

export interface ItemData {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** Choice values of MULTIPLE_CHOICE, LIST and CHECKBOX items. */
  choices?: string[];
  validation?: ValidationData | null;
  lowerBound?: number;
  upperBound?: number;
  leftLabel?: string;
  rightLabel?: string;
}

/** An answer as FormApp reports it: a string, or string[] for a checkbox item. */
export type Answer = string | string[];

export interface ResponseData {
  id: string;
  /** Emulated ms. */
  timestamp: number;
  email: string;
  answers: Array<{ itemId: number; value: Answer }>;
}

export interface DestinationData {
  type: 'SPREADSHEET';
  id: string;
  sheetName: string;
}

export interface FormData {
  id: string;
  /** The form's own title: "" after FormApp.create(name), which only names the Drive file. */
  title: string;
  description: string;
  published: boolean;
  accepting: boolean;
  collectEmail: boolean;
  confirmationMessage: string;
  destination: DestinationData | null;
  items: ItemData[];
  responses: ResponseData[];
}

export interface FormsState {
  forms: Record<string, FormData>;
  nextItemId: number;
  nextResponseId: number;
}

export function formsState(rt: Runtime): FormsState {
  return rt.service<FormsState>('forms', () => ({ forms: {}, nextItemId: 1_180_343_001, nextResponseId: 1 }));
}

/** The form with this id, or Google's error for a missing (or trashed) file. */
export function formData(rt: Runtime, id: string): FormData {
  const file = rt.state.files[id];
  const form = formsState(rt).forms[id];
  if (!file || file.trashed || file.mimeType !== FORM_MIME || !form) throw new Exception(MISSING_ITEM);
  return form;
}

export function newItemId(rt: Runtime): number {
  const st = formsState(rt);
  const id = st.nextItemId;
  st.nextItemId += 104_729;
  return id;
}

export function publishedUrl(id: string): string {
  return `https://docs.google.com/forms/d/e/1FAIpQL${id}/viewform`;
}

export function editUrl(id: string): string {
  return `https://docs.google.com/forms/d/${id}/edit`;
}
