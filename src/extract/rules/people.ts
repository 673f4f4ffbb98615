import {
  clauseAt,
  coordinated,
  isReporter,
  ofType,
  ORG,
  subjectBefore,
  TICKER_GLOSS,
  type SentenceContext,
  orgList,
  sameBusiness,
  newInPost,
} from '../context';
import { alternation, EN_TITLES, ZH_TITLE_ALT } from '../discover/names';
import { isChinese } from '../lang';
import type { Mention } from '../matcher';
import { negatedAt, type Found, type Rule } from './terms';
import { allMatches } from '../regex';

/** WORKS_FOR (person -> organization), with the role as written: employees, executives, analysts, founders. */

const EN_TITLE = `(?:${alternation(EN_TITLES)})`;
const ZH_TITLE = `(?:${ZH_TITLE_ALT})`;
const FORMER = '(?:former\\s+|then-|ex-|前|原)?';

// Org + role + Person: 英特尔执行长陈立武, Intel CEO Lip-Bu Tan, Acme's chief executive Jane Doe, 特斯拉前AI总监X.
const ORG_ROLE_PERSON = new RegExp(
  `^\\s*(?:的|['’]s?)?\\s*(${FORMER}(?:[^，,。、;]{0,8}?)${ZH_TITLE}(?:[兼暨]${ZH_TITLE})?|${FORMER}(?:[A-Za-z-]+\\s+){0,2}?${EN_TITLE})\\s*(?:、${FORMER}${ZH_TITLE})*\\s*(?:,|的)?\\s*$`,
  'i',
);
// One link of a chain of posts before a name: Org title、(Org2 title Person).
const CHAINED_ROLE = new RegExp(`^\\s*(?:的)?\\s*(${FORMER}[^，,。、;]{0,8}?${ZH_TITLE}(?:[兼暨]${ZH_TITLE})?)\\s*、\\s*$`);
// Person, (the) role (of engineering) of/at Org: "Jane Doe, vice president of engineering at Acme".
const ADJ = '(?:(?!not\\b|no\\b|never\\b)[a-z-]+\\s+)';
const PERSON_ROLE_OF_ORG = new RegExp(
  `^(?:,\\s*|\\s+(?:is|was|became|serves\\s+as|remains)\\s+)(?:(?:the|an?|its)\\s+)?(${FORMER}${ADJ}{0,3}?${EN_TITLE}(?:\\s+(?:of|for)\\s+(?:[a-z][\\w&-]*(?:\\s+[a-z][\\w&-]*)?|[A-Z][\\w&-]*(?:\\s+(?:\\+|&|and)?\\s*[A-Z][\\w&-]*){0,2}(?=\\s+at\\b)))?)\\s+(?:of|at|for|in)\\s+(?:the\\s+)?(?:(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:start-?up|company|firm|chipmaker|maker|designer|developer|provider|lab)\\s+)?$`,
  'i',
);
// ("a senior analyst with Morningstar": with, after an analyst's, a partner's or an engineer's title.)
const PERSON_ROLE_WITH_ORG = new RegExp(
  `^,\\s*(?:an?\\s+|the\\s+)?(${FORMER}${ADJ}{0,2}?(?:analyst|partner|engineer|economist|strategist|researcher|scientist|portfolio\\s+manager))\\s+with\\s+$`,
  'i',
);
const LONG_APPOSITIVE = new RegExp(
  `^,\\s*(?:(?:the|an?|its)\\s+)?((?:(?!(?:who|which|that|said|says|told|while|but|a|an|the)\\b)[a-z][\\w-]*,?\\s+){1,12}?)(?:of|at|for|with)\\s+(?:the\\s+)?$`,
);
const EN_TITLE_RE = new RegExp(`\\b${EN_TITLE}\\b`, 'i');
const NEXT_POST = new RegExp(`^\\s+and\\s+(?:(?:the\\s+)?(${FORMER}${ADJ}{0,2}?${EN_TITLE})\\s+)?(?:of|at|for)\\s+(?:the\\s+)?$`, 'i');
// "Ellen Park, who covers chip stocks for Morningstar": an analyst's beat, at the firm after for/at.
const COVERS_FOR = /^,\s*who\s+(?:covers|tracks|follows)\s+[^,.;]{1,40}?\s+(?:for|at)\s+$/i;
const HEADS_UNIT_OF =
  /^,\s*(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,4}?(?:who\s+(?:also\s+|now\s+|currently\s+)?(?:heads|leads|runs|oversees|manages|chairs)|in\s+charge\s+of|responsible\s+for)\s+$/i;
// "Jane Doe, a former Acme engineer": the employer inside the appositive, before the title.
const PERSON_ORG_TITLE = new RegExp(`^,\\s*(?:an?|the)\\s+(${FORMER})?(?:senior\\s+|longtime\\s+|veteran\\s+)?$`, 'i');
// ("a longtime Intel veteran": a veteran of the company is one of its people.)
const TITLE_AFTER_ORG = new RegExp(`^\\s+((?:[a-z-]+\\s+)?(?:${EN_TITLE}|veteran|alumnus))\\b`);
// "Tom Hale, Groq co-founder and CTO, said": the appositive is the organization and its titles only, up to a comma
// or the sentence's end (not "Smith said, Intel CEO Pat Gelsinger…", where a name follows the title).
const BARE_ORG_TITLE = new RegExp(
  `^\\s+((?:[a-z-]+\\s+)?${EN_TITLE}(?:\\s+(?:and|&)\\s+(?:[a-z-]+\\s+)?${EN_TITLE})*)\\s*(?:[,;]|\\.(?:\\s|$)|$)`,
);
// Person, Org's role: "Jane Doe, Acme's chief executive".
const PERSON_ORGS_ROLE = new RegExp(`^['’]s?\\s+(${FORMER}(?:[A-Za-z-]+\\s+){0,2}?${EN_TITLE})\\b`, 'i');
// Person of/at Org (said): "Joe Doe of Acme Capital said".
const PERSON_OF_ORG = /^\s+(?:of|at|from)\s+$/;
const SPEECH = /^\s*,?\s+(?:said|says|told|noted|added|wrote|argued|explained|estimated|predicted|commented|warned|believes)\b/;
// Person (曾)是 Org …的 role: 张三过去曾是辉达负责中国区的总经理 / 辛伟廉是春山浦江投资管理公司的董事长.
// (是以色列晶片設計公司Annapurna Labs的共同創辦人: a description of the organization may come first.)
const LATER_POST = /^[^。；，,]{0,20}[，,](?:此前|过去|之前|早年)?(?:曾|曾经)(?:长期|多年|一度|先后)?(?:任|担任|是)/;
const ZH_IS_ROLE = new RegExp(`^([^，,。；]{0,30}?)(?:的[^，,。；的]{0,6}?)?(${ZH_TITLE})`);
// 出任公司CEO / 担任该公司首席技术官: a post at the company itself, named by a noun.
const COMPANY_TITLE = new RegExp(`^(?:该|本)?(?:公司|集团)(?:的)?(${ZH_TITLE})`);
// Joining or coming from an organization.
const JOINED = /(?:重回|回到|加入|加盟|任职于|效力于|出身|出身于|来自|曾任职于?|rejoined|joined|came from|hired by|poached from)\s*$/i;

