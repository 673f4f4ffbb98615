import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The extract CLI on a folder: one prediction per article, for the scorer's --predictions. */
const ROOT = join(__dirname, '../..');
const run = (args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'src/cli/extract.ts', ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chipgraph-extract-dir-'));
  // Articles written for this test; one is binary and cannot be read as text.
  writeFileSync(join(dir, 'a.txt'), 'Helio Systems agreed to buy Korvia AI, a chip startup, for $400 million.');
  writeFileSync(join(dir, 'b.txt'), '雷川科技宣布，公司将采用英伟达H100芯片训练模型。');
  writeFileSync(join(dir, 'c.txt'), Buffer.from([0, 1, 2, 0, 255]));
  writeFileSync(join(dir, 'notes.md'), 'not an article');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run extract -- --dir ARTICLES --out PREDICTIONS', () => {
  it('when a folder holds articles, then each readable one gets the same JSON as the one-file command, and an unreadable one is named with exit code 1', async () => {
    const out = join(dir, 'out');
    const folder = await run(['--dir', dir, '--out', out]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/c\.txt: .*binary/);
    expect(folder.stderr).toMatch(/2 of 3 articles written/);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
    const one = await run([join(dir, 'a.txt')]);
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'))).toEqual(JSON.parse(one.stdout));
    const { relations } = JSON.parse(one.stdout) as { relations: { type: string; subject: string }[] };
    expect(relations).toContainEqual(expect.objectContaining({ type: 'ACQUIRES', subject: 'Helio Systems' }));
  });

  it('when the folder does not exist or the arguments are incomplete, then it says so, exits non-zero and writes nothing', async () => {
    const out = join(dir, 'none');
    const missing = await run(['--dir', join(dir, 'missing'), '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not a folder/);
    expect(existsSync(out)).toBe(false);
    const usage = await run(['--dir', dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage:/);
  });
});
