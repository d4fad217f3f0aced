/**
 * `npx tsx scripts/arch-measures.ts [--top N]`: the architecture in figures, measured the same way
 * before and after a restructuring (docs/ARCHITECTURE.md quotes it). Prints one JSON object:
 *
 * - `longestFunctions`: the N longest functions, methods and arrow functions under src/, in lines
 *   from their first to their last line (a nested function counts inside its parent too), found
 *   with the TypeScript compiler API rather than by eye;
 * - `layering`: every import under src/ that runs against the allowed directions in `LAYERS`
 *   (test/architecture/layers.test.ts asserts there are none);
 * - `commandNames`: for each slash command, the files other than its own module that name it in a
 *   string literal (`'ask'`): what a new command like it would have to touch besides its own file
 *   and the registry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');

/**
 * Which part of src/ may import which. A part is the first path segment under src/ (a folder, or a
 * file at the top such as `app.ts`); `storage/corpus` and `storage/state` count as `storage`.
 * Anything not listed (the composition roots: main.ts, app.ts, the CLI) may import every part.
 */
export const LAYERS: Record<string, readonly string[]> = {
  // Shared domain types and errors: nothing of the project.
  core: [],
  'logger.ts': ['core', 'config'],
  config: ['core'],
  storage: ['core', 'config', 'logger.ts'],
  rag: ['core', 'config', 'logger.ts', 'storage'],
  refresh: ['core', 'config', 'logger.ts', 'storage', 'rag'],
  services: ['core', 'config', 'logger.ts', 'storage', 'rag', 'refresh'],
  // The surfaces and their commands: everything below them, never the CLI.
  bot: ['core', 'config', 'logger.ts', 'storage', 'rag', 'refresh', 'services', 'app.ts'],
};

export function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

function partOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2023, true);
}

export interface LayerViolation {
  from: string;
  to: string;
  file: string;
  line: number;
  specifier: string;
}

/** Every relative import (type-only ones included) from one part of src/ into a part it may not use. */
export function layerViolations(files = walk(SRC)): LayerViolation[] {
  const out: LayerViolation[] = [];
  for (const file of files) {
    const from = partOf(file);
    const allowed = LAYERS[from];
    if (!allowed) continue;
    const source = parse(file);
    const visit = (node: ts.Node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        node.moduleSpecifier.text.startsWith('.')
      ) {
        const target = path.resolve(path.dirname(file), node.moduleSpecifier.text);
        const to = partOf(target.replace(/\.js$/, '.ts'));
        if (to !== from && !allowed.includes(to))
          out.push({
            from,
            to,
            file: path.relative(ROOT, file),
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            specifier: node.moduleSpecifier.text,
          });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

export interface FunctionSize {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name))) return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) {
    const callee = parent.expression.getText().split('\n')[0]!.slice(0, 40);
    return `(callback of ${callee})`;
  }
  return '(anonymous)';
}

/** Every function-like node under src/ with its length in lines, longest first. */
export function functionSizes(files = walk(SRC)): FunctionSize[] {
  const out: FunctionSize[] = [];
  for (const file of files) {
    const source = parse(file);
    const visit = (node: ts.Node) => {
      if (
        (ts.isFunctionDeclaration(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isArrowFunction(node) ||
          ts.isFunctionExpression(node) ||
          ts.isConstructorDeclaration(node) ||
          ts.isGetAccessorDeclaration(node) ||
          ts.isSetAccessorDeclaration(node)) &&
        (node as ts.FunctionLikeDeclaration).body
      ) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({
          file: path.relative(ROOT, file),
          line: start + 1,
          name: nameOf(node),
          lines: end - start + 1,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out.sort((a, b) => b.lines - a.lines);
}

/** The slash command names, read from the `.setName('…')` of each command module's definition. */
function commandNames(files: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of files) {
    if (!/[\\/]commands[\\/]/.test(file)) continue;
    const m = /new SlashCommandBuilder\(\)\s*\.setName\('([\w-]+)'\)/.exec(fs.readFileSync(file, 'utf8'));
    if (m) names.set(m[1]!, file);
  }
  return names;
}

/** The surfaces: what turns a typed line, a Discord interaction or argv into a command and back. */
const SURFACES =
  /^src[\\/](bot[\\/](discord|worker|console|dispatch)|cli[\\/]|surfaces[\\/]|commands[\\/](dispatch|policy)|main\.ts|app\.ts)/;

/**
 * For each command, the surface files (adapters, console, CLI, worker, composition root) that name
 * it in a string literal: each is a place a new command like it must be added to by hand. With
 * `slash`, text that shows it to members (`run /role-summary again`) counts too.
 */
export function commandNameMentions(
  files = walk(SRC),
  options: { slash?: boolean } = {},
): Record<string, string[]> {
  const names = commandNames(files);
  const out: Record<string, string[]> = {};
  for (const [name, own] of names) {
    out[name] = [];
    const slash = new RegExp(`(^|[^\\w./-])/${name.replace(/-/g, '\\-')}(?![\\w-])`);
    for (const file of files) {
      if (file === own || !SURFACES.test(path.relative(ROOT, file))) continue;
      const source = parse(file);
      let found = false;
      const visit = (node: ts.Node) => {
        if (found) return;
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text === name) {
          // An import path or an object key spelled like a command is not a mention of it.
          const key = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
          if (!ts.isImportDeclaration(node.parent) && !key) found = true;
        }
        if (
          options.slash &&
          (ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node)) &&
          !ts.isImportDeclaration(node.parent) &&
          slash.test(node.text)
        )
          found = true;
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (found) out[name].push(path.relative(ROOT, file));
    }
  }
  return out;
}

function main(): void {
  const topArg = process.argv.indexOf('--top');
  const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 10;
  const files = walk(SRC);
  const sizes = functionSizes(files);
  const violations = layerViolations(files);
  const mentions = commandNameMentions(files);
  const edges = [...new Set(violations.map((v) => `${v.from} -> ${v.to}`))];
  process.stdout.write(
    `${JSON.stringify(
      {
        files: files.length,
        lines: files.reduce((n, f) => n + fs.readFileSync(f, 'utf8').split('\n').length, 0),
        longestFunctions: sizes.slice(0, top),
        functionsOver100Lines: sizes.filter((s) => s.lines > 100).length,
        layering: { edges, imports: violations.length, violations },
        commandNames: mentions,
      },
      null,
      2,
    )}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
