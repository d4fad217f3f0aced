import type { AppConfig } from './config/config.js';

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const ORDER = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;

export interface LoggerOptions {
  format?: AppConfig['logFormat'];
  /** Values never to be written (the bot token, API keys): replaced by "[redacted]" wherever they appear. */
  secrets?: Array<string | undefined>;
  write?: (line: string) => void;
}

/**
 * Logs to stderr, so that stdout carries only command output (and nothing but JSON with --json).
 * `json` writes one object per line ({ time, level, msg }) for log collectors.
 */
export function createLogger(level: AppConfig['logLevel'], options: LoggerOptions = {}): Log {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const redact = (text: string) => secrets.reduce((t, secret) => t.split(secret).join('[redacted]'), text);
  const at = (name: keyof typeof ORDER) => (message: string) => {
    if (ORDER[name] < ORDER[level]) return;
    const time = new Date().toISOString();
    const msg = redact(message);
    write(
      options.format === 'json'
        ? JSON.stringify({ time, level: name, msg })
        : `[${time}] ${name.toUpperCase()} ${msg}`,
    );
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
