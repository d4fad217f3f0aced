import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';

/**
 * The modules a file loads when it is imported: its static value imports (not `import type`,
 * not `await import(...)`), followed through the project's sources.
 */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const target = path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      if (fs.existsSync(target)) visit(target);
    }
  };
  visit(path.join(PROJECT_ROOT, entry));
  return new Set([...seen].map((f) => path.relative(PROJECT_ROOT, f)));
}

// The Discord adapter's main thread acknowledges interactions and talks to Discord; the worker
// threads answer. The answering stack (~9 MB of heap, ~12 MB of RSS) stays out of the main thread.
test('the main thread of the bot loads no use case and no answering code', () => {
  const loaded = staticImports('src/bot/discord/bot.ts');
  expect(loaded.has('src/bot/commands/registry.ts')).toBe(true);
  const answering = [...loaded].filter(
    (f) =>
      f.startsWith('src/services/') ||
      f.startsWith('src/rag/answer/plan/') ||
      f.startsWith('src/rag/answer/compose/') ||
      f === 'src/rag/answer/engine.ts' ||
      f === 'src/app.ts' ||
      f === 'src/rag/ingest.ts',
  );
  expect(answering).toEqual([]);
  // A worker loads them all before it is ready (use-cases.ts), so no first command pays for it.
  expect(staticImports('src/bot/worker/worker.ts').has('src/rag/answer/engine.ts')).toBe(true);
});
