// Worker threads start as plain Node: register tsx's loader so the TypeScript extraction thread
// runs without a build step (as src/bot/worker/worker-entry.mjs does for the bot's workers).
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
