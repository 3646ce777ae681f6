// The few browser calls tests need to observe and jsdom cannot (location.assign navigates, and
// window.top is unforgeable there).
export const browser = {
  /** Inside an intranet iframe Salesforce's login page refuses to load, so sign-in uses a popup. */
  isFramed(): boolean {
    try {
      return window.self !== window.top;
    } catch {
      return true;
    }
  },
  assign(url: string): void {
    window.location.assign(url);
  },
};
