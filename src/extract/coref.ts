import { clauseAt, isReporter, modifies } from './context';
import { EN_TITLES, ZH_TITLES } from './discover/names';
import { orgRef, type Mention } from './matcher';
import { allMatches, escapeRegex } from './regex';

/**
 * Light coreference: an organization referred to by a description or a pronoun (该公司, 這家公司, the
 * company, the chipmaker, the startup, its, it, 其, 它) becomes a mention of that organization at the
 * place of the reference, so a rule reading the sentence sees it as it sees a name. The evidence of a
 * relation found this way is still the sentence that states it.
 */

// Descriptions that name the kind of organization: "the startup" is the last one described as a startup.
const ZH_DESCRIPTION =
  /(?:该|這|这|此)(?:家)?(?:公司|集团|企业|新创(?:公司)?|初创(?:公司|企业)?|芯片(?:公司|厂商|设计商|制造商)|厂商|业者)|(?<=(?:^|[，,。；;：:])(?:目前|此外|同时|另外|如今|现在|眼下|今年|去年|此前|近期|近日|未来|据悉)?)公司(?![的是]?(?:表示|称|指出))/g;
const EN_DESCRIPTION =
  /\b[Tt]he\s+(?:(?:[\w-]+,?\s+){0,4}?(company|firm|group|chipmaker|chip maker|chip designer|startup|start-up|designer|giant|owner|conglomerate|lab|developer|foundry|maker|merged company|combined company))\b(?!\s+(?:of|that|which|who)\b)/g;
// Nouns any organization can be called; the others (startup, foundry, chipmaker) describe a kind.
const GENERAL_NOUN = /^(?:company|firm|group|owner|giant|conglomerate|merged company|combined company)$/;
const MAKER_OF = /\b[Tt]he\s+([A-Z][\w-]*(?:\s[A-Z0-9][\w-]*)?)\s+(?:maker|developer|designer|creator|owner)\b/g;
// 合并后的公司, 新公司: the company the story is about, under a new description.
const ZH_MERGED = /(?:合并后|整合后|重组后)的(?:公司|集团|新公司)/g;
// A chip referred to: the chip(s), these chips, 该芯片, 这款芯片 -> the chip the story is about.
const CHIP_REFERENCE =
  /\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:new\s+)?(?:chips?|processors?|accelerators?)\b|(?:该|这款|这颗|此款?)(?:芯片|晶片|处理器|加速器)/g;
