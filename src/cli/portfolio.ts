import { Command, Option } from 'commander';
import { InputError } from '../errors.js';
import type { Grade } from '../report/health.js';
import { checkRuleIds, writeOutput } from './common.js';
import { openExistingStore } from './status.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];
const GRADES = ['A', 'B', 'C', 'D', 'F'];

interface PortfolioFlags {
  store?: string;
  format: 'md' | 'json' | 'html' | 'csv';
  output?: string;
  grade?: string[];
  rule?: string[];
  name?: string;
}

/** `harden portfolio`: every repository of a shared history store, worst first (report/portfolio.ts). */
export function registerPortfolio(program: Command): void {
  program
    .command('portfolio')
    .description('every repository recorded in a (shared) history store, worst first: grade, score, trends, open P0/P1 items, secrets, duplicate copies, CI tests')
    // HARDEN_STORE is read in the action, not given as commander's default: --help would print its password.
    .option('--store <url>', 'the history store: postgres://…, postgresql://… (or postgres: with PGHOST etc.), sqlite:PATH or a file (default $HARDEN_STORE)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'html', 'csv']).default('md'))
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--grade <grades>', 'only these grades, e.g. D or D,F (repeatable)', collect)
    .option('--rule <id>', 'only repositories whose latest scan has findings of this rule (repeatable; adds a column per rule)', collect)
    .option('--name <glob>', 'only repositories whose name or identity matches (* and ?, case-insensitive)')
    .action(async (flags: PortfolioFlags) => {
      flags.store ??= process.env.HARDEN_STORE || undefined;
      if (!flags.store) throw new InputError('portfolio needs --store URL (or HARDEN_STORE)', 'e.g. --store postgres://harden@db.internal/harden');
      const grades = (flags.grade ?? []).flatMap((g) => g.split(',')).map((g) => g.trim().toUpperCase()).filter(Boolean);
      const bad = grades.find((g) => !GRADES.includes(g));
      if (bad) throw new InputError(`--grade ${bad}: expected one of ${GRADES.join(', ')}`);
      checkRuleIds(flags.rule, '--rule');
      const { loadPortfolioFacts } = await import('../store/portfolio.js');
      const { buildPortfolio, renderPortfolioCsv, renderPortfolioJson, renderPortfolioMarkdown } = await import('../report/portfolio.js');
      const store = await openExistingStore(flags.store);
      let facts;
      try {
        facts = await loadPortfolioFacts(store, flags.rule ?? []);
      } finally {
        await store.close();
      }
      const portfolio = buildPortfolio(facts, { grades: grades as Grade[], rules: flags.rule, name: flags.name }, { store: store.where, generatedAt: new Date().toISOString() });
      const text =
        flags.format === 'json'
          ? renderPortfolioJson(portfolio)
          : flags.format === 'csv'
            ? renderPortfolioCsv(portfolio)
            : flags.format === 'html'
              ? (await import('../report/portfolio-html.js')).renderPortfolioHtml(portfolio)
              : renderPortfolioMarkdown(portfolio);
      writeOutput(flags.output, text);
    });
}
