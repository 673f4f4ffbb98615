import { allPairs, programOwners } from './helpers';

// Sentences written for these tests.

describe("a code name of another maker's chip", () => {
  it('is that maker’s, not the buyer’s', () => {
    const hant = '甲骨文方面，這套叢集將採用超微的Helios機櫃架構，搭配代號「Venice」的新一代EPYC處理器。';
    expect(allPairs(hant, 'DEVELOPS')).toContain('AMD>Venice');
    expect(allPairs(hant, 'DEVELOPS')).not.toContain('Oracle>Venice');
    expect(programOwners(hant)).toEqual([]);
    const hans = '甲骨文方面，这套集群将采用超微的Helios机柜架构，搭配代号「Venice」的新一代EPYC处理器。';
    expect(allPairs(hans, 'DEVELOPS')).not.toContain('Oracle>Venice');
  });
  it("while an announcer's own code name stays its own", () => {
    expect(allPairs('微软宣布，代号「Braga」的新一代Maia芯片将延后推出。', 'DEVELOPS')).toContain('Microsoft>Braga');
  });
});

describe('a cue of custom chips that opens a clause after a semicolon', () => {
  it('is owned by the clients after "for", not by a name of the clause before', () => {
    expect(programOwners('The Anthropic orders give visibility; custom accelerators for Google and Meta are the key driver.')).toEqual([
      'Google',
      'Meta',
    ]);
  });
});
