import { z } from 'zod';
import { SEVERITIES } from '../rules/types.js';

const severity = z.enum(SEVERITIES);

const ruleSettings = z.union([
  z.enum(['off', 'on']),
  z
    .object({
      enabled: z.boolean().optional(),
      severity: severity.optional(),
      /** gitignore-style globs: findings of this rule in matching paths are suppressed (counted, not dropped). */
      ignore: z.array(z.string()).optional(),
    })
    .strict(),
]);

/** `.harden.yml`. Unknown keys are errors so that a typo never silently disables nothing. */
export const configSchema = z
  .object({
    /** gitignore-style globs never scanned at all. */
    exclude: z.array(z.string()).optional(),
    /** gitignore-style globs whose findings (any rule) are suppressed. */
    ignore: z.array(z.string()).optional(),
    rules: z.record(z.string(), ruleSettings).optional(),
    minSeverity: severity.optional(),
    failOn: severity.optional(),
    /** Files larger than this (bytes) are skipped. */
    maxFileBytes: z.number().int().positive().optional(),
    /** Enable experimental rules. */
    experimental: z.boolean().optional(),
    plan: z
      .object({
        devs: z.number().int().positive().optional(),
        hoursPerDay: z.number().positive().max(24).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type HardenConfig = z.infer<typeof configSchema>;
export type RuleSettings = z.infer<typeof ruleSettings>;
