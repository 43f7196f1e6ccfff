/**
 * MailApp: sends nothing, records every message in state (read them with `sentMail`) and keeps
 * Google's recipient quota: every to/cc/bcc address counts, the day turns at midnight Pacific time.
 */
import { Exception } from './errors';
import { KIND, Runtime } from './runtime';
import { rawBlob } from './utilities/blob';
import { signatureError } from './utilities/signature';
import { quotaDay } from './zone';
import type { Provides } from './provides';

/** Consumer account: 100 recipients a day (Workspace: 1,500, see setMailDailyLimit); 50 per message. */
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** Commonly cited as 200 KB for a consumer account (not verified against a live account). */
export const MAX_BODY_BYTES = 200 * 1024;
/** Gmail's attachment cap; over it the text below is the emulator's (unverified). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  /** Base64 content. */
  data: string;
}

export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments: SentAttachment[];
  /** Emulated ms since epoch. */
  sentAt: number;
}

interface MailState {
  dailyLimit: number;
  /** Per sender: the Pacific day and the recipients counted on it. */
  usage: Record<string, { day: string; recipients: number }>;
  sent: SentMail[];
}

interface Options {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

function state(rt: Runtime): MailState {
  return rt.service<MailState>('mail', () => ({ dailyLimit: CONSUMER_DAILY_RECIPIENTS, usage: {}, sent: [] }));
}

function usedToday(rt: Runtime): number {
  const u = state(rt).usage[rt.state.user];
  return u && u.day === quotaDay(rt.now()) ? u.recipients : 0;
}

/** "a@x.id, Budi <b@x.id>" -> ['a@x.id', 'b@x.id'], each checked. */
function addresses(list: string | undefined): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => {
      const addr = /<([^>]*)>\s*$/.exec(a)?.[1].trim() ?? a;
      if (!EMAIL.test(addr)) throw new Exception(`Invalid email: ${addr}`);
      return addr;
    });
}

class MailApp implements Provides<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  readonly [KIND] = 'MailApp';
  constructor(private readonly _rt: Runtime) {}

  sendEmail(...args: unknown[]): void {
    this._send(this._message(args));
  }

  getRemainingDailyQuota(): number {
    return Math.max(0, state(this._rt).dailyLimit - usedToday(this._rt));
  }

  toString(): string {
    return 'MailApp';
  }

  /** The four documented overloads, as one message object. */
  _message(args: unknown[]): Options {
    const str = (v: unknown) => typeof v === 'string';
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) return args[0] as Options;
    if (args.length === 3 && args.every(str)) return { to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    if (args.length === 4 && args.every(str)) return { to: args[0] as string, replyTo: args[1] as string, subject: args[2] as string, body: args[3] as string };
    if (args.length === 4 && args.slice(0, 3).every(str) && typeof args[3] === 'object' && args[3] !== null) {
      return { ...(args[3] as Options), to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    }
    throw signatureError('MailApp.sendEmail', args);
  }

  _send(m: Options): void {
    const rt = this._rt;
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    if (m.replyTo) addresses(m.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Exception('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new Exception('Limit Exceeded: Email Recipients Per Message.');
    const body = m.body === undefined || m.body === null ? '' : String(m.body);
    if (Buffer.byteLength(body) + Buffer.byteLength(m.htmlBody ?? '') > MAX_BODY_BYTES) throw new Exception('Limit Exceeded: Email Body Size.');
    const attachments = (m.attachments ?? []).map((a) => {
      const blob = rawBlob(a);
      if (!blob) throw new Exception('Invalid argument: attachments');
      return { name: blob._name, contentType: blob._type, data: blob._bytes.toString('base64') };
    });
    const attached = attachments.reduce((n, a) => n + Buffer.from(a.data, 'base64').length, 0);
    if (attached > MAX_ATTACHMENT_BYTES) throw new Exception('Limit Exceeded: Email Total Attachments Size.');
    const s = state(rt);
    if (usedToday(rt) + count > s.dailyLimit) throw new Exception('Service invoked too many times for one day: email.');
    s.usage[rt.state.user] = { day: quotaDay(rt.now()), recipients: usedToday(rt) + count };
    const sent: SentMail = { from: rt.state.user, to, cc, bcc, subject: String(m.subject ?? ''), body, attachments, sentAt: rt.now() };
    if (m.htmlBody !== undefined) sent.htmlBody = String(m.htmlBody);
    if (m.name !== undefined) sent.name = String(m.name);
    if (m.replyTo !== undefined) sent.replyTo = String(m.replyTo);
    if (m.noReply !== undefined) sent.noReply = Boolean(m.noReply);
    s.sent.push(sent);
  }
}

/** Test-side: every message sent so far, oldest first. */
export function sentMail(rt: Runtime): SentMail[] {
  return JSON.parse(JSON.stringify(state(rt).sent));
}

/** Test-side: a Google Workspace account's 1,500 recipients a day instead of a consumer's 100. */
export function setMailDailyLimit(rt: Runtime, recipients: number): void {
  state(rt).dailyLimit = recipients;
}

export function install(rt: Runtime): Record<string, unknown> {
  return { MailApp: rt.expose(new MailApp(rt)) };
}
