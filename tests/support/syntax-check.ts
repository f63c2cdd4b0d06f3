import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { LanguageKey } from '../../src/catalog/handling/languages.ts';

/**
 * Syntax checks for the "Handle it in code" snippets, one real parser per language:
 * - TypeScript: the TypeScript compiler's own parser (syntax diagnostics of a transpile);
 * - Python: `ast.parse` in python3, all snippets in one process;
 * - C# and PowerShell: the tree-sitter grammars published on npm, run as WebAssembly;
 * - curl (POSIX shell): `sh -n` and `bash -n`.
 * Each returns one message per snippet that does not parse ("" when it does).
 */

const require = createRequire(import.meta.url);

function typescriptErrors(code: string): string {
  const { diagnostics = [] } = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
}

function pythonErrors(codes: string[]): string[] {
  const script =
    'import ast, json, sys\n' +
    'out = []\n' +
    'for code in json.load(sys.stdin):\n' +
    '    try:\n        ast.parse(code)\n        out.append("")\n' +
    '    except SyntaxError as e:\n        out.append(f"line {e.lineno}: {e.msg}")\n' +
    'print(json.dumps(out))\n';
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(codes), encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(`python3 is needed to check the Python snippets: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

function shellErrors(code: string): string {
  return ['sh', 'bash']
    .map((shell) => {
      const run = spawnSync(shell, ['-n', '-c', code], { encoding: 'utf8' });
      if (run.error) throw new Error(`${shell} is needed to check the curl snippets: ${run.error.message}`);
      return run.status === 0 ? '' : `${shell}: ${run.stderr.trim()}`;
    })
    .filter(Boolean)
    .join('; ');
}

/** The first node tree-sitter could not fit into the grammar, as "line:column near …". */
function firstError(node: Node): string {
  if (node.isError || node.isMissing)
    return `line ${node.startPosition.row + 1}:${node.startPosition.column + 1} near ${JSON.stringify(node.text.slice(0, 40))}${node.isMissing ? ` (missing ${node.type})` : ''}`;
  for (const child of node.children) if (child?.hasError) return firstError(child);
  return 'unparsable';
}

let parsers: Promise<Record<'cs' | 'ps1', Parser>> | undefined;
function treeSitter() {
  parsers ??= (async () => {
    await Parser.init();
    const load = async (wasm: string) => {
      const parser = new Parser();
      parser.setLanguage(await Language.load(require.resolve(wasm)));
      return parser;
    };
    return {
      cs: await load('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'),
      ps1: await load('tree-sitter-powershell/tree-sitter-powershell.wasm'),
    };
  })();
  return parsers;
}

/** Checks every snippet; the result lines up with the input. */
export async function syntaxErrors(snippets: { language: LanguageKey; code: string }[]): Promise<string[]> {
  const errors = snippets.map(() => '');
  const python = snippets.flatMap((s, i) => (s.language === 'py' ? [i] : []));
  pythonErrors(python.map((i) => snippets[i]!.code)).forEach((e, k) => (errors[python[k]!] = e));
  const { cs, ps1 } = await treeSitter();
  snippets.forEach((snippet, i) => {
    if (snippet.language === 'ts') errors[i] = typescriptErrors(snippet.code);
    else if (snippet.language === 'sh') errors[i] = shellErrors(snippet.code);
    else if (snippet.language === 'cs' || snippet.language === 'ps1') {
      const tree = (snippet.language === 'cs' ? cs : ps1).parse(snippet.code);
      errors[i] = tree?.rootNode.hasError ? firstError(tree.rootNode) : tree ? '' : 'no parse tree';
    }
  });
  return errors;
}