const PERSON_ITS_ROLE = new RegExp(
  `^,\\s*(?:its|the\\s+company['’]s|the\\s+firm['’]s|the\\s+group['’]s)\\s+(${FORMER}(?:[a-z-]+\\s+){0,2}?${EN_TITLE})\\b`,
  'i',
);
// (Also in a relative clause: "Jane Doe, who joined Acme from Arm in 2023, …".)
const JOINED_FROM = /^,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:joined|rejoined|moved\s+to|came\s+to)\s+[^,.;]{1,40}?\s+from\s+$/i;
const JOIN_VERB =
  /加盟|加入|出任|重返|回归|\b(?:joined|rejoined|has\s+joined|will\s+join|returned\s+to|returns\s+to|returning\s+to|will\s+return\s+to|(?:left|leaves|leaving|departs|departed)\s+to\s+join|(?:will|would|are\s+set\s+to|is\s+set\s+to)\s+(?:move|go)\s+(?:over\s+)?to)\b/g;
// People listed before a verb: "founder Jonathan Ross, president Sunny Madra and other senior staff will move to Nvidia".
const PEOPLE_GAP = /^\s*,\s*(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}$|^\s+and\s+(?:[a-z][\w-]*\s+){0,3}$/;
const ZH_TITLE_RE = new RegExp(ZH_TITLE);
// ("Chief Financial Officer Mark Murphy said": a company officer's title, not an analyst's; "President" before a name is
// most often a head of state's.)
const BARE_TITLE = new RegExp(
  `(${ZH_TITLE}|\\b(?:co-)?founder\\s+and\\s+(?:executive\\s+)?chair(?:man|woman)?|\\bfounder|\\bco-founder|\\bchief executive|\\bchief\\s+[a-z]+\\s+officer|\\b(?:CEO|CFO|CTO|COO))\\s*$`,
  'i',
);
// Person … 出身/加入 Org: 张三本身出身辉达, Jane Doe joined Acme in 2020.
// (陈力铭离开台积电后转任东京威力科创: a company left is a former employer, one moved to the new one.)
const PERSON_JOINED =
  /^[^，,。；]{0,6}?(?:出身于?|来自|加入|加盟|曾任职于?|任职于?|效力于|离开|转任|转投|跳槽(?:至|到)|\bjoined|\brejoined|\bcame from)\s*$/i;
// 他与同在AMD任职的彭莉、杨建一起创办沐曦: the people after 的 worked at the company named.
const WORKED_AT_THERE = /(同在|同样在|都在|均在|曾在|一同在|一起在)([^，,。；]{1,16}?)(?:任职|工作|共事|服务)(?:过)?的/g;
// 王勇则有AMD与昆仑芯的芯片研发管理经验: experience at each company listed.
const EXPERIENCE_AT =
  /^([^，,。；]{0,6}?(?:有|拥有|具有|具备))([^，,。；]{1,24}?)(?:等公司|等企业)?的[^，,。；]{0,12}?(?:经验|经历|背景|履历)/;

function emitRole(emit: Parameters<Rule>[1], p: Mention, o: Mention | undefined, role: string | undefined, confidence: number) {
  if (o && (o.type === 'Organization' || o.type === 'Product') && p.id !== o.id)
    emit({ type: 'WORKS_FOR', s: p, o, confidence, role: role?.trim() || undefined });
}

// 创始人是Person / the founder is Person, just before the name.
const FOUNDER_IS = /(?:创始人|创办人|founder)\s*(?:是|为|is|was|:|：)\s*(?:[^，,。]{0,16}的)?\s*$/i;

/** The organization a bare title refers to: the sentence's subject before it, else the story's topic. */
function titleOwner(ctx: SentenceContext, pos: number, orgs: Mention[], person?: Mention): Mention | undefined {
  const before = orgs.filter((o) => o.end <= pos && !isReporter(o, ctx.simp));
  if (before.length) return before[0];
  // ("Chief executive Satya Nadella told analysts that Microsoft has…", 执行长祖克柏表示，Meta今年将…: with no company
  // before, the one that opens what the person says.)
  const spoken = person && orgs.find((o) => o.start > person.end && SPEAKS_FOR.test(ctx.simp.slice(person.end, o.start)));
  // ("Founded in 2014 and led by chief executive Toru Nishikawa, Tokyo-based PFN is…": the company the opening phrase
  // describes, the main clause's subject right after the comma.)
  const described =
    person &&
    orgs.find(
      (o) =>
        o.start > person.end &&
        /^\s*,\s*(?:[A-Z][\w-]*-based\s+)?$/.test(ctx.simp.slice(person.end, o.start)) &&
        MAIN_VERB_AFTER.test(ctx.simp.slice(o.end, o.end + 30)),
    );
  // (With no company in the sentence, the one the story is mostly about: a bare title is most often its executive's;
  // not someone's the lexicon knows to work elsewhere: "Chief executive Matt Murphy said" in a story about Google.)
  const story = ctx.main ?? ctx.topic;
  const known = person ? (ctx.lex.entries.get(person.id)?.employerIds ?? []) : [];
  const moved = !!person && newInPost(ctx.simp, Math.min(pos, person.start), person.end);
  if (!described && !spoken && story && known.length && !moved && !known.some((e) => sameBusiness(ctx.lex, e, story.id))) return undefined;
  // (A story about Intel Foundry, "Chief executive Lip-Bu Tan said": the unit's parent, when that is where the lexicon
  // knows the person works.)
  const parent =
    !described && !spoken && story && !known.includes(story.id)
      ? known.find((e) => ctx.lex.entries.get(story.id)?.parentId === e)
      : undefined;
  if (parent && story) return { ...story, id: parent };
  return described ?? spoken ?? story;
}
const MAIN_VERB_AFTER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:is|was|has|had|said|says|will|would|plans|makes|builds|designs|sells)\b/;
const OFFICIAL = /总统|国家主席|总理|首相|部长|司长|局长|署长|州长|市长|知事|大臣/;
const SPEAKS_FOR =
  /^[^.;。；]{0,60}?\b(?:said|says|told|tells|noted|added|wrote)\b[^.;]{0,60}?\bthat\s+$|^[^。；，,]{0,30}?(?:表示|指出|称|说|透露|强调)[，,：:]\s*$/;

// 由P担任/出任/接任: who holds a post.
const HELD_BY = /由([^，,。；由]{1,40}?)(?:担任|出任|接任)/g;
const FOUNDED_BY =
  /由(?!于)([^。；]{1,60}?)[，,]?联合[^，,。；]{1,40}?(?:等人)?(?:共同)?(?:创立|创办|创建|成立)|由(?!于)([^，。；]{1,80}?)(?:等人)?(?:共同|联合)(?:创立|创办|创建|成立)|由([^，,。]{1,30}?)(?:一手)?(?:创立|创办|创建|成立|领导|执掌|领军|带领|率领|掌舵)|\b(?:founded|co-founded|started|led|headed|run)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\b/gi;
