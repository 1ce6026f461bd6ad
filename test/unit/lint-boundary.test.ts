/**
 * The lint rule that keeps the editor API and Node I/O out of src/core and
 * src/export (STYLE.md rule 1), checked through ESLint's Node API on
 * in-memory snippets placed at virtual paths.
 */
import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The snippets are not on disk, so the project service cannot type them; the
// boundary rule needs no types, and the one typed rule is switched off here.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], `ESLint could not parse ${filePath}`);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const VSCODE = "import * as vscode from 'vscode';\nexport const api = vscode;\n";

describe('lint boundary', () => {
  it('reports a vscode import in src/core', async () => {
    const messages = await restrictedImports(VSCODE, 'src/core/x.ts');
    assert.equal(messages.length, 1);
    assert.match(messages[0], /'vscode'/);
  });

  it('reports a vscode import in src/core/rules and src/export', async () => {
    assert.equal((await restrictedImports(VSCODE, 'src/core/rules/x.ts')).length, 1);
    assert.equal((await restrictedImports(VSCODE, 'src/export/x.ts')).length, 1);
  });

  it('reports Node I/O modules in the pure layers', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { execFileSync } from 'node:child_process';",
      'export const io = [readFileSync, join, execFileSync];',
    ].join('\n');
    const messages = await restrictedImports(code, 'src/core/x.ts');
    assert.equal(messages.length, 3, messages.join('\n'));
  });

  it('allows vscode in the editor layer and fs in the CLI', async () => {
    assert.deepEqual(await restrictedImports(VSCODE, 'src/editor/x.ts'), []);
    assert.deepEqual(await restrictedImports("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/cli/x.ts'), []);
  });
});
