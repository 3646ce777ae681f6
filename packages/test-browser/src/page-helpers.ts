// Reading the plain HTML pages of the BFF, the intranet IdP and the Salesforce emulator.
import type { Page } from './browser.ts';

/** The action of the page's (first) form, resolved against the page URL. */
export function formAction(page: Page): string {
  const action = /<form[^>]*\saction="([^"]+)"/.exec(page.body)?.[1];
  if (!action) throw new Error(`No form on ${page.url}: ${page.body.slice(0, 300)}`);
  return new URL(action.replaceAll('&amp;', '&'), page.url).href;
}

/** The hidden inputs of the page's forms. */
export function hiddenInputs(page: Page): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [, name = '', value = ''] of page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    inputs[name] = value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
  }
  return inputs;
}

/** The visible text of the element with `role="alert"`, if any. */
export function alertText(page: Page): string | undefined {
  return /<[^>]+role="alert"[^>]*>([^<]*)</.exec(page.body)?.[1];
}

/** The control labelled `label` (via <label for>), as its opening tag. */
export function labelledControl(page: Page, label: string): string | undefined {
  const id = new RegExp(`<label for="([^"]+)">${label}</label>`).exec(page.body)?.[1];
  return id ? new RegExp(`<input[^>]*\\sid="${id}"[^>]*>`).exec(page.body)?.[0] : undefined;
}