const worksFor: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const p of ofType(ctx.mentions, ['Person'], ctx.lex)) {
    const [cs] = clauseAt(simp, p.start);
    const windowStart = Math.max(cs, p.start - 50);
    let found = false;
    // An employer named before the title may be a business the lexicon files as a product (Google Cloud).
    const employers = ofType(ctx.mentions, ['Organization', 'Product'], ctx.lex);
    for (const o of employers.filter((x) => x.start >= windowStart && x.end <= p.start).reverse()) {
      if (o.type === 'Product' && !ORG_ROLE_PERSON.test(simp.slice(o.end, p.start))) continue;
      const between = simp.slice(o.end, p.start).replace(TICKER_GLOSS, '');
      const role = ORG_ROLE_PERSON.exec(between);
      if (role && !employers.some((x) => x.start >= o.end && x.end <= p.start)) {
        emitRole(emit, p, o, role[1], 0.85);
        found = true;
        // 阿里巴巴集团首席执行官、阿里云董事长兼首席执行官吴泳铭: every organization-and-title of a chain before the name.
        let next = o;
        for (const prev of employers.filter((x) => x.start >= windowStart && x.end <= o.start).reverse()) {
          const link = CHAINED_ROLE.exec(simp.slice(prev.end, next.start));
          if (!link) break;
          emitRole(emit, p, prev, link[1], 0.8);
          next = prev;
        }
        break;
      }
      if (JOINED.test(simp.slice(Math.max(windowStart, o.start - 6), o.start)) && /^\s*的?\s*$/.test(between))
        emitRole(emit, p, o, undefined, 0.75);
      // "Anthropic's Dario Amodei": a company's person, named by the possessive alone.
      if (o.type === 'Organization' && /^['’]s\s+$/.test(between)) {
        emitRole(emit, p, o, undefined, 0.7);
        found = true;
        break;
      }
      // "Stripe co-founders Patrick Collison and John Collison": each person of the list.
      const plural = /^\s*(?:['’]s\s+)?(co-?founders|founders)\s*,?\s*$/i.exec(between);
      if (o.type === 'Organization' && plural) {
        for (const q of coordinated(ctx.mentions, p, simp, ['Person'])) emitRole(emit, q, o, plural[1]!.replace(/s$/i, ''), 0.8);
        found = true;
        break;
      }
    }
    const after = simp.slice(p.end, p.end + 80);
    for (const o of orgs.filter((x) => x.start > p.end && x.start <= p.end + 20)) {
      // 曾任职于苹果、特斯拉与英特尔: every employer listed.
      if (PERSON_JOINED.test(simp.slice(p.end, o.start)) && !negatedAt(ctx, o.start, p.end)) {
        // (董事长林志明、总经理苏泓萌都出身智原: "all" after a list of people, each with a title, is each of them.)
        const all = /^\s*(?:都|均|皆|也都|同样|全都)/.test(simp.slice(p.end, o.start));
        const [cs] = clauseAt(simp, p.start);
        const people = all ? ctx.mentions.filter((q) => q.type === 'Person' && q.start >= cs && q.end <= p.end) : [p];
        const employers = coordinated(ctx.mentions, o, simp, ORG);
        for (const q of people) for (const e of employers) emitRole(emit, q, e, undefined, 0.75);
      }
    }
    for (const o of orgs.filter((x) => x.start > p.end && x.start <= p.end + 70)) {
      const en = PERSON_ROLE_OF_ORG.exec(simp.slice(p.end, o.start));
      // ("was an early personal investor in the chip startup Cerebras": an investor in a company is no post at it.)
      const investor =
        !!en &&
        /\b(?:investor|backer|shareholder)s?$/i.test(en[1]!) &&
        /^\s+in\b/i.test(en[0].slice(en[0].lastIndexOf(en[1]!) + en[1]!.length));
      if (en && !investor) {
        emitRole(emit, p, o, en[1], 0.85);
        // "chief executive of BlackRock and chairman of AIP", "a former executive at ST and at Atos": the next post too.
        const next = orgs.find((x) => x.start > o.end && x.start <= o.end + 50);
        const more = next && NEXT_POST.exec(simp.slice(o.end, next.start));
        if (more) emitRole(emit, p, next, more[1] ?? en[1], 0.8);
      }
      // "Jane Doe, the president who heads Acme's chip division", "…, in charge of Acme's AI group", "Lisa Su, who
      // runs AMD": Acme employs her.
      // ("Musk, who also runs Tesla and SpaceX": each one listed.)
      if (HEADS_UNIT_OF.test(simp.slice(p.end, o.start))) for (const x of orgList(ctx, o)) emitRole(emit, p, x, undefined, 0.8);
      if (COVERS_FOR.test(simp.slice(p.end, o.start))) emitRole(emit, p, o, 'analyst', 0.75);
      const app = PERSON_ORG_TITLE.exec(simp.slice(p.end, o.start));
      // (The employer's ticker may stand between: "an Intel (INTC.O) senior fellow".)
      const title = app ? TITLE_AFTER_ORG.exec(simp.slice(o.end, o.end + 56).replace(TICKER_GLOSS, '')) : null;
      if (app && title) emitRole(emit, p, o, `${app[1] ?? ''}${title[1]}`, 0.8);
      const bareTitle = /^,\s*$/.test(simp.slice(p.end, o.start))
        ? BARE_ORG_TITLE.exec(simp.slice(o.end, o.end + 76).replace(TICKER_GLOSS, ''))
        : null;
      if (bareTitle) emitRole(emit, p, o, bareTitle[1], 0.8);
      const withOrg = PERSON_ROLE_WITH_ORG.exec(simp.slice(p.end, o.start));
      if (withOrg) emitRole(emit, p, o, withOrg[1], 0.8);
    }
    // "Jane Doe, vice president and chief technology officer of computing architecture at Acme", "…, executive
    // vice president and head of Acme's foundry business team": an appositive of lower-case words with a title in
    // it, up to the first name after the person.
    const next = ctx.mentions.find((x) => x.start > p.end && x.start <= p.end + 120);
    const appositive = next && ORG.includes(next.type) ? LONG_APPOSITIVE.exec(simp.slice(p.end, next.start)) : null;
    const longTitle = appositive && EN_TITLE_RE.exec(appositive[1]!);
    if (next && longTitle) emitRole(emit, p, next, longTitle[0], 0.8);
    // "Sachin Katti, its chief technology officer": the organization the clause is about.
    const its = PERSON_ITS_ROLE.exec(after);
    if (its) emitRole(emit, p, subjectBefore(ctx, p.start, ORG, false) ?? ctx.topic, its[1], 0.8);
    // "Kechichian joined Intel from Arm": the organization after "from" is a former employer.
    for (const o of orgs.filter((x) => x.start > p.end && x.start <= p.end + 60)) {
      if (JOINED_FROM.test(simp.slice(p.end, o.start))) emitRole(emit, p, o, 'former', 0.7);
    }
    // ("Simona Jankowski, previously Nvidia's vice president of investor relations": a former post.)
    const poss = /^,\s*(?:(?:previously|formerly|most\s+recently|until\s+recently|once)\s+)?/.exec(after);
    if (poss) {
      const o = orgs.find((x) => x.start === p.end + poss[0].length);
      const role = o ? PERSON_ORGS_ROLE.exec(simp.slice(o.end, o.end + 40)) : null;
      if (o && role) emitRole(emit, p, o, /^,\s*\w/.test(poss[0]) ? `former ${role[1]}` : role[1], 0.8);
    }
    const experience = EXPERIENCE_AT.exec(after);
    if (experience && !negatedAt(ctx, p.end + 1, p.start)) {
      const at = p.end + experience[1]!.length;
      const first = orgs.find((x) => x.start >= at && x.end <= at + experience[2]!.length);
      if (first) for (const e of coordinated(ctx.mentions, first, simp, ORG)) emitRole(emit, p, e, undefined, 0.7);
    }
    const of = /^\s+(?:of|at|from)\s+/.exec(after);
    if (of && PERSON_OF_ORG.test(of[0])) {
      const o = orgs.find((x) => x.start === p.end + of[0].length);
      // ("Cody Acree of Benchmark Equity Research cut Marvell to Hold": any verb after the organization.)
      if (o && (SPEECH.test(simp.slice(o.end, o.end + 20)) || /^(?:\s*,|\s+(?!and\b|or\b)[a-z]+\b)/.test(simp.slice(o.end, o.end + 16))))
        emitRole(emit, p, o, undefined, 0.75);
    }
    // Person(（gloss）)(过去曾)是/现任 Org(…的) role.
    const gloss = /^\s*[（(][^）)]{0,40}[）)]/.exec(after)?.[0].length ?? 0;
    // (仇某为清华校友，曾任博通副总裁及紫光展锐首席技术官: the person is still the subject of a later clause that
    // opens with 曾任, no other person named between.)
    // (卡蒂加入英特尔前曾任史丹佛大学副教授: the post held before joining.)
    const first =
      /^(?:[^，,。；]{0,6}?)(?:是|为|任|担任|出任)/.exec(after.slice(gloss)) ??
      /^(?:加入|加盟)[^，,。；]{1,12}?(?:之)?前(?:曾|曾经)?(?:任|担任|是)/.exec(after.slice(gloss));
    const later = LATER_POST.exec(after.slice(gloss));
    const is =
      first && ZH_IS_ROLE.test(simp.slice(p.end + gloss + first[0].length))
        ? first
        : later && !ofType(ctx.mentions, ['Person'], ctx.lex).some((x) => x.start > p.end && x.start < p.end + gloss + later[0].length)
          ? later
          : first;
    if (is && isChinese(is[0].slice(-1))) {
      const at = p.end + gloss + is[0].length;
      // 雷川科技宣布，周启明出任公司CEO: 公司 is the company the sentence opened with (else the story's).
      const own = COMPANY_TITLE.exec(simp.slice(at));
      if (own && !negatedAt(ctx, at, p.start))
        emitRole(
          emit,
          p,
          subjectBefore(ctx, p.start, ORG, false) ?? ctx.topic,
          ctx.sentence.text.substr(at + own[0].length - own[1]!.length, own[1]!.length),
          0.75,
        );
      const r = ZH_IS_ROLE.exec(simp.slice(at));
      const o = r ? orgs.find((x) => x.start >= at && x.end <= at + r[1]!.length) : undefined;
      const former = /过去|曾|此前|前/.test(is[0]) ? '前' : '';
      if (r && o && !negatedAt(ctx, at, p.start)) {
        emitRole(emit, p, o, former + r[2]!, 0.8);
        // 曾任AMD高级总监和紫光集团副总裁: each post of the list, with its own organization.
        for (let next = at + r[0].length; ;) {
          const link = /^(?:和|与|及|以及|、)/.exec(simp.slice(next));
          const r2 = link ? ZH_IS_ROLE.exec(simp.slice(next + link[0].length)) : null;
          if (!link || !r2) break;
          const from = next + link[0].length;
          const o2 = orgs.find((x) => x.start >= from && x.end <= from + r2[1]!.length);
          if (!o2) break;
          emitRole(emit, p, o2, former + r2[2]!, 0.75);
          next = from + r2[0].length;
        }
      }
    }
    // A bare title before the name: 创办人张建中, 其执行长X — the company the sentence or story is about.
    const bare = BARE_TITLE.exec(simp.slice(windowStart, p.start));
    // (An official's bare title, 美国总统特朗普, is no post at the story's company.)
    if (!found && bare && !OFFICIAL.test(bare[1]!)) emitRole(emit, p, titleOwner(ctx, windowStart + bare.index, orgs, p), bare[1], 0.7);
    // 创始人是Person / the founder is Person: the founder of the sentence's subject.
    if (FOUNDER_IS.test(simp.slice(windowStart, p.start))) {
      emitRole(emit, p, titleOwner(ctx, windowStart, orgs), 'founder', 0.75);
    }
  }
  // 王东已离职，并加盟同为GPU厂商的沐曦 / Jane Doe has joined Acme: the person before the verb joins the organization after it.
  for (const m of allMatches(JOIN_VERB, simp)) {
    const end = m.index + m[0].length;
    const o = orgs.find(
      // (…加盟同为GPU厂商的沐曦, "left to join ChatGPT developer OpenAI": a description before the name.)
      (x) =>
        x.start >= end &&
        x.start <= end + 40 &&
        /^(?:[^，,。；]{0,16}的)?\s*(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:developer|maker|start-?up|company|firm|rival|designer|lab|chipmaker)\s+)?$/.test(
          simp.slice(end, x.start),
        ),
    );
    const p = ofType(ctx.mentions, ['Person'], ctx.lex)
      .filter((x) => x.end <= m.index)
      .pop();
    if (
      o &&
      p &&
      // "Bannon is leaving, and 20 of its engineers have joined X": another subject after ", and".
      !/,\s*and\s|;/.test(simp.slice(p.end, m.index)) &&
      !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]) &&
      !orgs.some((x) => x.start > p.end && x.end <= m.index && !x.anaphor && /^\s*$/.test(simp.slice(x.end, m.index)))
    ) {
      const role = /出任|担任|任/.test(simp.slice(o.end, o.end + 12)) ? ZH_TITLE_RE.exec(simp.slice(o.end, o.end + 20))?.[0] : undefined;
      emitRole(emit, p, o, role, 0.75);
      // ("will join Nvidia together with Groq president Sunny Madra": who comes along joins too.)
      const along = /^\s*,?\s*(?:together|along)\s+with\s+[^,.;]{0,40}?$/;
      for (const q of ofType(ctx.mentions, ['Person'], ctx.lex))
        if (q.start > o.end && q.start - o.end <= 60 && along.test(simp.slice(o.end, q.start))) emitRole(emit, q, o, role, 0.7);
      // (…and every person listed before the last.)
      const people = ofType(ctx.mentions, ['Person'], ctx.lex).filter((x) => x.end <= p.start);
      for (let next = p, q = people.pop(); q && PEOPLE_GAP.test(simp.slice(q.end, next.start)); next = q, q = people.pop())
        emitRole(emit, q, o, role, 0.7);
    }
  }
  for (const m of allMatches(WORKED_AT_THERE, simp)) {
    const end = m.index + m[0].length;
    // (The company alone between 在 and the verb: 同在AMD任职的.)
    const from = m.index + m[1]!.length;
    const at = orgs.find((x) => x.start === from && x.end === from + m[2]!.length);
    const first = ofType(ctx.mentions, ['Person'], ctx.lex).find((x) => x.start === end);
    if (at && first && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      for (const q of coordinated(ctx.mentions, first, simp, ['Person'])) emitRole(emit, q, at, undefined, 0.7);
  }
  // Altera由前迈威尔高层侯赛因担任执行长: the person after 由 holds the post named after 担任 at the sentence's subject.
  for (const m of allMatches(HELD_BY, simp)) {
    const end = m.index + m[0].length;
    const title = ZH_TITLE_RE.exec(simp.slice(end, end + 12));
    const p = ofType(ctx.mentions, ['Person'], ctx.lex)
      .filter((x) => x.start > m.index && x.end <= end)
      .pop();
    const o = subjectBefore(ctx, m.index, ORG, false);
    if (title?.index === 0 && p && o && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitRole(emit, p, o, title[0], 0.75);
  }
  // 由P创立 / founded by P: the founder works for the founded company (the sentence's subject).
  for (const m of allMatches(FOUNDED_BY, simp)) {
    const end = m.index + m[0].length;
    const people = ofType(ctx.mentions, ['Person'], ctx.lex).filter((p) =>
      isChinese(m[0]) ? p.start > m.index && p.end <= end : p.start >= end && p.start < end + 40,
    );
    // 由陈冠州创办的新创公司耀矽科技: the company the relative clause describes, after 的.
    const rel = isChinese(m[0]) ? /^的(?:[^，,。的]{0,8}(?:公司|企业|厂商|新创|初创))?\s*/.exec(simp.slice(end)) : null;
    const described = rel ? orgs.find((x) => x.start === end + rel[0].length) : undefined;
    // ("Founded in 2016 by A and B, Graphcore raised…": an opening participle describes the subject after it.)
    const opening = !isChinese(m[0]) && /^\s*(?:[A-Z]\w*\s+)?$/.test(simp.slice(0, m.index));
    const comma = opening ? simp.indexOf(',', end) : -1;
    const after = comma >= 0 ? orgs.find((x) => x.start > comma && x.start <= comma + 4) : undefined;
    const company = described ?? after ?? subjectBefore(ctx, m.index, ORG, false);
    const role = /led|headed|run|领导|执掌/.test(m[0]) ? 'head' : 'founder';
    // "founded by A, its CEO, together with B and C": the people listed with the first are founders too.
    const all = ofType(ctx.mentions, ['Person'], ctx.lex);
    const listed = people.slice(0, 1);
    for (const p of all)
      if (
        listed.length &&
        p.start > listed[listed.length - 1]!.end &&
        // ("by A, a co-founder of Juniper Networks (JNPR.N), and B": an appositive with a ticker in it.)
        /^(?:,[^,.;]{1,60},)?\s*(?:,\s*)?(?:and|together\s+with|along\s+with)\s+(?:(?:[Cc]hief|[Cc]o-founder|[Pp]resident|CTO|CEO|COO|[Tt]echnology|[Ee]xecutive|[Oo]perating|[Oo]fficer|[Ss]cientist)\s+){0,4}$|^\s*,\s*$/.test(
          simp.slice(listed[listed.length - 1]!.end, p.start).replace(/\s*\([^()]{1,24}\)/g, ''),
        )
      )
        listed.push(p);
    // (由A、B和C共同创办: every founder named in the span.)
    const joint = m[1] !== undefined || m[2] !== undefined;
    for (const p of listed.length > 1 ? listed : joint ? people : people.slice(0, 2)) emitRole(emit, p, company, role, 0.8);
  }
};

// "Acme hired Jane Doe, a former AMD executive, as its chief operating officer": the hiring company employs her.
// (Also "appointed former Intel executive Jane Doe as …": her old post between the verb and the name.)
const HIRED =
  /\b(?:hired|hires|hire|hiring|appointed|appoints|named|names|tapped|taps|recruited|recruits|promoted|promotes)\s+(?:(?:(?:former|ex-)\s*)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?:[a-z-]+\s+)?(?:executive|engineer|official|chief|president|veteran|founder|co-founder)\s+)?$/i;
