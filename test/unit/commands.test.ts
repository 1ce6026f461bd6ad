/**
 * The manifest and the code agree: every command in package.json has a
 * handler in src/commands and every handler is declared; every setting
 * config.ts reads is declared. Runs without `vscode`: it imports only the ids
 * module and reads the other sources as text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, VIEWS } from '../../src/commands/ids';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string }[]>;
    keybindings: { command: string }[];
    views: Record<string, { id: string }[]>;
    configuration: { properties: Record<string, { markdownDescription?: string; scope?: string; default?: unknown }> };
  };
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const declared = manifest.contributes.commands.map((c) => c.command);

/** Keys of the handler table in src/commands/index.ts: `name: (...) =>` lines inside `handlers`. */
function handlerKeys(): string[] {
  const source = read('src/commands/index.ts');
  const table = source.slice(source.indexOf('const handlers'), source.indexOf('};', source.indexOf('const handlers')));
  return [...table.matchAll(/^\s+(\w+): \(/gm)].map((m) => m[1]);
}

describe('commands and settings match package.json', () => {
  it('declares every command id once, and only those', () => {
    assert.deepEqual([...declared].sort(), Object.values(COMMANDS).sort());
    assert.equal(new Set(declared).size, declared.length);
  });

  it('registers a handler for every id and no other', () => {
    assert.deepEqual(handlerKeys().sort(), Object.keys(COMMANDS).sort());
  });

  it('puts every command under the ClaimLens category with a title', () => {
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, 'ClaimLens', c.command);
      assert.ok(c.title.length > 0, c.command);
    }
  });

  it('refers only to declared commands from menus and keybindings', () => {
    const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map((m) => m.command);
    for (const id of used) assert.ok(declared.includes(id), id);
  });

  it('declares the views the code creates, and activates lazily', () => {
    const views = Object.values(manifest.contributes.views).flat().map((v) => v.id);
    assert.deepEqual(views.sort(), [VIEWS.claims, VIEWS.sources].sort());
    // The ledger is an editor tab (a webview panel), restored after a reload.
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${VIEWS.ledger}`));
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('declares every setting config.ts (and exportFolder.ts) reads, with a description, scope and default', () => {
    const read_ = [...(read('src/editor/config.ts') + read('src/commands/exportFolder.ts')).matchAll(/\.get<[^>]+>\('([\w.]+)'/g)].map((m) => `claimlens.${m[1]}`);
    assert.ok(read_.length >= 10, `found ${read_.length} settings read`);
    const props = manifest.contributes.configuration.properties;
    for (const key of read_) {
      assert.ok(props[key], `${key} is read but not declared`);
      assert.ok(props[key].markdownDescription, `${key} has no markdownDescription`);
      assert.ok(props[key].scope, `${key} has no scope`);
      assert.notEqual(props[key].default, undefined, `${key} has no default`);
    }
    assert.deepEqual(Object.keys(props).sort(), [...new Set(read_)].sort(), 'every declared setting is read');
  });
});
