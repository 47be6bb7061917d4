export * from './ecosystem.ts';
export * from './fields.ts';
export * from './issues.ts';
export * from './kinds.ts';
export * from './messages.ts';
export * from './records.ts';
export * from './time.ts';
export * from './views.ts';
