/**
 * What Google Forms refuses before a response is accepted, checked as the member's phone would:
 * unknown questions, required ones left blank, choices not offered, failed validation.
 */
import type { Answer, FormData, ItemData } from './state';
import { validationProblem } from './validation';

export interface CheckedAnswer {
  item: ItemData;
  /** null when left blank. */
  value: Answer | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The form's questions in item order with their answers; throws an Error naming the item. */
export function checkAnswers(form: FormData, answers: Record<string, Answer>): CheckedAnswer[] {
  const where = `Form "${form.title}"`;
  for (const title of Object.keys(answers)) {
    const item = form.items.find((i) => i.title === title);
    if (!item) throw new Error(`${where} has no question titled "${title}".`);
    if (item.type === 'SECTION_HEADER') throw new Error(`${where}: "${title}" is a section header, not a question.`);
  }
  return form.items.filter((i) => i.type !== 'SECTION_HEADER').map((item) => {
    const value = normalise(answers[item.title]);
    if (value === null) {
      if (item.required) throw new Error(`${where}: "${item.title}" is a required question.`);
      return { item, value };
    }
    const problem = answerProblem(item, value);
    if (problem) throw new Error(`${where}: "${item.title}" ${problem}`);
    return { item, value };
  });
}

function normalise(v: Answer | undefined): Answer | null {
  if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return null;
  return v;
}

function answerProblem(item: ItemData, value: Answer): string | null {
  const choices = item.choices ?? [];
  if (item.type === 'CHECKBOX') {
    const picked = Array.isArray(value) ? value : [value];
    const bad = picked.find((p) => !choices.includes(p));
    return bad === undefined ? null : `has no choice "${bad}".`;
  }
  if (Array.isArray(value)) return 'takes one answer, not a list.';
  switch (item.type) {
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      return choices.includes(value) ? null : `has no choice "${value}".`;
    case 'DATE': {
      const m = DATE.exec(value);
      const ok = m && new Date(`${value}T00:00:00Z`).getUTCDate() === Number(m[3]);
      return ok ? null : `needs a date as YYYY-MM-DD, not "${value}".`;
    }
    case 'SCALE': {
      const n = Number(value);
      const ok = /^\d+$/.test(value) && n >= (item.lowerBound ?? 1) && n <= (item.upperBound ?? 5);
      return ok ? null : `needs a whole number from ${item.lowerBound ?? 1} to ${item.upperBound ?? 5}, not "${value}".`;
    }
    default: {
      if (!item.validation) return null;
      const problem = validationProblem(item.validation, value);
      return problem ? `refused "${value}": ${item.validation.helpText || problem}` : null;
    }
  }
}