const AS_TITLE = new RegExp(
  `^(?:,[^,]{0,100},)?\\s+as\\s+(?:its|the\\s+company['’]s|their|our|the|an?)?\\s*(?:new\\s+)?((?:[a-z-]+\\s+){0,2}?${EN_TITLE})\\b`,
  'i',
);
// (延揽曾任奔驰…主管、后转战博世高层的X: a longer description of the hire ends in 的.)
const ZH_HIRED = /(?:聘用|聘请|延揽|招揽|挖来|挖角|聘任|任命)(?:了)?(?:[^，,。；]{0,18}|[^，,。；]{0,56}的)$/;
const TO_LEAD = /^(?:,[^,]{0,60},)?\s+to\s+(?:lead|run|head|oversee|manage|build)\b/i;
// "Raman previously led silicon engineering at Groq", "spent a decade at Intel", "designed processors at Apple": a past job.
// What a past job is said with, up to "at" or "for" before the employer.
const PAST_JOB =
  '(?:ha[ds]\\s+|have\\s+)?(?:(?:previously|formerly|once|earlier|also|long)\\s+)?(?:led|headed|ran|oversaw|managed|worked|served|designed|built|developed|engineered|made\\s+(?:his|her|their)\\s+name(?:\\s+[\\w-]+){0,3}?|helped\\s+(?:to\\s+)?(?:start|build|create|found|launch|lead|design)|spent\\s+[\\w\\s-]{1,20}?|held\\s+[\\w\\s-]{1,40}?(?:roles?|positions?|posts?|jobs?)|was\\s+(?:a|an|the)\\s+[\\w\\s-]{1,30}?)\\b[^,.;]{0,50}?\\s(?:at|for)\\s+$';
