import type { Lexicon } from './lexicon';
import { isLatin } from './lang';
import { nameKey } from './normalize';
import type { Sentence } from './sentences';
import type { EntityType } from './types';
import { chineseOrgNames } from './segment';

export type { Mention } from './matcher';

/** An entity the lexicon lacks, or a new spelling of one it has, found in this article. */
export interface Discovered {
  name: string;
  type: EntityType;
  spellings: string[];
  /** Set when the spellings belong to a lexicon entity. */
  lexiconId?: string;
}

const CJK = '\\u3400-\\u9fff';

/** Generic terms that look like names in Latin script but are not entities. */
const GENERIC = new Set(
  ('ai genai agi gpu gpus cpu cpus npu xpu dpu hbm hbm3 hbm3e hbm4 dram sram nand ip r&d ceo cto cfo coo vp pc pcs pcie api apis llm llms ' +
    'risc-v riscv x86 arm-based fp4 fp8 fp16 fp32 bf16 int8 int4 tops tflops petaflops nm usd us$ eps ipo etf soc socs asic asics fpga ' +
    'cuda-x nvlink infiniband ethernet pes r&r key points the a an it its in on at of for and or but with by to from as this that these those ' +
    'data center data centers cloud server servers chip chips report reports according news update breaking ai chip ai chips rmb cny ' +
    'q1 q2 q3 q4 h1 h2 ok ar vr ml gen ' +
    'american chinese korean south_korean japanese taiwanese british european german french indian israeli dutch canadian singaporean asian ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday')
    .split(' ')
    .map((w) => w.replace('_', ' ')),
);

const ORG_SUFFIX = /(?:\s(?:Inc|Corp|Corporation|Ltd|LLC|Labs?|Technologies|Technology|Systems|Semiconductors?|Computing|Group|Holdings|Networks|Electronics|Robotics|Microsystems|Devices|Capital|Ventures|Partners|Research|Bank)\.?|[a-z]AI|\sAI)$/;
const ZH_ORG_CONTEXT = /(公司|企业|集团|厂商|制造商|新创|初创|创企|实验室|子公司|旗下|投资方|投资人|对手|客户|伙伴|供应商|startup|机构)\s*$/;
const ZH_ORG_AFTER = /^\s*(公司|集团|科技|实验室|股份|控股|创投|资本)/;
const ZH_PERSON_CONTEXT = /(总裁|高管|执行官|执行长|首席|创始人|创办人|董事长|主席|分析师|科学家|工程师|研究员|总监|经理|发言人|CEO|CTO|CFO|负责人|主管|教授|博士|先生|女士)\s*$/;
const EN_ORG_CONTEXT = /\b(?:startup|start-up|company|firm|chipmaker|chip designer|chip startup|rival|maker|provider|foundry|lab|unit|subsidiary|supplier|customer|vendor|manufacturer|operator|developer|group|investor|acquire|acquired|acquiring|acquisition of|backed by|partner|partnered with)\s*$/i;
const EN_PERSON_ROLE = /\b(?:CEO|chief executive(?: officer)?|chief technology officer|president|chairman|chairwoman|founder|co-founder|cofounder|analyst|director|executive|engineer|scientist|spokesperson|spokesman|spokeswoman|head|vice president|VP|CTO|CFO|COO|professor|researcher|chief)\s*$/i;
const CHIP_CONTEXT = /(芯片|处理器|加速器|晶片|GPU|chips?\b|accelerators?\b|processors?\b|silicon\b|GPUs\b|TPUs?\b|ASICs?\b|XPUs?\b|NPUs?\b)/i;
// Relative-clause and role words after which a Chinese name starts.
const ZH_NAME_CUT = /.*(?:的|是|前|原|总裁|高管|执行官|执行长|首席|创始人|创办人|董事长|主席|分析师|科学家|工程师|研究员|总监|经理|发言人|负责人|主管|教授|博士|由|和|与|及|、|被|称|如|其|已|曾|将|向|对|在|为|了)/;
const ZH_NAME_STOP = '的是在已将曾说称和与及对从被把向为也都就还又并等了着过表认指强预透宣即则但而';

