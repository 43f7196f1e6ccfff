/**
 * Numbers people read and quote: member numbers (A-0001), application and loan numbers
 * (P-2026-0001). A number is never reused, even one whose row is gone.
 */

/**
 * The next number after the highest in use under a head ("A-", "P-2026-"), four digits at least:
 * A-0001, P-2026-0002 (never reuses a number, even one whose row is gone).
 */
export function nextNumbered(head: string, existing: readonly string[]): string {
  let max = 0;
  for (const raw of existing) {
    const id = raw.trim();
    if (id.startsWith(head) && /^\d+$/.test(id.slice(head.length))) max = Math.max(max, Number(id.slice(head.length)));
  }
  return `${head}${String(max + 1).padStart(4, '0')}`;
}
