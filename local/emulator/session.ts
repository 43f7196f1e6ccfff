/**
 * Session (who runs the script, its time zone and locale) and Logger. The active user, zone and
 * locale live in the runtime's state; Logger lines are kept under the 'logger' service state.
 */
import * as crypto from 'crypto';
import { KIND, Runtime } from './runtime';
import type { Provides } from './provides';
import { formatString } from './utilities/text';

class User implements Provides<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [KIND] = 'Session.User';
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

class Session implements Provides<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'> {
  readonly [KIND] = 'Session';
  constructor(private readonly _rt: Runtime) {}
  getActiveUser(): User {
    return new User(this._rt.state.user);
  }
  /** The emulator runs every execution as the active user (installable triggers: their creator). */
  getEffectiveUser(): User {
    return new User(this._rt.state.user);
  }
  getScriptTimeZone(): string {
    return this._rt.state.timeZone;
  }
  getActiveUserLocale(): string {
    return this._rt.state.locale;
  }
  /** Stable for one user of this script, opaque, and not the email. */
  getTemporaryActiveUserKey(): string {
    return crypto.createHash('sha256').update(`lumbung-emulator:${this._rt.state.user}`).digest('base64').slice(0, 43);
  }
  toString(): string {
    return 'Session';
  }
}

interface LoggerState {
  lines: string[];
}

class Logger implements Provides<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly [KIND] = 'Logger';
  constructor(private readonly _rt: Runtime) {}
  /** log(data) or log(format, values...) with Java format conversions, as Apps Script does. */
  log(data: unknown, ...values: unknown[]): Logger {
    const text = values.length ? formatString(String(data), values) : describe(data);
    this._state().lines.push(text);
    return this;
  }
  getLog(): string {
    return this._state().lines.join('\n');
  }
  clear(): void {
    this._state().lines = [];
  }
  toString(): string {
    return 'Logger';
  }
  _state(): LoggerState {
    return loggerState(this._rt);
  }
}

function loggerState(rt: Runtime): LoggerState {
  return rt.service<LoggerState>('logger', () => ({ lines: [] }));
}

function describe(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date || v === null || v === undefined || typeof v !== 'object') return String(v);
  return JSON.stringify(v);
}

/** Test-side: every line logged so far. */
export function loggedLines(rt: Runtime): string[] {
  return [...loggerState(rt).lines];
}

export function install(rt: Runtime): Record<string, unknown> {
  return { Session: rt.expose(new Session(rt)), Logger: rt.expose(new Logger(rt)) };
}
