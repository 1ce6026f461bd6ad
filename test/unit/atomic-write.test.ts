/**
 * The Node-side atomic writer and the CLI's use of it: an output never
 * replaces an input article, a write that fails midway (a full disk) leaves
 * the previous file whole and no temporary file, and temporary files a crash
 * left are removed at the next write.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { removeStaleTemps, writeFileAtomic, type WriterFs } from '../../src/io/atomic-node';
import { STALE_AFTER_MS, tempName } from '../../src/io/temp-files';
import { scratchFolders } from './helpers/folders';

const ARTICLE = 'The agency said that the bridge will reopen in May.\n\nEngineers may need more time, one resident claimed.\n';

function run(...argv: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = main(argv, (s) => { out += s; }, (s) => { err.push(s); });
  return { code, out, err };
}

/** Node's file system, except that a write stores half of its bytes and then fails as a full disk does. */
function fullDisk(): WriterFs & { syncs: number } {
  const double = {
    ...fs,
    syncs: 0,
    writeSync: ((fd: number, data: Uint8Array, offset: number, length: number) => {
      fs.writeSync(fd, data, offset, Math.floor(length / 2));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }) as unknown as typeof fs.writeSync,
    fsyncSync: (fd: number) => { double.syncs++; fs.fsyncSync(fd); },
  };
  return double;
}

describe('atomic writer', () => {
  const folder = scratchFolders('claimlens-atomic-');

  it('refuses `ledger --out` pointed at an input article: clear message, non-zero exit, article untouched', () => {
    const d = folder();
    const article = join(d, 'bridge.txt');
    fs.writeFileSync(article, ARTICLE);
    const r = run('ledger', d, '--format', 'md', '--out', article);
    assert.notEqual(r.code, 0);
    assert.equal(r.err.length, 1);
    assert.match(r.err[0], /bridge\.txt is an input article; refusing to write over it/);
    assert.equal(fs.readFileSync(article, 'utf8'), ARTICLE);
  });

  it('refuses `ledger --from-jsonl FILE --out FILE`', () => {
    const d = folder();
    const input = join(d, 'results.jsonl');
    fs.writeFileSync(input, '');
    const r = run('ledger', '--from-jsonl', input, '--out', input);
    assert.notEqual(r.code, 0);
    assert.match(r.err.join('\n'), /input article; refusing/);
  });

  it('never lets the brat text copy of one article replace another input article', () => {
    const d = folder();
    fs.writeFileSync(join(d, 'bridge.md'), '# Bridge\n\n' + ARTICLE);
    fs.writeFileSync(join(d, 'bridge.txt'), ARTICLE);
    const r = run('analyze', join(d, 'bridge.md'), join(d, 'bridge.txt'), '--format', 'brat', '--out', d);
    assert.equal(r.code, 1);
    assert.match(r.err.join('\n'), /input article/);
    assert.equal(fs.readFileSync(join(d, 'bridge.txt'), 'utf8'), ARTICLE);
  });

  it('leaves the previous file whole and no temporary file when the disk fills midway', () => {
    const d = folder();
    const target = join(d, 'ledger.md');
    fs.writeFileSync(target, 'the previous ledger\n');
    const disk = fullDisk();
    assert.throws(() => writeFileAtomic(target, 'x'.repeat(100_000), { fs: disk }), /no space left/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'the previous ledger\n');
    assert.deepEqual(fs.readdirSync(d), ['ledger.md']);
  });

  it('flushes the data to disk before the rename', () => {
    const d = folder();
    const double = { ...fs, syncs: 0, fsyncSync: (fd: number) => { double.syncs++; fs.fsyncSync(fd); } };
    writeFileAtomic(join(d, 'out.json'), '{}\n', { fs: double });
    assert.equal(double.syncs, 1);
    assert.equal(fs.readFileSync(join(d, 'out.json'), 'utf8'), '{}\n');
  });

  it('removes the temporary files a crash left, at the next write to that folder, and keeps fresh ones', () => {
    const d = folder();
    const stale = join(d, tempName('out.json', 'crashed'));
    const fresh = join(d, tempName('out.json', 'writing'));
    fs.writeFileSync(stale, 'half');
    fs.writeFileSync(fresh, 'half');
    const old = (Date.now() - STALE_AFTER_MS - 1000) / 1000;
    fs.utimesSync(stale, old, old);
    writeFileAtomic(join(d, 'out.json'), '{}\n');
    assert.deepEqual(fs.readdirSync(d).sort(), [tempName('out.json', 'writing'), 'out.json'].sort());
    assert.equal(removeStaleTemps(d, { now: Date.now() + STALE_AFTER_MS + 1000 }), 1);
  });
});
