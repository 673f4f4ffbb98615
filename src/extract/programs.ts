import { subjectBefore, ofType, ORG, type SentenceContext } from './context';
import type { Mention } from './matcher';
import type { ProgramStatus } from './types';

/** Signs that an organization is making its own AI silicon. */
const OWN_SILICON = /自主研发|自研|自行(?:研发|设计|制造|开发)|自制|自家研发|自己的(?:AI|人工智能)?(?:芯片|处理器)|定制(?:AI)?芯片|内部芯片|芯片自研|\b(?:in-house|own\s+(?:AI\s+)?(?:chips?|silicon|processors?|accelerators?)|custom(?:-built)?\s+(?:AI\s+)?(?:chips?|silicon|accelerators?|processors?|ASICs?)|home-?grown\s+(?:AI\s+)?(?:chips?|silicon)|self-developed|proprietary\s+(?:AI\s+)?chips?)\b/i;

// Most telling first: a setback outranks anything, a plan to launch is still development.
const STATUS_CUES: [ProgramStatus, RegExp][] = [
  ['setback', /受挫|失败|放弃|搁置|取消|叫停|推迟|延迟|不及预期|\b(?:scrapp\w+|fail(?:ed|ure)|setbacks?|delay\w*|cancel\w*|abandon\w*|shelv\w+|halt\w*)\b/i],
  ['deployed', /已部署|部署了|投入使用|正在使用|已经使用|量产中|大规模部署|已经将其.{0,6}整合|\b(?:deployed|in production|in use|already (?:used|running)|powers?|running (?:in|on)|rolled out|shipping)\b/i],
  ['exploring', /探索|考虑|评估|研究是否|尚未决定|是否|\b(?:explor\w+|consider\w*|weigh\w*|evaluat\w+|mull\w*)\b/i],
  ['announced', /推出|发布|宣布|揭晓|亮相|公布|\b(?:unveil\w*|announc\w+|launch\w*|reveal\w*|introduc\w+|detail\w*)\b/i],
  ['developing', /开发|研发|测试|推进|流片|量产|设计|\b(?:develop\w*|test\w*|tape[- ]?out|working on|design\w*|build\w*)\b/i],
];
const PLANNED = /计划|将于|将在|拟|准备|目标|\b(?:plans?|planning|will|expected to|aims?|set to)\b/i;
const CONDITIONAL = /^(?:如果|若|即使|假如)|\b(?:if|even if|unless)\b/i;

export interface ProgramSignal {
  ownerId: string;
  status?: ProgramStatus;
  since?: number;
  chipIds: string[];
}

export function statusOf(text: string): ProgramStatus | undefined {
  if (CONDITIONAL.test(text)) return undefined;
  for (const [status, cue] of STATUS_CUES) {
    if (!cue.test(text)) continue;
    if ((status === 'announced' || status === 'deployed') && PLANNED.test(text)) return 'developing';
    return status;
  }
  return undefined;
}

/** Program signals in one sentence: whose own silicon it talks about, in what state, since when. */
export function programSignals(ctx: SentenceContext): ProgramSignal[] {
  const { simp } = ctx;
  const out: ProgramSignal[] = [];
  const cue = OWN_SILICON.exec(simp);
  const since = /(?:始于|开始于|起步于|早在|since|began in|started in|in development (?:in|since))\s*(\d{4})/i.exec(simp);
  const owners: Mention[] = [];
  if (cue) {
    const subj = subjectBefore(ctx, cue.index, ORG, false) ?? ofType(ctx.mentions, ORG, ctx.lex).find((m) => m.start > cue.index);
    if (subj) owners.push(subj);
  }
  for (const owner of owners) {
    if (ctx.lex.entries.get(owner.id)?.chipVendor) continue;
    out.push({ ownerId: owner.id, status: statusOf(simp), since: since ? Number(since[1]) : undefined, chipIds: [] });
  }
  // "its development began in 2019": the topic chip's program.
  if (since && !owners.length && ctx.topicChip) {
    const maker = ctx.makerOf(ctx.topicChip.id);
    if (maker && !ctx.lex.entries.get(maker)?.chipVendor) out.push({ ownerId: maker, since: Number(since[1]), chipIds: [ctx.topicChip.id] });
  }
  return out;
}
