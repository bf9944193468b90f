/** The text pre-filter of security/hardcoded-secret, shared with its candidate queries (parse/candidates.ts). */
export const PREFILTER = /pass|pwd|pw|secret|token|key|auth|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox|AIza|sk-|npm_|pypi-|SG\.|:AA|eyJ|PRIVATE KEY|:\/\/|mysql|-u/i;
