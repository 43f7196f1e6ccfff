/** Prints a google.apps.card.v1 card as plain text, for `npm start` in a terminal. */
const plain = (html: string) => String(html ?? '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '');

function widgetText(w: any): string[] {
  if (w.textParagraph) return [plain(w.textParagraph.text)];
  if (w.decoratedText) {
    const d = w.decoratedText;
    return [[d.topLabel && `${plain(d.topLabel)}:`, plain(d.text), d.bottomLabel && `(${plain(d.bottomLabel)})`].filter(Boolean).join(' ')];
  }
  if (w.buttonList) return [w.buttonList.buttons.map((b: any) => `[ ${b.text} ]`).join('  ')];
  if (w.textInput) return [`${w.textInput.label}: ${w.textInput.value ?? '________'}`];
  if (w.selectionInput) {
    const items = w.selectionInput.items.map((i: any) => (i.selected ? `(•) ${i.text}` : `( ) ${i.text}`));
    return [`${w.selectionInput.label}:`, ...items.slice(0, 6).map((i: string) => `   ${i}`), ...(items.length > 6 ? [`   … ${items.length - 6} more`] : [])];
  }
  if (w.dateTimePicker || w.datePicker) return [`${(w.dateTimePicker ?? w.datePicker).label}: ____-__-__`];
  if (w.divider) return ['────────'];
  return [`<${Object.keys(w)[0]}>`];
}

export function renderCardText(card: any): string {
  const out: string[] = [];
  const width = 64;
  out.push('┌' + '─'.repeat(width) + '┐');
  if (card.header) out.push(`│ ${card.header.title}${card.header.subtitle ? ` — ${card.header.subtitle}` : ''}`);
  for (const s of card.sections ?? []) {
    out.push('├' + '─'.repeat(width) + '┤');
    if (s.header) out.push(`│ ${plain(s.header).toUpperCase()}`);
    for (const w of s.widgets ?? []) for (const line of widgetText(w)) for (const l of line.split('\n')) out.push(`│ ${l}`);
  }
  out.push('└' + '─'.repeat(width) + '┘');
  return out.join('\n');
}
