import type { AppConfig } from './config/config.js';

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const ORDER = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;

/** Logs to stderr, so that stdout carries only command output (and nothing but JSON with --json). */
export function createLogger(
  level: AppConfig['logLevel'],
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Log {
  const at = (name: keyof typeof ORDER) => (message: string) => {
    if (ORDER[name] >= ORDER[level]) write(`[${new Date().toISOString()}] ${name.toUpperCase()} ${message}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