function cutChineseName(run: string): string {
  const m = ZH_NAME_CUT.exec(run);
  return m ? run.slice(m[0].length) : run;
}

/** Pass 1 over the article: spellings and entities the lexicon does not know. */
export function discover(sentences: (Sentence & { simp: string })[], lex: Lexicon): Discovered[] {
  const found = new Map<string, Discovered>();
  const add = (name: string, type: EntityType, spellings: string[], lexiconId?: string) => {
    const clean = spellings.map((s) => s.trim()).filter((s) => s.length > 1);
    const key = lexiconId ?? nameKey(name);
    const prev = found.get(key);
    if (prev) prev.spellings.push(...clean.filter((s) => !prev.spellings.includes(s)));
    else found.set(key, { name, type, spellings: clean, lexiconId });
  };
  const known = (s: string) => lex.byKey.get(nameKey(s));

  for (const sentence of sentences) {
    const { text, simp } = sentence;

    // 1. "中文名（Latin Name）" and "Latin（中文）": two spellings of one entity.
    const paren = new RegExp(`([${CJK}·]{2,24}|[A-Za-z][A-Za-z0-9 .&'-]{1,40})\\s*[（(]\\s*([^()（）,，、;；]{2,40}?)\\s*[)）]`, 'gu');
    for (const m of simp.matchAll(paren)) {
      const left = /[A-Za-z]/.test(m[1]![0]!) ? m[1]!.trim() : cutChineseName(m[1]!);
      const right = m[2]!.trim();
      const origLeft = text.substr(m.index! + m[1]!.length - left.length, left.length);
      const origRight = text.substr(m.index! + m[0].indexOf(m[2]!, m[1]!.length), right.length);
      if (/\d/.test(left + right) && !/[A-Za-z]\s?\d/.test(right)) continue; // amounts, dates
      if (GENERIC.has(right.toLowerCase()) || GENERIC.has(left.toLowerCase())) continue;
      const idL = known(left), idR = known(right);
      if (idL && idR) continue;
      if (idL || idR) {
        const id = (idL ?? idR)!;
        if (idR && lex.surfaces.some((x) => !x.latin && x.text.length >= 2 && left.includes(x.text))) continue;
        const entry = lex.entries.get(id)!;
        add(entry.name, entry.type, [idL ? origRight : origLeft], id);
        continue;
      }
      const latinRight = /^[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}$/.test(right);
      if (!latinRight) continue;
      if (left.includes('·') || (ZH_PERSON_CONTEXT.test(m[1]!.slice(0, m[1]!.length - left.length)) && right.includes(' '))) {
        add(right, 'Person', [origRight, origLeft]);
      } else if (/(公司|集团|银行|大学|研究院|实验室)$/.test(left) || ORG_SUFFIX.test(right)) {
        add(right, 'Organization', [origRight, origLeft]);
      }
    }

    // 2. Transliterated names with a middle dot: 安德烈·卡帕西.
    for (const m of simp.matchAll(new RegExp(`([${CJK}]{1,8})·([${CJK}]{1,8})`, 'gu'))) {
      const first = cutChineseName(m[1]!).slice(-4);
      let last = m[2]!;
      const stop = [...last].findIndex((c, i) => i > 0 && ZH_NAME_STOP.includes(c));
      if (stop > 0) last = last.slice(0, stop);
      const name = `${first}·${last}`;
      if (first.length === 0 || known(name)) continue;
      const at = m.index! + m[1]!.length - first.length;
      add(text.substr(at, name.length), 'Person', [text.substr(at, name.length)]);
    }

    // 3. Latin names in any script, typed by what surrounds them.
    const latinRun = /[A-Z][A-Za-z0-9&'’.-]*(?:\s(?:[A-Z0-9][A-Za-z0-9&'’.-]*|of|de|and|for))*(?<![\s.'’&-]|\s(?:of|de|and|for))/g;
    for (const m of simp.matchAll(latinRun)) {
      let name = m[0].replace(/['’]s$/, '');
      if (/\s(?:of|and|for|de)$/.test(name)) continue;
      const before = simp.slice(Math.max(0, m.index! - 16), m.index!);
      const after = simp.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
      if (isLatin(simp[m.index! - 1]) || known(name) || GENERIC.has(name.toLowerCase())) continue;
      // Sentence-initial capitals, demonyms and months prove nothing by themselves: drop them.
      const words = name.split(' ');
      while (words.length > 1 && (GENERIC.has(words[0]!.toLowerCase()) || GENERIC.has(`${words[0]} ${words[1]}`.toLowerCase()))) {
        words.splice(0, GENERIC.has(`${words[0]} ${words[1]}`.toLowerCase()) ? 2 : 1);
      }
      name = words.join(' ');
      if (!/^[A-Z]/.test(name) || known(name) || GENERIC.has(name.toLowerCase())) continue;
      const cjkContext = new RegExp(`[${CJK}]`).test(before.slice(-1) + after.slice(0, 1));
      const model = /^[A-Z][A-Za-z]{0,10}\s?-?\d{1,4}[A-Z]{0,3}$/.test(name) && /\d{2}/.test(name);
      let type: EntityType | undefined;
      if (model && CHIP_CONTEXT.test(simp) && !/^(FP|INT|HBM|DDR|LPDDR|GDDR|PCIe|Q|H|FY|CY|N|A)\d/i.test(name)) type = 'Chip';
      else if (ZH_PERSON_CONTEXT.test(before) && /^[A-Z][a-zé]+ [A-Z][a-z]+$/.test(name)) type = 'Person';
      else if (EN_PERSON_ROLE.test(before) && /^[A-Z][a-zé]+(?: [A-Z]\.)? [A-Z][a-z]+$/.test(name)) type = 'Person';
      else if (ZH_ORG_CONTEXT.test(before) || ZH_ORG_AFTER.test(after) || ORG_SUFFIX.test(name)) type = 'Organization';
      else if (EN_ORG_CONTEXT.test(before) && !/\d/.test(name)) type = 'Organization';
      else if (cjkContext && /^[A-Z][a-z]+[A-Z][A-Za-z]+$/.test(name)) type = 'Organization'; // CamelCase brand in Chinese text
      if (type) add(name, type, [name]);
      // "MTIA 300, 400, 450 and 500": the numbers after a model name are models of the same family.
      const family = /^([A-Z][A-Za-z]{1,10})\s?\d{2,4}[A-Z]?$/.exec(name);
      if (type === 'Chip' && family) {
        const list = /^((?:\s*(?:,|、|和|及|与|and|or|\/)\s*\d{2,4}[A-Z]{0,2}(?![\d%]))+)/.exec(simp.slice(m.index! + m[0].length));
        for (const n of list?.[1]!.match(/\d{2,4}[A-Z]{0,2}/g) ?? []) add(`${family[1]} ${n}`, 'Chip', [`${family[1]} ${n}`]);
      }
    }

    // 4. Chinese organization names the lexicon lacks (壁仞科技, 沐曦集成电路), from jieba's segmentation.
    if (new RegExp(`[${CJK}]`).test(simp)) {
      for (const o of chineseOrgNames(simp)) {
        const stemKnown = lex.surfaces.some((x) => !x.latin && x.text.length >= 2 && o.name.startsWith(x.text));
        if (known(o.name) || stemKnown) continue;
        const orig = text.substr(o.start, o.name.length);
        add(orig, 'Organization', [orig]);
      }
    }
  }
  return [...found.values()];
}

