import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { App } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
const [dir, ...qs] = process.argv.slice(2);
const app = new App(loadConfig({ ROLERADAR_DATA_DIR: dir! }), createLogger('warn'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
await app.ask('what do lead roles pay in Berlin?');
await app.ask('which companies hire lead engineers in fintech?');
const s = new Session(); s.connect();
await s.post('Profiler.enable');
for (const q of qs) {
  for (let r = 0; r < 2; r++) {
    if (r === 1) await s.post('Profiler.start');
    const c = cpu();
    await app.ask(q);
    process.stdout.write(`${r} ${Math.round(cpu() - c)} ms ${q.slice(0, 60)}\n`);
    if (r === 1) {
      const { profile } = await s.post('Profiler.stop');
      // self time per function
      const self = new Map<string, number>();
      const dt = profile.timeDeltas!; const samples = profile.samples!;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      samples.forEach((id, i) => {
        const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
        self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
      });
      // inclusive: walk parents
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const incl = new Map<string, number>();
      samples.forEach((id, i) => {
        const seen = new Set<string>();
        for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
          const n = byId.get(x)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
          if (seen.has(k)) continue; seen.add(k);
          incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
        }
      });
      const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `   ${v.toFixed(1)} ${k}`).join('\n');
      process.stdout.write(`self:\n${top(self)}\nincl:\n${top(incl)}\n`);
    }
  }
}
