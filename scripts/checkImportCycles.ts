/**
 * `npm run lint` runs this: fails, naming the loop, when a module of `src/` or `commands/` imports (at run time,
 * through a chain of relative imports) a module that imports it back. Type-only imports are not followed: they
 * are erased before anything runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOTS = ['src', 'commands'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [resolve(path)] : [];
  });
}

/** The relative modules a file imports or re-exports at run time. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes) specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.'))
      found.push(resolve(dirname(file), specifier.text));
  }
  return found;
}

const files = ROOTS.flatMap(sourceFiles);
const graph = new Map(files.map((file) => [file, runtimeImports(file).filter((target) => files.includes(target))]));
const loops: string[] = [];
const state = new Map<string, 'visiting' | 'done'>();
const path: string[] = [];
function visit(file: string): void {
  state.set(file, 'visiting');
  path.push(file);
  for (const target of graph.get(file) ?? []) {
    if (state.get(target) === 'visiting')
      loops.push(
        [...path.slice(path.indexOf(target)), target].map((entry) => relative(process.cwd(), entry)).join(' -> '),
      );
    else if (!state.has(target)) visit(target);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);

if (loops.length > 0) {
  console.error(`Import cycles (${loops.length}):\n${loops.map((loop) => `  ${loop}`).join('\n')}`);
  process.exitCode = 1;
} else console.log(`No import cycles among ${files.length} modules of ${ROOTS.join(' and ')}.`);
