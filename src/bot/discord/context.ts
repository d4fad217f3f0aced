import type { Log } from '../../logger.js';
import type { NoteDraft } from '../reply.js';
import type { CustomIds } from './custom-id.js';
import type { BotMetrics } from './metrics.js';

/**
 * What the parts of the Discord adapter share (lifecycle in bot.ts, responding, progress): the
 * logger, the metrics, the signed button ids and the note drafts a reply's "Edit & save as note"
 * button opens.
 */
export interface DiscordContext {
  readonly log: Log;
  readonly metrics: BotMetrics;
  readonly ids: CustomIds;
  /** Drafts by exchange id, bounded (the oldest go first). */
  readonly drafts: Map<string, NoteDraft>;
}
