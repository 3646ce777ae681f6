export * from './admin.ts';
export * from './connection.ts';
export * from './errors.ts';
export * from './login-host.ts';
export * from './me.ts';
export * from './popup.ts';
export * from './recent.ts';
export * from './search.ts';
