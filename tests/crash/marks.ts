/** Markers the crash worker puts in bukti numbers, so the checker can find its rows. */
export const JOURNAL_MARK = 'CRASH-J-';
export const IMPORT_MARK = 'CRASH-I-';
