/** Typed errors mapped to exit codes by cli/main.ts. Each carries a one-line hint. */
export class HardenError extends Error {
  constructor(
    message: string,
    readonly code: 'CONFIG' | 'INPUT' | 'STORE' | 'INTERNAL',
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class ConfigError extends HardenError {
  constructor(message: string, hint?: string) {
    super(message, 'CONFIG', hint);
  }
}
export class InputError extends HardenError {
  constructor(message: string, hint?: string) {
    super(message, 'INPUT', hint);
  }
}
export class StoreError extends HardenError {
  constructor(message: string, hint?: string) {
    super(message, 'STORE', hint);
  }
}
export class InternalError extends HardenError {
  constructor(message: string, hint?: string) {
    super(message, 'INTERNAL', hint);
  }
}
