// Worker threads start as plain Node: register tsx's loader so the TypeScript worker can run
// without a build step (the same thing bin/roleradar.js does for the CLI).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