const WORKED_AT = new RegExp(`^,?\\s+(?:(?:a|an|the)\\s+[\\w-]+(?:\\s+[\\w-]+){0,4}?\\s+(?=who\\b))?(?:who\\s+)?${PAST_JOB}`, 'i');
// "Tareq Amin, a telecoms veteran who previously ran Aramco Digital": a company once led.
const RAN_BEFORE =
  /^,?\s+(?:(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+)?who\s+(?:had\s+|has\s+)?(?:previously|formerly|once|earlier)\s+(?:led|headed|ran|oversaw|managed|chaired)\s+$/i;
const WORKED_THERE_BEFORE = /(?:曾|曾经)在([^，,。；在]{1,16}?)(?:参与|负责|从事|领导|主导|任职|工作|担任)[^，,。；]{0,20}?的$/;
// ("Jim Keller, Acme's chief executive, a veteran architect who previously designed chips at": the last appositive's.)
const APPOSITIVE_WHO_WORKED_AT = new RegExp(`^,[^.;"“”]*,\\s+(?:a|an|the)\\s+[\\w-]+(?:\\s+[\\w-]+){0,4}?\\s+who\\s+${PAST_JOB}`, 'i');
// "Jane Roe, whose career also includes Xerox PARC and Cisco": past employers.
const CAREER_INCLUDES =
  /\bwhose\s+(?:career|résumé|resume|CV)\s+(?:also\s+)?(?:includes?|included|spans?|spanned|took\s+in)\s+(?:stints?\s+at\s+)?$/i;
// "Keller, Tenstorrent's chief executive, is best known for chip design work at AMD and Apple": past jobs.
const KNOWN_FOR_WORK_AT =
  /^(?:,[^,;.]{1,60},)?\s+(?:is|was)\s+(?:(?:best|perhaps\s+best|widely|also|well)\s+)?known\s+for\s+[^,.;]{0,40}?\b(?:work|stints?|roles?|years|tenures?)\s+(?:at|with)\s+$/i;
// "Bannon is leaving the company", "left Intel in 2023", 已离开英特尔: a former job.
const LEFT =
  /^(?:,[^,]{1,60},)?,?\s+(?:(?:who|has|had|is|was|will\s+be|recently)\s+)*(?:leaving|left|leaves|quit|quits|departed|departing|resigned\s+from|stepped\s+down\s+from|retired\s+from|exited)\s+(?:(?:his|her|their)\s+(?:post|job|role|position|seat)\s+(?:as|at)\s+)?(?:the\s+company|the\s+firm)?|^[^，,。；]{0,4}?(?:已|已经|日前|近日)?(?:离开|离职于|辞去[^，,。]{0,10}?在)\s*/i;
// 昆仑芯…，现任首席执行官为欧阳剑: a title, then 为/是, then the person; the company is the clause's or the story's.
const TITLE_IS = new RegExp(`(?:现任|目前的?|现在的?|新任)?(${ZH_TITLE})(?:一职)?(?:为|是|由)\\s*$`);
// "Sid Sheth, the chief executive, said…" / "Sudeep Bhoja, now its chief technology officer": a title with no
// employer named is at the company the story is about (its: the one it refers to).
const BARE_TITLE_APPOSITIVE = new RegExp(
  `^,\\s*(?:now\\s+|until\\s+now\\s+|previously\\s+|formerly\\s+|most\\s+recently\\s+)?(?:the|its|the\\s+company['’]s)\\s+((?:[a-z-]+\\s+){0,2}?(?:${EN_TITLE}|chief))\\s*(?:[,.;]|$)`,
);
// "Rao co-founded Nervana Systems", 他曾创办X: the founder works for what they founded.
const FOUNDED_ORG =
  /^(?:,[^,;.]{1,60},)?\s*(?:(?:also|later|previously|earlier|first|had|has|once|then)\s+)*(co-founded|cofounded|founded|started|set\s+up)\s+$|^(?:曾|先后|此前|早年|后来|随后|于\d{4}年)*(联合创办|联合创立|创办|创立|创建)了?$/;
// 周启明曾任英伟达高级总监，2021年创立雷川科技: the person stays the subject of a later clause that opens with the
// founding (a time, then the verb), with no other person named between.
const FOUNDED_LATER =
  /^[^。；]{0,40}[，,](?:并|又|后|随后|之后|后来|此后)?(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月)?(?:又|再|则)?(联合创办|联合创立|创办|创立|创建)了?$/;
/** The founder's role in the sentence's language and script (創始人 in a Traditional text). */
function founderRole(en: string | undefined, zh: string | undefined, traditional: boolean): string {
  if (en) return /co/.test(en) ? 'co-founder' : 'founder';
  const joint = /联合/.test(zh ?? '');
  return traditional ? (joint ? '聯合創始人' : '創始人') : joint ? '联合创始人' : '创始人';
}

// "Jane Roe, who took over as Acme's chief executive …": the post taken, at the possessor of the title.
const TOOK_OVER_AS =
  /^,?\s+(?:who\s+)?(?:(?:has|had|recently|just|then)\s+)*(?:took\s+over|takes\s+over|became|becomes|was\s+named|was\s+appointed|stepped\s+in|joined)\s+as\s+$/i;
const POSSESSED_TITLE = new RegExp(`^['’]s\\s+(?:new\\s+|interim\\s+)?((?:[a-z-]+\\s+){0,2}?${EN_TITLE})\\b`, 'i');
// "… after running Bolt's data center group": a past post at the possessor.
// ("…, who helped create Google's Tensor Processing Unit": a past post at the possessor.)
const RAN_UNIT_OF =
  /^,\s+who\s+(?:(?:had|previously|once|earlier)\s+)?(?:ran|led|headed|oversaw|managed)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:division|unit|group|team|business|arm|lab|operations)\s+(?:of|at)\s+$/i;
