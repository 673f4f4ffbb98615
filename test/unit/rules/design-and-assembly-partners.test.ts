import { rulePairs } from './helpers';

/** Partnerships read by a rule, each as its two names in alphabetical order ("A~B"): the relation has no direction. */
const partners = (text: string) => rulePairs(text, 'PARTNERS_WITH').map((p) => p.split('>').sort().join('~'));

describe('PARTNERS_WITH: outsourced chip design and contract manufacturing', () => {
  it('when A为B（gloss）打造 a chip, then A partners B, the gloss in brackets notwithstanding', () => {
    expect(partners('博通（Broadcom）长期为谷歌（Google）打造张量处理器（TPU）。')).toEqual(['Broadcom~Google']);
    expect(partners('博通（Broadcom）長期為谷歌（Google）打造張量處理器（TPU）。')).toEqual(['Broadcom~Google']);
  });

  it('when a chip named with its maker (Google TPU) 由A协助设计, then the maker partners A; a unit named for the maker stands for it', () => {
    expect(partners('据了解，Google TPU长期由博通协助设计，芯片则交由台积电代工。')).toEqual(['Broadcom~Google']);
    expect(partners('據了解，Google TPU長期由博通協助設計，晶片則交由台積電代工。')).toEqual(['Broadcom~Google']);
    expect(partners('AWS的前一代訓練晶片Trainium 2主要由邁威爾（Marvell）協助設計。')).toEqual(['AWS~Marvell']);
  });

  it('when a company "has co-developed" or "helped design" another’s chip, then the two partner; its own chip makes no partner', () => {
    expect(partners('According to analysts, Broadcom has co-developed several generations of the TPU.')).toEqual(['Broadcom~Google']);
    expect(partners('Marvell helped design Trainium2 for the cloud provider.')).toEqual(['Amazon~Marvell']);
    expect(partners('Google has co-developed several generations of the TPU.')).toEqual([]);
  });

  it('when A是B的主要代工厂, 两者同为B的代工商, or 作为B的代工伙伴，A…, then A partners B', () => {
    expect(partners('目前鸿海是英伟达GB200整柜式服务器的主要代工厂。')).toEqual(['Foxconn~NVIDIA']);
    expect(partners('廣達及緯創亦受惠AI伺服器熱潮，兩者同為輝達伺服器的主要代工商。')).toEqual([
      'NVIDIA~Quanta Computer',
      'NVIDIA~Wistron',
    ]);
    expect(partners('作为英伟达最主要的AI服务器代工伙伴，鸿海持续加码美国产能。')).toEqual(['Foxconn~NVIDIA']);
    expect(partners('鸿海不是英伟达的代工厂。')).toEqual([]);
  });
});
