import { expect, test } from 'vitest';
import { formatsIn } from '../../../src/rules/security/hardcoded-secret/providers.js';

const names = (text: string) => formatsIn(text).map((f) => f.provider);

test('a keyword that begins a longer keyword still selects its format', () => {
  // `eyJrIjoi` is Grafana's keyword and begins with the JWT's `eyj`: both formats are tried.
  expect(names('token = "eyJrIjoiAbC"')).toEqual(expect.arrayContaining(['Grafana token', 'JWT']));
  // `sk-ant-` (Anthropic) begins with OpenAI's `sk-` and Twilio's `sk`.
  expect(names('KEY=sk-ant-api03-x')).toEqual(expect.arrayContaining(['Anthropic API key', 'OpenAI API key', 'Twilio API key']));
});

test('keywords are found case-insensitively, overlapping ones too; text without one selects nothing', () => {
  expect(names('AWS_SECRET_ACCESS_KEY=x')).toContain('AWS secret access key');
  expect(names('x = psk_live')).toContain('Stripe key');
  expect(names('nothing to see here')).toEqual([]);
});