const AFTER_RUNNING =
  /\b(?:after|before|previously|having)\s+(?:running|leading|heading|overseeing|managing|building)\s+$|^,?\s+who\s+(?:(?:had|previously|once|also)\s+)?(?:helped\s+(?:to\s+)?)?(?:create|created|build|built|design|designed|invent|invented|led|ran|start|started)\s+$/i;
// (…and the one before: "A, 28, of Pasadena, and B".)
const AND_ANOTHER = /^(?:,\s*\d{1,2},[^.;]{0,40}?)?,?\s+and\s+$/;
// ("Crown Prince Mohammed bin Salman chairs it", "heads Humain": chairing or heading one is a post there.)
const RAN_ORG =
  /^(?:,[^.;]{1,60},)?\s+(?:(?:also|jointly|together|now|currently)\s+)?(?:ran|runs|operated|operates|chairs|chaired|heads|headed)\s+$/;
// "Sankar is already working at Nvidia": a current job.
const WORKING_AT = /^\s+(?:is|has\s+been|was)\s+(?:already\s+|now\s+)?(?:working|employed)\s+(?:at|for|by)\s+$/;
// "Carbin is an associate professor at MIT": a current post.
const IS_TITLE_AT = new RegExp(`^\\s+(?:is|serves\\s+as)\\s+(?:an?|the)\\s+((?:[a-z-]+\\s+){0,2}?${EN_TITLE})\\s+(?:at|of|with|for)\\s+$`);
// 林晓岚此前在华为海思负责…: a post at an organization.
// (…此前曾在美国芯片大厂AMD任职: a few words of what the organization is may come between 在 and its name.)
const ZH_AT_ORG =
  /^[^，,。；]{0,6}?(?:此前|之前|过去|曾经|曾|早年|目前|现)?\s*(?:均|都|也|皆|亦)?(?:曾)?在\s*(?:[\u4e00-\u9fff]{0,6}?(?:大厂|公司|巨头|厂商|企业|集团))?\s*$/;
// (在AMD上海任职: the office's city may follow the organization.)
const ZH_POST_AFTER =
  /^\s*(?:(?:上海|北京|深圳|杭州|南京|苏州|成都|西安|台北|新竹|香港|中国|美国|台湾|总部|研发中心|分公司)\s*)?(?:的)?(?:负责|任职|工作|担任|主导|主持|带领|领导|主管|出任|从事|参与)/;

// 张建中创立的摩尔线程, 張忠謀一手創辦的台積電: the company the founding clause describes, right after 的.
const FOUNDED_WHICH = /^(?:一手|共同|联合)?(?:创立|创办|创建)的(?:[^，,。；的]{0,8}?(?:公司|企业|厂商|新创|初创|创投公司|基金))?\s*$/;

// 张亚林曾与赵立东在AMD共事多年: both worked there.
const WORKED_TOGETHER_AT = /(?:曾|曾经|此前|早年)?(?:与|和|跟|同)([^，,。；]{1,16}?)(?:一起|一同)?在([^，,。；]{1,24}?)共事/g;

