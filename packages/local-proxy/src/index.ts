export { startEntryProxy, type EntryProxy } from './entry-proxy.ts';
