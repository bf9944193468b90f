// ok: hygiene/todo-markers
// Hack week results are shown on the board.
export const BOARD = 'hackweek';
// ok: hygiene/todo-markers
// xxx is the placeholder used by the mock server
export const PLACEHOLDER = 'xxx';
