// Accessibility check with axe-core against jsdom. Colour contrast needs real layout and
// rendering, which jsdom has not, so that one rule is left to the palette (see the ADR).
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoSeriousA11yViolations(context: Element = document.body): Promise<void> {
  const results = await axe.run(context, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`);
  expect(serious).toEqual([]);
}
