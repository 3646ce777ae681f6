// What the admin reads after "Check connection": each problem, and its fix in their words (and
// their language: the route says these messages in it).
import type { SetupProblem } from '@sfsearch/salesforce';
import { msg, translate, type Locale, type Message } from '../messages/messages.ts';
import type { EmployeeSetupProblem } from '../salesforce/setup-problems.ts';

export interface Advice {
  code: string;
  problem: Message;
  hint: Message;
}

export function setupAdvice(problem: SetupProblem, loginHost: string): Advice {
  const host = new URL(loginHost).host;
  return { code: problem, problem: msg(`check.${problem}`, { host }), hint: msg(`check.${problem}-how`) };
}

/** Problems employees met since the settings last changed (or, for `you`, the admin's own connection did). */
export function employeeAdvice(problem: EmployeeSetupProblem, people: number | 'you'): Advice {
  const who = people === 'you' ? { who: 'you', people: 0 } : { who: 'people', people };
  return { code: problem, problem: msg(`check.people.${problem}`, who), hint: msg(`check.people.${problem}-how`) };
}

export function adviceIn(locale: Locale, advice: Advice): { code: string; problem: string; hint: string } {
  return { code: advice.code, problem: translate(locale, advice.problem), hint: translate(locale, advice.hint) };
}
