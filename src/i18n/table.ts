/**
 * One capability's messages. The Indonesian table decides the codes; the English one must word
 * exactly those, so an English message missing or left over does not compile.
 */
export function messageTable<K extends string>(m: { readonly id: Readonly<Record<K, string>>; readonly en: Readonly<Record<NoInfer<K>, string>> }) {
  return m;
}