// Pronouns: "its" anywhere, "it" only as a subject (after a clause opener; "on it" is a thing, "it is
// unclear" no one), 其 (其他, 其中, 其实, 尤其, 极其 are other words) and 它 (not 它们).
const EN_PRONOUN =
  /\b[Ii]ts\b|\b([Ii]t)\b(?=\s+(?:also\s+|then\s+|later\s+)?(?:agreed|signed|announced|bought|acquired|invested|raised|contracted|plans|planned|competes|competed|designs|designed|develops|developed|supplies|supplied|sells|sold|launched|unveiled|has\s+(?:also\s+)?(?:signed|agreed|bought|contracted))\b)|(?:^|[,;:]\s*|\b(?:that|and|but|as|because|so|while|said|says|whether|if|when|after|before)\s+)\b([Ii]t)\b(?!['’]s\b|\s+(?:is|was|will be|would be|has been|remains|seems)\s+(?:un\w+|expected|likely|possible|not|too|hard|difficult|important|said|reported|believed|understood|time|worth|clear)\b)/g;
// "it" as the object of a verb of leading or owning: "Crown Prince Mohammed bin Salman chairs it".
const OBJECT_IT = /\b(?:chairs|chaired|heads|headed|runs|ran|leads|founded|co-founded|owns|controls)\s+(it)\b(?!\s+(?:is|was)\b)/g;
const ZH_GROUP = /(?<=^|[，,。；;：:])集团(?=旗下|的|将|已|也|则|表示|内部)/g;
const ZH_ZERO_SUBJECT =
  /^[\s“"「]*(?:(?:之后|随后|此后|其后|接着|后来|此外|另外|同时|除此之外)[，,]?\s*(?:又|还|也|亦|并|再|则|已|已经|将|更)*|(?:又|还|也)(?:已|已经|将|曾)?)(?=(?:与|和|同|跟|向)[^，,。；]{1,30}?(?:合作|结盟|签署|签约|采购|购买|订购|下单|达成|联手|携手))/;
const ZH_PRONOUN = /(?<![尤极与])其(?![他它中实次余后间])|它(?!们)/g;
const LATTER_FORMER =
  /后者|前者|\b[Tt]he\s+(?:latter|former)\b(?!\s+(?:CEO|chief|head|president|chairman|executive|employee|engineer|unit|owner)\b)/g;

export interface CorefState {
  /** The organization the story is about: the subject of the last sentence that named one. */
  topic?: Mention;
  /** Described organizations by noun ("startup" -> Rivos), most recent last. */
  described: Map<string, string[]>;
  /** How often each organization has been named so far. */
  counts: Map<string, number>;
  /** Chip vendors named so far (the lexicon knows them), for "the chipmaker". */
  chipmakers?: string[];
  /** Established chip vendors named so far (NVIDIA, TSMC): no one's "the startup". */
  established?: string[];
  /** Foundries named so far (the lexicon knows them as such), most recent last, for "the foundry". */
  foundries?: string[];
  /** The company the story is about: the organization it names most (of those tied, the first named). */
  subject?: Mention;
  /** Whether the last sentence opened with its topic and was not about investing in it ("X, based in Beijing, …"). */
  opened?: boolean;
  /** The chip the story is about, for "the chip", 该芯片. */
  chip?: Mention;
  /** The company each executive named so far leads or works for (周启明 -> 澜算科技). */
  employers?: Map<string, string>;
  /** The last person named, for 他/她/he/she opening a sentence. */
  person?: string;
  /** Groups named so far (Tata Group, 三星集团), most recent last, for "the group's X unit". */
  groups?: string[];
  /** How each organization was last written, for matching a unit to its group by name (Tata Motors, Tata Group). */
  surfaces?: Map<string, string>;
}

// A sentence opened by a person or a pronoun for one speaks for that person's company: 周启明表示，公司…; 他透露，公司….
// (Also after a word of time that opens the sentence: "Earlier he held roles at …", 此前他曾….)
const PERSON_PRONOUN =
  /^\s*(?:(?:Earlier|Previously|Before\s+that|Later|Since\s+then|Then|Now|Today|In\s+\d{4}),?\s+|(?:此前|早年|之后|后来|随后|目前|如今|过去)[，,]?)?(他|她|\b(?:[Hh]e|[Ss]he)\b)/;

/** The company of the person a sentence (up to `pos`) is about, when the story said whom they work for. */
export function speakerCompany(simp: string, mentions: Mention[], state: CorefState, pos = simp.length): Mention | undefined {
  const person = mentions.find((m) => m.type === 'Person' && m.end <= pos)?.id ?? (PERSON_PRONOUN.test(simp) ? state.person : undefined);
  const id = person ? state.employers?.get(person) : undefined;
  return id ? orgRef(id) : undefined;
}

// Words that report or introduce what a subject says of itself: "Nvidia said the company…", 英伟达表示，该公司….
const SAYS_OF_ITSELF =
  /\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|announced|confirmed|expects?|believes?|that)\b|表示|称|说|指出|透露|认为|介绍|强调|预计|坦言|宣布|确认/;

// "his company", "Amin's company", 他的公司: the company of the person named, whom the story said it employs.
const PERSONS_COMPANY = /\b(?:([Hh]is|[Hh]er)|(?<=['’]s))\s+(?:company|firm|start-?up|group)\b|(他|她)的公司/g;

const APPOSITIVE_OWNER = /^\s*,\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,4}?of\s+$/;

/** The sentence anaphora() reads, its organizations (no reporting sources), and the references found so far. */
interface Reading {
  simp: string;
  mentions: Mention[];
  state: CorefState;
  orgs: Mention[];
  out: Mention[];
}

/**
 * Whether a name stands at a reference's head (its last word): "The Carlyle Group" is a name, while in "the San
 * Francisco company" the place only modifies the reference.
 */
function taken(r: Reading, start: number, end: number): boolean {
  const head = start + r.simp.slice(start, end).trimEnd().search(/\S+$/);
  return r.mentions.some((m) => m.start < end && Math.max(start, head) < m.end);
}

/** The organization a reference at `pos` is to, by the noun it uses ("the startup") or its place. */
function resolve(r: Reading, pos: number, noun?: string, outsideClause = false, description = false): Mention | undefined {
  const { simp, mentions, state, orgs } = r;
  // A described kind: the last organization described so, if it was named before.
  // "the company" is what any organization can be called: not the last one some sentence described as a company.
  if (noun && !GENERAL_NOUN.test(noun)) {
    const ids = state.described.get(noun.replace(/[\s-]/g, ''));
    const byKind = noun === 'foundry' ? state.foundries : /^chip\s?(?:maker|designer)$/.test(noun) ? state.chipmakers : undefined;
    // ("Qualcomm won against Arm, a win for the chipmaker": of this sentence's chipmakers, the one it opens with.)
    const opener = byKind && !ids?.length ? orgs.find((o) => o.end <= pos && byKind.includes(o.id) && salient(o, simp)) : undefined;
    const id = ids?.[ids.length - 1] ?? opener?.id ?? byKind?.[byKind.length - 1];
    if (id) return orgRef(id);
    // "the startup" with no startup described: the organization the story names most, not whoever
    // opens this sentence ("Hyundai said it would keep buying the startup's chips").
    const subject = orgs[0];
    // (…nor a foundry or an established chip vendor, for "the startup": Samsung makes the startup's chips, NVIDIA
    // buys the startup; neither is one.)
    const startup = /^start-?up$/.test(noun);
    const ranked = [...state.counts]
      .filter(([id]) => id !== subject?.id && !(startup && (state.foundries?.includes(id) || state.established?.includes(id))))
      .sort((a, b) => b[1] - a[1]);
    const most = ranked[0]?.[0];
    return most ? orgRef(most) : state.topic;
  }
  // Otherwise the first organization this sentence named before it ("SambaNova's chief executive said the
  // company would…"), else the topic of the story.
  // (A pronoun set against its clause's own names points before that clause.)
  // (Not a name that only modifies another: 百度旗下的昆仑芯…，其P800 is 昆仑芯's.)
  const limit = outsideClause ? clauseAt(simp, pos)[0] : pos;
  let before = orgs.filter((m) => m.end <= limit);
  // A description is not the subject of its own clause: in "Denso and Mercedes-Benz are investors in the company" and
  // 阿里巴巴、腾讯均曾参与该公司融资 the company is another, while "Nvidia said the company…" reports its own words.
  if (description) {
    const [cs] = clauseAt(simp, pos);
    const subjects: Mention[] = [];
    for (const m of before) {
      if (m.start < cs || SAYS_OF_ITSELF.test(simp.slice(m.end, pos))) continue;
      // (With the owner in a subject's appositive: "Sony Semiconductor Solutions, the image-sensor arm of Sony, and Arm".)
      const last = subjects[subjects.length - 1];
      if (salient(m, simp) || (last && APPOSITIVE_OWNER.test(simp.slice(last.end, m.start)))) subjects.push(m);
    }
    before = before.filter((m) => !subjects.includes(m));
  }
  // (Set against its clause's names, it is the one of the earlier clauses the story is about:
  // A、B均持有地平线股份，C也成为其股东 is 地平线's.)
  if (outsideClause) {
    const heads = before.filter((m) => !modifies({ simp, mentions }, m, false));
    const best = heads.reduce<Mention | undefined>(
      (b, m) => (!b || (state.counts.get(m.id) ?? 0) > (state.counts.get(b.id) ?? 0) ? m : b),
      undefined,
    );
    if (best) return best;
  }
  return (
    before.find((m) => !modifies({ simp, mentions }, m, false)) ?? before[0] ?? speakerCompany(simp, mentions, state, pos) ?? state.topic
  );
}

/**
 * The company a bare 公司 or "the company" refers to when it opens its sentence's names: the company the story
 * is about (燧原…大基金、美图也位列股东名单。公司还与中国电信合作: 燧原, not the investor the sentence before
 * was about), unless the sentence speaks for a person whose company is known. None when a name comes first.
 */
function storyCompany(r: Reading, pos: number, plain = true): Mention | undefined {
  // ("ASML led a funding round in the company": the company a round or a stake is in is not the one acting in the
  // sentence but the story's.)
  const subject = r.state.subject;
  if (
    plain &&
    subject &&
    /\b(?:round|stake|investment|funding|financing)\s+(?:in|into)\s+$/.test(r.simp.slice(Math.max(0, pos - 24), pos)) &&
    r.orgs.some((o) => o.end <= pos) &&
    !r.orgs.some((o) => o.id === subject.id) &&
    !speakerCompany(r.simp, r.mentions, r.state, pos)
  )
    return subject;
  if (r.orgs.some((o) => o.end <= pos) || speakerCompany(r.simp, r.mentions, r.state, pos)) return undefined;
  // (…unless the sentence before opened with another company and told of it: "Moore Threads, based in Beijing, is run
  // by Zhang. The company sells the MTT S80" is Moore Threads, in a story about Biren. A description with more in it,
  // "the Beijing-based company", may say it is another.)
  return plain && r.state.opened && r.state.topic ? r.state.topic : r.state.subject;
}

/**
 * The group a unit named before "the group's …" belongs to: a name the sentence uses as a modifier before the
 * unit (The Reliance tie-up centres on Jio, the group's arm), else a group named so far that shares the unit's
 * first word (Tata Motors, the group's carmaker: Tata Group); none otherwise (the last group named may be another's).
 */
function owningGroup(r: Reading, unit: Mention | undefined, noun: string): string | undefined {
  if (!unit) return undefined;
  const { simp, state, orgs } = r;
  const modifier = orgs.filter(
    (o) =>
      o.end <= unit.start &&
      o.id !== unit.id &&
      (/\b[Tt]he\s+$/.test(simp.slice(Math.max(0, o.start - 4), o.start)) || /^['’]s\b/.test(simp.slice(o.end))),
  );
  if (modifier.length) return modifier[modifier.length - 1]!.id;
  const first = unit.surface.split(/\s+/)[0]!.toLowerCase();
  const kin = (ids: string[] | undefined) =>
    (ids ?? []).filter((id) => id !== unit.id && (state.surfaces?.get(id) ?? '').toLowerCase().split(/\s+/)[0] === first).pop();
  // (A name with Group in it before one the text merely described as a group.)
  return kin(state.groups) ?? kin(state.described.get(noun));
}

/**
 * The organization a description the lexicon knows as an epithet refers to ("the search giant", 这家搜索巨头):
 * of the organizations it describes (`ids`), the one the article has named most; none when the article has
 * named none of them (it may be another of the kind: the description is then read as any other).
 */
function described(r: Reading, ids: readonly string[] | undefined): Mention | undefined {
  const named = (ids ?? []).filter((id) => r.state.counts.has(id) || r.orgs.some((o) => o.id === id));
  const best = named.sort((a, b) => (r.state.counts.get(b) ?? 0) - (r.state.counts.get(a) ?? 0))[0];
  return best ? orgRef(best) : undefined;
}

/** The organizations an English description is an epithet of: its longest known ending of a modifier and the noun ("the Mountain View-based search giant" is a "search giant"). */
function epithetOf(description: string, epithets: ReadonlyMap<string, readonly string[]>): readonly string[] | undefined {
  const words = description.toLowerCase().replace(/,/g, '').split(/\s+/).filter(Boolean).slice(1);
  for (let k = words.length; k >= 2; k--) {
    const ids = epithets.get(words.slice(-k).join(' '));
    if (ids) return ids;
  }
  return undefined;
}

// The demonstrative and Chinese epithet of the lexicon's epithets (longest first), built once per lexicon.
const zhEpithetRegex = new WeakMap<ReadonlyMap<string, readonly string[]>, RegExp | null>();
function chineseEpithets(epithets: ReadonlyMap<string, readonly string[]>): RegExp | null {
  let re = zhEpithetRegex.get(epithets);
  if (re === undefined) {
    const zh = [...epithets.keys()].filter((k) => /[\u4e00-\u9fff]/.test(k)).sort((a, b) => b.length - a.length);
    re = zh.length ? new RegExp(`(?:该|這|这|此)(?:家)?(${zh.map(escapeRegex).join('|')})`, 'g') : null;
    zhEpithetRegex.set(epithets, re);
  }
  return re;
}

/** A reference to an organization over [start, end), unless a name stands there. */
function push(r: Reading, start: number, end: number, target: Mention | undefined): void {
  if (!target || taken(r, start, end)) return;
  r.out.push({ id: target.id, type: 'Organization', start, end, surface: r.simp.slice(start, end), anaphor: true });
}

/** Anaphoric mentions of organizations in one sentence, resolved against its own mentions and the state. */
export function anaphora(
  simp: string,
  mentions: Mention[],
  state: CorefState,
  makerOf: (id: string) => string | undefined = () => undefined,
  epithets: ReadonlyMap<string, readonly string[]> = new Map(),
): Mention[] {
  const orgs = mentions.filter((m) => m.type === 'Organization' && !isReporter(m, simp));
  const out: Mention[] = [];
  const r: Reading = { simp, mentions, state, orgs, out };
  // "the Claude maker", ChatGPT的开发者: whoever makes the product named.
  for (const m of allMatches(MAKER_OF, simp)) {
    const product = mentions.find((x) => x.start === m.index + m[0].indexOf(m[1]!) && (x.type === 'Product' || x.type === 'Chip'));
    const maker = product && makerOf(product.id);
    // (It spans the product's name, which stays a mention of its own.)
    if (maker) out.push({ id: maker, type: 'Organization', start: m.index, end: m.index + m[0].length, surface: m[0], anaphor: true });
  }
  for (const m of allMatches(EN_DESCRIPTION, simp)) {
    const noun = m[1]!.toLowerCase();
    // "Tata Motors, the group's carmaker": the group owning the unit named before, the last group named.
    const appositive = orgs.filter((o) => /^\s*,\s*$/.test(simp.slice(o.end, m.index))).pop();
    if (/^(?:group|conglomerate)$/.test(noun) && /^['’]s\b/.test(simp.slice(m.index + m[0].length))) {
      // (…unless the lexicon knows the description: "the social media group's in-house chip effort" is Meta's.)
      const group = described(r, epithetOf(m[0], epithets))?.id ?? owningGroup(r, appositive, noun);
      if (group) push(r, m.index, m.index + m[0].length, orgRef(group));
      continue;
    }
    // "Humain, the AI company owned by PIF": a description in apposition to a name is no reference, nor one
    // before the name it describes ("the artificial intelligence company SenseTime").
    if (appositive || orgs.some((o) => /^\s+$/.test(simp.slice(m.index + m[0].length, o.start)))) continue;
    const general = noun === 'company' ? storyCompany(r, m.index, /^the\s+company$/i.test(m[0])) : undefined;
    push(r, m.index, m.index + m[0].length, described(r, epithetOf(m[0], epithets)) ?? general ?? resolve(r, m.index, noun, false, true));
  }
  // 这家搜索巨头, 该电商巨头: a Chinese epithet after a demonstrative.
  const zh = chineseEpithets(epithets);
  if (zh) for (const m of allMatches(zh, simp)) push(r, m.index, m.index + m[0].length, described(r, epithets.get(m[1]!)));
  for (const m of allMatches(ZH_MERGED, simp)) push(r, m.index, m.index + m[0].length, state.topic);
  // 之后又与微软合作…: a Chinese sentence that goes on with no subject, after a word of time or addition, is about
  // the story's last subject (a reference of no characters where the subject would be).
  const zero = ZH_ZERO_SUBJECT.exec(simp);
  if (zero && state.topic && !orgs.some((o) => o.start < zero[0].length + 1)) push(r, zero[0].length, zero[0].length, state.topic);
  // He/She/他/她 opening a sentence: the last person named (He co-founded Nervana).
  const pronoun = state.person ? PERSON_PRONOUN.exec(simp) : null;
  if (pronoun && !mentions.some((m) => m.type === 'Person' && m.start <= pronoun[0].length)) {
    const start = pronoun[0].length - pronoun[1]!.length;
    out.push({ id: state.person!, type: 'Person', start, end: pronoun[0].length, surface: pronoun[1]!, anaphor: true });
  }
  for (const m of allMatches(PERSONS_COMPANY, simp)) {
    const pronoun = m[1] ?? m[2];
    const start = pronoun ? m.index : m.index - 2;
    // (Of a person named right before the possessive, else the last person named in the sentence or the story.)
    const possessor = pronoun ? undefined : mentions.find((x) => x.type === 'Person' && x.end === start);
    const person = pronoun ? (mentions.filter((x) => x.type === 'Person' && x.end <= m.index).pop()?.id ?? state.person) : possessor?.id;
    const employer = person ? state.employers?.get(person) : undefined;
    if (employer) push(r, possessor?.start ?? start, m.index + m[0].length, orgRef(employer));
  }
  for (const m of allMatches(CHIP_REFERENCE, simp)) {
    // A chip named earlier in the sentence, else the one the story is about.
    const chip = mentions.filter((x) => x.type === 'Chip' && x.end <= m.index).pop() ?? state.chip;
    if (chip && !taken(r, m.index, m.index + m[0].length))
      out.push({ id: chip.id, type: 'Chip', start: m.index, end: m.index + m[0].length, surface: m[0], anaphor: true });
  }
  // 三星集团方面，集团旗下…: a bare 集团 opening a clause is the group last named.
  for (const m of allMatches(ZH_GROUP, simp)) {
    const group = orgs.filter((o) => o.end <= m.index && /集团$/.test(o.surface)).pop();
    push(r, m.index, m.index + m[0].length, group);
  }
  for (const m of allMatches(ZH_DESCRIPTION, simp)) {
    const general = m[0] === '公司' ? storyCompany(r, m.index) : undefined;
    push(r, m.index, m.index + m[0].length, general ?? resolve(r, m.index, /新创|初创/.test(m[0]) ? 'startup' : undefined, false, true));
  }
  // 与LG AI研究院签约，为后者供应…, "signed with A and B, the latter …": the last organization named before it, or the
  // one before that for 前者 / "the former".
  for (const m of allMatches(LATTER_FORMER, simp)) {
    const before = orgs.filter((o) => o.end <= m.index && !o.anaphor);
    const latter = /后者|latter/i.test(m[0]);
    if (before.length >= (latter ? 1 : 2)) push(r, m.index, m.index + m[0].length, before[before.length - (latter ? 1 : 2)]);
  }
  // A pronoun after a name in its own clause is that name's (handled by the rules' subject search).
  for (const re of [EN_PRONOUN, ZH_PRONOUN, OBJECT_IT]) {
    for (const m of allMatches(re, simp)) {
      const g = m[1] ?? m[2];
      const start = g ? m.index + m[0].length - g.length : m.index;
      const [cs] = clauseAt(simp, start);
      const own = orgs.filter((o) => o.start >= cs && o.end <= start).pop();
      // "Meta said its chips": the name in the clause, found by the rules' subject search. But in
      // 谷歌、微软都是其客户 the names are what the pronoun is set against: it points outside the clause.
      // ("OpenAI is also developing its own chip", "X is run by Y, its founder": an auxiliary before a participle is no copula.)
      const between = simp.slice(own?.end ?? start, start);
      if (
        own &&
        !(
          /是|为|成为|\b(?:became|include)\b/.test(between) ||
          /\b(?:is|are|was|were)\b(?!\s+(?:\w+\s+)?(?:\w+(?:ing|ed)|run|led|held|built|made|known|sold|bought|won|spun|set|grown|begun|shown)\b)/.test(
            between,
          )
        )
      )
        continue;
      // ("Beijing presses its tech champions": a place acting as the clause's subject owns the pronoun.)
      const place = mentions.filter((x) => x.type === 'Place' && x.start >= cs && x.end <= start).pop();
      if (!own && place && /^\s+(?:[a-z]+\s+){1,2}$/.test(simp.slice(place.end, start))) continue;
      // 为亚马逊旗下的AWS…，协助其开发: the pronoun after a verb of helping is the one helped, the last named.
      const helped = /(?:协助|帮助|帮|助|替|让|使|令)\s*$/.test(simp.slice(Math.max(0, start - 3), start));
      const last = helped ? orgs.filter((o) => o.end <= start && !modifies({ simp, mentions }, o, false)).pop() : undefined;
      // ("Mohammed bin Salman chairs it": the company led is not the one its leader speaks for, but the story's.)
      const led = re === OBJECT_IT ? (state.topic ?? orgs.filter((o) => o.end <= start).pop()) : undefined;
      // ("while Hyundai, which first invested in 2023, has said the partnership supports its efforts": a pronoun in a
      // relative clause with no name of its own is the relative's antecedent, the name right before ", which".)
      // (Not the goods it buys: in "a deal with xAI, which plans to buy its GPUs" the GPUs are the other party's; "its own",
      // and what it uses or deploys, stay the antecedent's: "a deal with Google, which uses its TPUs".)
      const goodsBought =
        /\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|order|orders|ordered|rent|rents|rented|renting)\s+(?:more\s+(?:of\s+)?)?$/i.test(
          simp.slice(Math.max(0, start - 24), start),
        ) && !/^\w+\s+own\b/i.test(simp.slice(start, start + 12));
      const antecedent =
        !own && !goodsBought && /^\s*(?:which|who)\b/i.test(simp.slice(cs, start))
          ? orgs.find((o) => !o.anaphor && /^\s*,\s*$/.test(simp.slice(o.end, cs)))
          : undefined;
      push(r, start, m.index + m[0].length, last ?? led ?? antecedent ?? resolve(r, start, undefined, !!own));
    }
  }
  return out;
}

/** A most-recent-last list with `id` moved (or added) to its end. */
const mostRecent = (list: string[] | undefined, id: string) => [...(list ?? []).filter((x) => x !== id), id];

/** After a sentence: its subject becomes the topic, and described organizations are remembered by noun. */
export function advance(
  state: CorefState,
  mentions: Mention[],
  isSubject: (m: Mention) => boolean,
  nounsOf: (id: string) => string[],
  isFoundry: (id: string) => boolean,
  isChipVendor: (id: string) => boolean = () => false,
  /** A government or regulator: no company the story is about, however often it is named. */
  isPublicBody: (m: Mention) => boolean = () => false,
  isEstablished: (id: string) => boolean = () => false,
): void {
  for (const m of mentions) {
    if (m.anaphor || m.type !== 'Organization') continue;
    if (isEstablished(m.id)) state.established = mostRecent(state.established, m.id);
    if (isChipVendor(m.id)) state.chipmakers = mostRecent(state.chipmakers, m.id);
    if (!isPublicBody(m)) state.counts.set(m.id, (state.counts.get(m.id) ?? 0) + 1);
    if (isFoundry(m.id)) state.foundries = mostRecent(state.foundries, m.id);
  }

  for (const m of mentions) {
    if (m.anaphor || m.type !== 'Organization') continue;
    (state.surfaces ??= new Map()).set(m.id, m.surface);
    if (/(?:\bGroup|\bHoldings|集团)$/.test(m.surface)) state.groups = mostRecent(state.groups, m.id);
  }
  const person = mentions.find((m) => m.type === 'Person');
  if (person) state.person = person.id;
  // A sentence that opens with a reference (该公司…) keeps the topic it refers to.
  const first = mentions.find((m) => m.type === 'Organization' && isSubject(m));
  if (first) state.topic = first;
  for (const m of mentions) {
    if (m.anaphor || m.type !== 'Organization') continue;
    for (const noun of nounsOf(m.id)) {
      const key = noun.replace(/[\s-]/g, '');
      const list = state.described.get(key) ?? [];
      state.described.set(key, mostRecent(list, m.id));
    }
  }
}

// A name that is not what the sentence is about: after a preposition (a former Intel engineer, 向英伟达),
// a possessor (Amazon's cloud unit), or an employer before a title and a person (Acme partner Jane Doe).
const NOT_SUBJECT_BEFORE =
  /(?:\b(?:of|at|from|by|with|for|than|like|former|to|on|in)\s+|(?:在|向|对|从|与|和|跟|据|为|比|前|除|除了|曾任|担任|出任|加入|加盟|离开|来自|任职于|供职于)\s*)$/i;
const NOT_SUBJECT_AFTER = new RegExp(`^(?:['’]s\\b|\\s*(?:${[...EN_TITLES, ...ZH_TITLES].join('|')})\\s*[A-Z\\u4e00-\\u9fff])`);
/** Whether a name can be what its sentence is about (the topic). */
// 与A、B、C走GPGPU路线不同，燧原…: every name of a clause opened by 与/和/跟/除 is set against the subject, none is it.
// ("Unlike TSMC and Samsung, GF stopped…": so is every name of an English clause opened by unlike, like, besides.)
const SET_AGAINST = /^\s*(?:与|和|跟|同|除了?|(?:unlike|like|besides|apart\s+from|compared\s+(?:with|to)|as\s+with)\s)/i;
const setAgainst = (m: Mention, simp: string) => {
  let cs = 0;
  for (const d of '，,。；;：:') cs = Math.max(cs, simp.lastIndexOf(d, m.start - 1) + 1);
  return cs < m.start && SET_AGAINST.test(simp.slice(cs, m.start));
};
// ("The Series A was led by returning backer Primary Venture Partners": the round's investor is not the story's subject.)
const INVESTOR_BEFORE = /\b(?:led|co-led|backed|funded)\s+by\s+(?:[\w-]+\s+){0,3}$|\b(?:backers?|investors?)\s+$/i;
const OWN_PART = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:business|unit|division|arm|team|shares|stock|revenue|sales|chief|boss|management)\b/;
// "For Anthropic, the choice of chips is…", 对英伟达而言，…: a sentence that opens on a company is about it.
// ("Broadcom's XPU business already counts Google…. In October it signed…": the possessor that opens the sentence.)
const OPENS_ON = (m: Mention, simp: string) =>
  (/^\s*(?:For|As\s+for)\s+$/.test(simp.slice(0, m.start)) && /^\s*,/.test(simp.slice(m.end, m.end + 2))) ||
  (/^[\s"“]*$/.test(simp.slice(0, m.start)) && OWN_PART.test(simp.slice(m.end, m.end + 40))) ||
  (/^\s*对于?\s*$/.test(simp.slice(0, m.start)) && /^\s*(?:来说|而言)/.test(simp.slice(m.end, m.end + 4)));
export const salient = (m: Mention, simp: string) =>
  OPENS_ON(m, simp) ||
  (!NOT_SUBJECT_BEFORE.test(simp.slice(Math.max(0, m.start - 10), m.start)) &&
    !INVESTOR_BEFORE.test(simp.slice(Math.max(0, m.start - 40), m.start)) &&
    !NOT_SUBJECT_AFTER.test(simp.slice(m.end, m.end + 40)) &&
    !setAgainst(m, simp));
