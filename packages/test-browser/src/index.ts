export { Browser, type AuthorizeResult, type BrowserOptions, type Login, type NavigateOptions, type Page, type RequestOptions, startingWith } from './browser.ts';
export { alertText, formAction, hiddenInputs, labelledControl } from './page-helpers.ts';
