/** The error shapes Google's services throw, and the emulator's own "not implemented". */

/** Apps Script service errors: name "Exception", message without prefix. */
export class Exception extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Advanced services (Drive, Calendar) throw this name, with Google's "API call to ..." text. */
export class GoogleJsonResponseException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoogleJsonResponseException';
  }
}

/** Thrown for a member of a Google service that the emulator does not emulate. */
export class NotImplemented extends Error {
  constructor(member: string) {
    super(`not implemented in the emulator: ${member}`);
    this.name = 'NotImplemented';
  }
}

