/** Fresh ids from Google's generator: one per opened form, so a repeated click lands once. */
export function newUuid(): string {
  return Utilities.getUuid();
}
