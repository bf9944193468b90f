/** The text pre-filter of reliability/swallowed-exception, shared with its candidate queries (parse/candidates.ts). */
export const PREFILTER = /except|catch/;
