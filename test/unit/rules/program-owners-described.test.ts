import { programOwners as owners } from './helpers';

// Sentences written for these tests.

describe('who owns a chip program', () => {
  it("is not a university that works on a company's chip", () => {
    const text = 'Preferred Networks自研AI芯片MN-Core。公司自2016年起与神户大学合作研发AI加速器MN-Core。';
    expect(owners(text)).toEqual(['Preferred Networks']);
  });
  it('is the company a known description names as the possessor of the effort', () => {
    const text =
      "LG AI Research, the artificial intelligence arm of LG Group, will use FuriosaAI's RNGD accelerator. Meta had offered $800 million for the company, which would have folded its engineers into the social media group's in-house chip effort, known as MTIA.";
    expect(owners(text)).toEqual(['FuriosaAI', 'Meta']);
  });
});
