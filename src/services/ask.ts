import { MAX_QUESTION_CHARS } from '../rag/answer/ask.js';
import { answerQuestion, type EngineAnswer, modelBrief } from '../rag/answer/engine.js';
import type { AnswerResult } from '../rag/answer/offline.js';
import { normalizeLine } from '../rag/normalize.js';
import { NO_CORPUS, type NoCorpus, type ServiceDeps } from './deps.js';

/** An answer to a member's question, with its citations, or why there is none. */
export type AskResult = (AnswerResult & { title?: string }) | NoCorpus;

export interface AskInput {
  question: string;
  /** Called with the text so far while a model answer streams (never for an offline answer). */
  onPartial?: (text: string) => void;
  /** Use the per-generation answers cache (the serving commands do; benchmarks and evaluation never). */
  cache?: boolean;
}

/** The offline answer with its plan and figures (what the answer evaluation grades). */
export function answerOffline(question: string, deps: Pick<ServiceDeps, 'engineDeps'>): EngineAnswer | null {
  const engine = deps.engineDeps();
  return engine ? answerQuestion(question, engine) : null;
}

/**
 * `answerOffline` through the answers cache: the engine is a function of the generation and of the
 * question as it normalises it, so the cache is keyed on exactly that. Each caller gets a copy.
 */
function cachedAnswerOffline(
  question: string,
  deps: Pick<ServiceDeps, 'engineDeps' | 'caches'>,
): EngineAnswer | null {
  const engine = deps.engineDeps();
  if (!engine) return null;
  if (!deps.caches) return answerQuestion(question, engine);
  const key = normalizeLine(question).slice(0, MAX_QUESTION_CHARS);
  const answer = deps.caches.answers.get(engine.reader.generation.id, key, () =>
    answerQuestion(question, engine),
  );
  return structuredClone(answer);
}

/**
 * Answers a member's question from the corpus, with citations: planned, computed over every
 * matching listing and composed offline; with a model configured, the model gets the plan, the
 * figures (with N) and the passages, and its answer keeps those figures.
 */
export async function ask(input: AskInput, deps: ServiceDeps): Promise<AskResult> {
  const engine = input.cache
    ? cachedAnswerOffline(input.question, deps)
    : answerOffline(input.question, deps);
  if (!engine) return NO_CORPUS;
  const { sources, question: cleaned, plan, n, applied, figures: _figures, title, ...offline } = engine;
  offline.questionKind = plan.intent;
  const result = { ...offline, title };
  const model = deps.modelAnswerer();
  if (!model || offline.kind === 'not_covered' || !sources.length) return result;
  // The figures are the code's: a model answer opens with the N and the filters they rest on.
  const scope =
    n === null
      ? ''
      : `Across ${n} open listing${n === 1 ? '' : 's'}${applied.length ? ` (${applied.join(', ')})` : ''}:\n`;
  const onPartial = input.onPartial;
  const answered = await model.answer(cleaned, sources, result, {
    ...(onPartial ? { onPartial: (text: string) => onPartial(scope + text) } : {}),
    brief: modelBrief(engine),
  });
  return answered.mode === 'model'
    ? { ...answered, title, answer: scope + answered.answer }
    : { ...answered, title };
}
