/**
 * The pure loan (dana bergulir) engine: product rules, schedules, arrears, denda, kolektibilitas, ratios
 * and the health score. No I/O: callers feed rows (instalments, payments) and store the results. The
 * request contracts of the feature (`loans.ts`, `kelompok.ts`, `loanImport.ts`) are imported directly.
 */
export * from './aging';
export * from './arrears';
export * from './healthScore';
export * from './intMath';
export * from './kolektibilitas';
export * from './products';
export * from './ratios';
export * from './schedule';
export * from './terms';
