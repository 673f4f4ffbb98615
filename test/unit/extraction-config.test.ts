import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, loadExtractionConfig } from '../../src/config';
import { loadLexicon } from '../../src/extract/lexicon';
import { extractorFor } from '../../src/extract/llm';

/** Extraction's own settings: the lexicon's folder, read once, and nothing of the server's. */
const ROOT = join(__dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chipgraph-lexicon-'));
  // A lexicon written for this test: one organization the repository's lexicon does not know.
  writeFileSync(join(dir, 'organizations.json'), JSON.stringify([{ name: 'Qorvane Systems', aliases: ['奎沃恩'] }]));
  writeFileSync(join(dir, 'article.txt'), '奎沃恩 announced a new accelerator on Monday.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extraction configuration', () => {
  it('when the server settings are invalid, then extraction still reads its own', () => {
    const c = loadExtractionConfig({ API_KEY: 'short', PORT: 'eighty', LEXICON_DIR: dir });
    expect(c.LEXICON_DIR).toBe(dir);
    expect(() => loadExtractionConfig({ LLM_BASE_URL: 'not a url' })).toThrow(ConfigError);
  });

  it('when a lexicon folder is loaded twice, then it is read once and shared', () => {
    expect(loadLexicon(dir)).toBe(loadLexicon(join(dir, '.')));
    expect(loadLexicon()).not.toBe(loadLexicon(dir));
  });

  it('when LEXICON_DIR names another lexicon, then the extractor resolves spellings with it', async () => {
    const extractor = extractorFor(loadExtractionConfig({ LEXICON_DIR: dir }));
    expect(extractor.lexicon).toBe(loadLexicon(dir));
    const { entities } = await extractor.extract('奎沃恩 announced a new accelerator on Monday.');
    expect(entities.map((e) => e.name)).toContain('Qorvane Systems');
  });

  it('when the extract CLI runs with server settings that would stop the server, then it extracts with the configured lexicon', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/extract.ts', join(dir, 'article.txt')], {
      cwd: ROOT,
      env: { ...process.env, API_KEY: 'short', NEO4J_URI: 'http://nowhere', LEXICON_DIR: dir },
    });
    const out = JSON.parse(stdout) as { entities: { name: string }[] };
    expect(out.entities.map((e) => e.name)).toContain('Qorvane Systems');
  });

  it("when a person's employer in the lexicon is no organization of it, then loading the lexicon fails with the name", () => {
    const bad = mkdtempSync(join(tmpdir(), 'chipgraph-lexicon-'));
    try {
      writeFileSync(join(bad, 'organizations.json'), JSON.stringify([{ name: 'Qorvane Systems', aliases: [] }]));
      writeFileSync(join(bad, 'people.json'), JSON.stringify([{ name: 'Mira Osei', aliases: [], employers: ['Halvard Labs'] }]));
      expect(() => loadLexicon(bad)).toThrow(/employer "Halvard Labs" of Mira Osei/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('when an organization lists a partner or a supplier, then partners know each other and the supplier knows its customer; one the lexicon lacks fails loading with the name', () => {
    const own = mkdtempSync(join(tmpdir(), 'chipgraph-lexicon-'));
    try {
      const orgs = [
        { name: 'Qorvane Systems', partners: ['Halvard Labs'], suppliers: ['Orrin Foundry'] },
        { name: 'Halvard Labs' },
        { name: 'Orrin Foundry' },
      ];
      writeFileSync(join(own, 'organizations.json'), JSON.stringify(orgs));
      const lex = loadLexicon(own);
      expect([...(lex.entries.get('halvardlabs')?.partnerIds ?? [])]).toEqual(['qorvanesystems']);
      expect([...(lex.entries.get('qorvanesystems')?.supplierIds ?? [])]).toEqual(['orrinfoundry']);
      expect([...(lex.entries.get('orrinfoundry')?.customerIds ?? [])]).toEqual(['qorvanesystems']);
      expect(lex.entries.get('orrinfoundry')?.supplierIds).toBeUndefined();
      for (const [field, kind] of [
        ['partners', 'partner'],
        ['suppliers', 'supplier'],
        ['acquired', 'acquired company'],
      ] as const) {
        const bad = mkdtempSync(join(tmpdir(), 'chipgraph-lexicon-'));
        writeFileSync(join(bad, 'organizations.json'), JSON.stringify([{ name: 'Qorvane Systems', [field]: ['Nobody Known'] }]));
        try {
          expect(() => loadLexicon(bad)).toThrow(new RegExp(`${kind} "Nobody Known" of Qorvane Systems`));
        } finally {
          rmSync(bad, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('when an organization lists a rival, then each knows the other as its rival; a rival the lexicon lacks fails loading with the name', () => {
    const own = mkdtempSync(join(tmpdir(), 'chipgraph-lexicon-'));
    try {
      const orgs = [{ name: 'Qorvane Systems', rivals: ['Halvard Labs'] }, { name: 'Halvard Labs' }];
      writeFileSync(join(own, 'organizations.json'), JSON.stringify(orgs));
      const lex = loadLexicon(own);
      expect([...(lex.entries.get('halvardlabs')?.rivalIds ?? [])]).toEqual(['qorvanesystems']);
      expect([...(lex.entries.get('qorvanesystems')?.rivalIds ?? [])]).toEqual(['halvardlabs']);
      const bad = mkdtempSync(join(tmpdir(), 'chipgraph-lexicon-'));
      writeFileSync(join(bad, 'organizations.json'), JSON.stringify(orgs.slice(0, 1)));
      try {
        expect(() => loadLexicon(bad)).toThrow(/rival "Halvard Labs" of Qorvane Systems/);
      } finally {
        rmSync(bad, { recursive: true, force: true });
      }
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