const postsAndMoves: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(WORKED_TOGETHER_AT, simp)) {
    const at = m.index + m[0].indexOf('在', m[1]!.length + 1);
    const org = orgs.find((o) => o.start > at && o.end <= m.index + m[0].length);
    const people = ofType(ctx.mentions, ['Person'], ctx.lex);
    const other = people.find((x) => x.start > m.index && x.end <= at);
    const [cs] = clauseAt(simp, m.index);
    const subject = people.filter((x) => x.end <= m.index && x.start >= cs).pop();
    if (org && !negatedAt(ctx, m.index, cs)) for (const q of [subject, other]) if (q) emitRole(emit, q, org, 'former', 0.7);
  }
  for (const p of ofType(ctx.mentions, ['Person'], ctx.lex)) {
    const before = simp.slice(Math.max(0, p.start - 60), p.start);
    const hired = HIRED.exec(before);
    const as = hired ? AS_TITLE.exec(simp.slice(p.end, p.end + 120)) : null;
    if (hired && as) emitRole(emit, p, subjectBefore(ctx, p.start - hired[0].length, ORG, false) ?? ctx.topic, as[1], 0.8);
    // 辉达聘用Enfabrica执行长P / 任命P为…: the hiring company employs the person (their old employer stays theirs).
    const zhHired = ZH_HIRED.exec(simp.slice(Math.max(0, p.start - 64), p.start));
    if (zhHired) {
      const at = p.start - zhHired[0].length;
      const [cs] = clauseAt(simp, at);
      // (公司延揽X: "the company" bare, or no subject, is the one the story is about.)
      const hirer =
        subjectBefore(ctx, at, ORG, false) ?? (/^[\s“"「]*(?:公司|该公司|本公司)?\s*$/.test(simp.slice(cs, at)) ? ctx.topic : undefined);
      if (hirer && !negatedAt(ctx, at, cs)) emitRole(emit, p, hirer, undefined, 0.75);
    }
    // "hired Jane Doe, a co-founder of X, to lead its AI unit": the hiring company employs her.
    else if (hired && TO_LEAD.test(simp.slice(p.end, p.end + 120)))
      emitRole(emit, p, subjectBefore(ctx, p.start - hired[0].length, ORG, false) ?? ctx.topic, 'head', 0.75);
    // "Qualcomm has hired Jane Doe, an Intel veteran": hired with no post said, she works for the hirer all the same
    // (not "named" or "promoted", which say little without the post).
    else if (hired && !as && /^(?:hired|hires|hire|hiring|recruited|recruits)\b/i.test(hired[0])) {
      const at = p.start - hired[0].length;
      const [cs] = clauseAt(simp, at);
      const hirer = subjectBefore(ctx, at, ORG, false);
      if (hirer && !negatedAt(ctx, at, cs)) emitRole(emit, p, hirer, undefined, 0.7);
    }
    // 曾在谷歌参与TPU开发的禹东赫: where the person worked, in the relative clause before the name.
    // (…的禹东赫（Woo Dong-hyuk）: the name's gloss may be the mention.)
    const lead = simp.slice(Math.max(0, p.start - 48), p.start).replace(/(?<=的)[\u3400-\u9fff·]{2,6}[（(]\s*$/, '');
    const workedThere = WORKED_THERE_BEFORE.exec(lead);
    if (workedThere) {
      const at = Math.max(0, p.start - 48) + workedThere.index + workedThere[0].indexOf(workedThere[1]!);
      const o = orgs.find((x) => x.start >= at && x.end <= at + workedThere[1]!.length);
      if (o) emitRole(emit, p, o, 'former', 0.7);
    }
    // ("Jim Keller, Acme's chief executive, a veteran architect who previously designed chips at A, B and C": the
    // relative clause of the last appositive, with no other person named between.)
    // (Only after a comma: most names are followed by none, and the search is skipped.)
    const far =
      simp[p.end] === ',' &&
      orgs.find(
        (x) =>
          x.start > p.end &&
          x.start <= p.end + 200 &&
          APPOSITIVE_WHO_WORKED_AT.test(simp.slice(p.end, x.start)) &&
          !ctx.mentions.some((y) => y.type === 'Person' && y.start > p.end && y.end <= x.start),
      );
    if (far && !negatedAt(ctx, far.start, p.end))
      for (const x of coordinated(ctx.mentions, far, simp, ORG)) emitRole(emit, p, x, 'former', 0.7);
    for (const o of orgs.filter((x) => x.start > p.end && x.start <= p.end + 90)) {
      const gap = simp.slice(p.end, o.start);
      // ("who designed processors at Apple, Tesla and AMD": every employer listed.)
      if (
        (WORKED_AT.test(gap) || KNOWN_FOR_WORK_AT.test(gap) || CAREER_INCLUDES.test(gap) || RAN_BEFORE.test(gap)) &&
        !negatedAt(ctx, o.start, p.end)
      )
        for (const x of coordinated(ctx.mentions, o, simp, ORG)) emitRole(emit, p, x, 'former', 0.7);
      if (WORKING_AT.test(gap) && !negatedAt(ctx, o.start, p.end)) emitRole(emit, p, o, undefined, 0.7);
      // "A, 28, of Pasadena, and B, 28, of Ontario, ran ALX Solutions": whoever runs a company works for it (each one listed).
      if (RAN_ORG.test(gap) && !negatedAt(ctx, o.start, p.end))
        for (const q of [
          ...ctx.mentions.filter((x) => x.type === 'Person' && x.end < p.start && AND_ANOTHER.test(simp.slice(x.end, p.start))),
          ...coordinated(ctx.mentions, p, simp, ['Person']),
        ])
          emitRole(emit, q, o, undefined, 0.7);
      if (FOUNDED_WHICH.test(gap)) emitRole(emit, p, o, founderRole(undefined, gap, ctx.sentence.text !== simp), 0.75);
      const later = FOUNDED_LATER.exec(gap);
      const direct = FOUNDED_ORG.exec(gap);
      const founded = direct
        ? [direct[1], direct[2]]
        : later && !ctx.mentions.some((x) => x.type === 'Person' && x.start > p.end && x.end <= o.start)
          ? [undefined, later[1]]
          : undefined;
      if (founded && !negatedAt(ctx, o.start, p.end))
        for (const x of coordinated(ctx.mentions, o, simp, ORG))
          emitRole(emit, p, x, founderRole(founded[0], founded[1], ctx.sentence.text !== simp), 0.75);
      const is = IS_TITLE_AT.exec(gap);
      if (is && !negatedAt(ctx, o.start, p.end)) emitRole(emit, p, o, is[1], 0.75);
      // "Jane Roe, who took over as Acme's chief executive in April after running Bolt's data center group".
      const after = simp.slice(o.end, o.end + 60);
      const title = POSSESSED_TITLE.exec(after);
      if (title && TOOK_OVER_AS.test(gap) && !negatedAt(ctx, o.start, p.end)) emitRole(emit, p, o, title[1], 0.75);
      if (/^['’]s\s/.test(after) && AFTER_RUNNING.test(gap) && !negatedAt(ctx, o.start, p.end)) emitRole(emit, p, o, 'former', 0.7);
      // ("Fenwick, who ran the AI division of Bitfury before…": a past post in a unit of the organization after "of".)
      else if (RAN_UNIT_OF.test(gap) && !negatedAt(ctx, o.start, p.end)) emitRole(emit, p, o, 'former', 0.7);
      // 杨植麟毕业于清华，此前曾在谷歌和Meta工作: the person stays the subject of the clauses after, with no
      // other person or organization between; every organization listed after 在 is a post.
      const lastClause = gap.slice(Math.max(gap.lastIndexOf('，'), gap.lastIndexOf(',')) + 1);
      // (A clause opened by another name has its own subject.)
      const between = ctx.mentions.some(
        (x) =>
          x.start > p.end &&
          x.end <= o.start &&
          (x.type === 'Person' || (x.type === 'Organization' && /[，,]\s*$/.test(simp.slice(Math.max(0, x.start - 2), x.start)))),
      );
      const zhAt =
        ZH_AT_ORG.test(gap) ||
        (!between && /^[^。；]{0,30}$/.test(gap) && /^(?:此前|之前|过去|曾经|曾|早年)/.test(lastClause) && ZH_AT_ORG.test(lastClause));
      if (zhAt && !negatedAt(ctx, o.start, p.end)) {
        const g = coordinated(ctx.mentions, o, simp, ORG);
        const last = g[g.length - 1]!;
        if (ZH_POST_AFTER.test(simp.slice(last.end, last.end + 6)))
          for (const x of g) emitRole(emit, p, x, /此前|之前|过去|曾|早年/.test(gap) ? 'former' : undefined, 0.75);
      }
    }
    const bare = BARE_TITLE_APPOSITIVE.exec(simp.slice(p.end, p.end + 60));
    if (bare) {
      const its = ctx.mentions.find((x) => x.anaphor && x.type === 'Organization' && x.start > p.end && x.end <= p.end + bare[0].length);
      // (The sentence's subject first: "Etched was founded by Gavin Uberti, its chief executive".)
      const org = subjectBefore(ctx, p.start, ORG, false) ?? its ?? ctx.topic;
      if (org && !/former|then-|ex-/.test(bare[0])) emitRole(emit, p, org, bare[1], 0.65);
    }
    const titleIs = TITLE_IS.exec(simp.slice(Math.max(0, p.start - 16), p.start));
    if (titleIs) {
      const at = p.start - titleIs[0].length;
      const [cs] = clauseAt(simp, at);
      // (The company right before the title, else the clause's subject, else the story's company.)
      const org = orgs.filter((x) => x.end <= at && x.start >= cs).pop() ?? subjectBefore(ctx, at, ORG, false) ?? ctx.topic;
      // (The role as written: 執行長 in a Traditional text.)
      const roleAt = Math.max(0, p.start - 16) + titleIs.index + titleIs[0].indexOf(titleIs[1]!);
      const role = ctx.sentence.text.substr(roleAt, titleIs[1]!.length);
      if (org && !negatedAt(ctx, at, cs) && !/前|原|曾/.test(titleIs[0])) emitRole(emit, p, org, role, 0.7);
    }
    const left = LEFT.exec(simp.slice(p.end, p.end + 120));
    if (left && !negatedAt(ctx, p.end + left[0].length, p.end)) {
      const at = p.end + left[0].length;
      const named = orgs.find((x) => x.start >= at && x.start <= at + 2);
      const company = /the\s+(?:company|firm)\s*$/.test(left[0]) ? (subjectBefore(ctx, p.start, ORG, false) ?? ctx.topic) : named;
      emitRole(emit, p, company, 'former', 0.7);
    }
  }
};

/** People listed together share what the text says of the list: 创始人陈维良、彭莉和杨建此前均在AMD工作. */
const shared =
  (rule: Rule): Rule =>
  (ctx, emit) => {
    const found: Found[] = [];
    rule(ctx, (f) => {
      found.push(f);
      emit(f);
    });
    const people = ofType(ctx.mentions, ['Person'], ctx.lex);
    for (const f of found) {
      for (const other of coordinated(people, f.s, ctx.simp, ['Person']))
        if (other.id !== f.s.id) emit({ ...f, s: other, confidence: Math.min(f.confidence, 0.7) });
    }
  };

// "Arm, whose chief executive is Rene Haas": the company before, the person after.
const WHOSE_TITLE_IS = new RegExp(`^,?\\s+whose\\s+(${EN_TITLE})\\s+(?:is|was|,)\\s+$`, 'i');
// 黄仁勋（英伟达CEO）: the company and title in brackets after the name.
const BRACKET_OPENS = /^\s*[（(]\s*$/;
const BRACKETED_ROLE = new RegExp(`^\\s*(${ZH_TITLE}|${EN_TITLE})\\s*[）)]`, 'i');
// "The head of Samsung's foundry business, Han Jin-man,": the post before the name, in apposition.
const HEAD_OF = /\b(?:head|chief|president|boss|leader)\s+of\s+(?:the\s+)?$/i;
const UNIT_THEN_NAME = /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:business|unit|division|arm|group|operations?)\s*,\s+$/;

/** Posts named around a company rather than before the person: whose title is, bracketed roles, the head of X's unit. */
const postsAround: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const p of ofType(ctx.mentions, ['Person'], ctx.lex)) {
    const before = orgs.filter((o) => o.end <= p.start && p.start - o.end <= 60).pop();
    const whose = before && WHOSE_TITLE_IS.exec(simp.slice(before.end, p.start));
    if (whose) emitRole(emit, p, before, whose[1], 0.8);
    const inside = orgs.find((o) => o.start > p.end && o.start <= p.end + 3 && BRACKET_OPENS.test(simp.slice(p.end, o.start)));
    const role = inside && BRACKETED_ROLE.exec(simp.slice(inside.end, inside.end + 16));
    if (role) emitRole(emit, p, inside, role[1], 0.8);
    const unit =
      before &&
      UNIT_THEN_NAME.test(simp.slice(before.end, p.start)) &&
      HEAD_OF.test(simp.slice(Math.max(0, before.start - 24), before.start));
    if (unit) emitRole(emit, p, before, undefined, 0.75);
  }
};

// A career told clause by clause after the person opens the sentence: 魏哲家…，早年任职德州仪器，其后在新加坡特许半导体担任资深副总裁.
const SERVED_AT_BEFORE = /(?:任职|供职|效力|服务)(?:于)?\s*$/;
const IN_AT_BEFORE = /在\s*$/;
const POST_AFTER = /^\s*(?:担任|出任|任职|工作|任|服务|效力)/;

/**
 * Posts in the clauses of a Chinese sentence about a person: 早年任职X, 在X担任Y, 曾在A和B任职. The person is the one named in
 * the clause before the employer, else the one who opens the sentence (a name or 他/她), whose clauses follow one another.
 */
const careerClauses: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (!isChinese(simp)) return;
  const people = ofType(ctx.mentions, ['Person'], ctx.lex);
  const firstEnd = clauseAt(simp, 0)[1];
  const opener = people.find((p) => p.end <= firstEnd && /^[\s“"「]*$/.test(simp.slice(0, p.start)));
  const done = new Set<string>();
  for (const o of ofType(ctx.mentions, ORG, ctx.lex)) {
    if (o.anaphor || done.has(o.id)) continue;
    const [cs] = clauseAt(simp, o.start);
    // (A place may stand before the employer: 在新加坡特许半导体.)
    const place = ctx.mentions.find((x) => x.type === 'Place' && x.end === o.start);
    const lead = simp.slice(cs, (place ?? o).start);
    // (The cheap test first: most names stand after neither cue.)
    if (!SERVED_AT_BEFORE.test(lead) && !IN_AT_BEFORE.test(lead)) continue;
    const list = orgList(ctx, o);
    const last = list.reduce((a, b) => (b.end > a.end ? b : a), o);
    const served = SERVED_AT_BEFORE.test(lead) || (IN_AT_BEFORE.test(lead) && POST_AFTER.test(simp.slice(last.end, last.end + 4)));
    if (!served || negatedAt(ctx, o.start, cs)) continue;
    const person = people.filter((p) => p.start >= cs && p.end <= o.start).pop() ?? (cs > 0 ? opener : undefined);
    if (!person) continue;
    for (const x of list) {
      done.add(x.id);
      emitRole(emit, person, x, undefined, 0.7);
    }
  }
};

export const PEOPLE_RULES: Rule[] = [shared(worksFor), shared(postsAndMoves), postsAround, careerClauses];
