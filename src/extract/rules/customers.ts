import {
  beforePlacePossessive,
  GOODS_AFTER_NAME,
  CHIP_OR_PRODUCT,
  clauseAt,
  clauseSubject,
  coordinated,
  describedListAfter,
  inRelative,
  modifies,
  isReporter,
  ofType,
  ORG,
  orgList,
  roleLists,
  subjectBefore,
  withoutChineseNames,
} from '../context';
import { orgRef, type Mention } from '../matcher';
import { emitSupply, GOODS } from './supply';
import { cue, negatedAt, type Rule, type Terms } from './terms';
import { allMatches } from '../regex';
import { hasChinese } from '../lang';

/**
 * SUPPLIES stated by naming customers or suppliers as such (客户包括, customers of, 供应商, among its
 * customers), by goods deployed at a customer (在…部署) and by capacity obtained through a provider.
 */

// A lower-case verb right before a name makes the name its object ("overtook Samsung", "helps Google"); not a verb of
// saying or a conjunction, after which the name opens a clause of its own.
const OBJECT_VERB_BEFORE =
  /\b(?!(?:said|says|say|told|tells|announced|added|noted|reported|because|since|while|as|that|and|but|when|after|before|if|although|though|where|whereas|so|then)\s)[a-z]{3,}\s+(?:the\s+|its\s+|rival\s+|larger\s+)?$/;
// Customers named as such: 客户包括A、B / customers include A / A、B…都是其客户 / A is among the largest customers of B.
const CUSTOMERS_INCLUDE: Terms = {
  // (台积电的前三大客户为A、B与C.)
  zh: [
    '客户(?:名单|群)?(?:还|也|亦|则)?(?:包括|包含|涵盖|有|如)',
    // (在纬创的客户中，以微软、Meta…拉货最积极: the customers named after 中.)
    '的客户(?:群|名单)?(?:之)?中[，,]?\\s*(?:以|包括|有)?',
    '(?:主要|最大|重要)(?:的)?(?:外部)?客户',
    '前[一二三四五六七八九十两\\d]+大客户(?:为|是|分别为|依序为|依次为|包括|有)?',
  ],
  // ("Its client list includes A", "customers range from A to B".)
  en: [
    '(?:customers|clients|buyers|(?:customer|client)\\s+(?:list|base|roster))(?:\\s+(?:now|also))?,?\\s+(?:which\\s+|who\\s+)?(?:include|includes|including|such as|like|naming|range\\s+from|ranging\\s+from)',
  ],
};
// SK海力士引入韩华Semitech作为新供应商, "brought in Hanwha Semitech as a second supplier": the one taken on supplies the subject.
const TAKEN_AS_SUPPLIER =
  /(?:引入|引进|选择|选定|选用|指定|找来|纳入|增加)([^，,。；]{1,24}?)(?:作为|为|担任|成为)(?:其|新的?|第二|第三|另一|主要|备用)?[^，,。；的]{0,6}?(?:供应商|供货商|代工厂|代工伙伴)|\b(?:brought\s+in|brings\s+in|added|adds|picked|picks|chose|chooses|selected|selects|tapped|taps|qualified|qualifies|named|names)\s+([^.;]{2,60}?)\s+as\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:supplier|vendor|source|foundry|provider)\b/gi;
// "a review of its ties to G42, the Abu Dhabi group that … was by far its largest customer": an appositive naming whose customer it is.
const ITS_CUSTOMER_APPOSITIVE =
  /^,\s+(?:the|an?)\s+[^,.;]{0,80}?\b(?:is|was|and|remains|became)\s+(?:by\s+far\s+|also\s+)?its\s+(?:(?:largest|biggest|main|top|key|major|single\s+largest|first)\s+)?(?:customer|client|buyer)\b/;
// "counts Oracle and Cohere among its customers": the listed names before "among/as".
// (A headline: "Samsung wins Preferred Networks as 2nm AI chip customer".)
const COUNTS_AMONG =
  /\b(?:counts?|counted|names?|named|lists?|listed|signed\s+up|signs\s+up|landed|lands|won|wins|secured|secures|added|adds)\s+$/i;
const AMONG_CUSTOMERS =
  /^\s+(?:(?:among|as)\s+(?:its|their|the\s+company['’]s|a|an|the)\s+(?:\w+\s+)?|as\s+(?:(?:its|their|a|an|the)\s+)?(?:(?!(?:for|to|of|with|by)\b)[\w-]+\s+){1,4}?)(?:customers?|clients?|buyers?)\b(?!\s+of\s+(?!its\b|their\b))/i;
// 英特尔晶圆代工目前最大的外部客户是微软 / Acme's biggest customer is Meta.
const BIGGEST_CUSTOMER =
  /^(?:目前|现在)?的?(?:最大|主要|第一大|重要)的?(?:外部|海外)?(?:客户|买家)(?:是|为|包括)|^(?:['’]s)?\s+(?:biggest|largest|main|top)\s+(?:customer|client|buyer)s?\s+(?:is|are|was|has\s+been|have\s+been|include)\s+/;
// 燧原的推理卡已在腾讯云部署: the goods of one, deployed at another.
const DEPLOYED_AT = /在([^，,。]{1,16}?)(?:大规模|批量|全面)?(?:部署|上线|投入使用|落地|商用)/g;
// ATOM已部署在KT的云数据中心: deployed in a customer's data centres.
const DEPLOYED_IN = /(?:部署|应用|投入使用)(?:在|于)([^，,。的]{1,16}?)的(?:云|AI)?(?:数据中心|资料中心|机房|服务器|集群|云端|云平台)/g;
// "Perplexity will be among the first customers": a customer of the company the story is about.
const AMONG_FIRST =
  /^\s+(?:is|are|was|were|will\s+be|would\s+be|has\s+become|became|(?:has\s+|have\s+)?(?:signed|signs|signing)\s+(?:on|up)\s+as|(?:has\s+)?(?:joined|joins)\s+as)\s+(?:among\s+|one\s+of\s+)?(?:the|its)\s+(?:first|earliest|launch|anchor|initial|biggest|largest)\s+(?:\w+\s+)?(?:customers|clients|buyers)\b/i;
// "Tencent and Alibaba were among the Chinese groups placing large orders": buyers of what the story's company sells.
const AMONG_BUYING =
  /^\s+(?:is|are|was|were)\s+(?:all\s+|both\s+|also\s+)*among\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:companies|groups|firms|organi[sz]ations|players|hyperscalers|labs|buyers)\s+(?:that\s+|which\s+|who\s+)?(?:(?:plac(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?orders|order(?:s|ed|ing)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|snap(?:s|ped|ping)?\s+up)\b/i;
// 透过微软Azure取得算力, via Oracle's cloud: capacity obtained through a provider.
const THROUGH = /(?:通过|透过|借助)([^，,。]{1,14}?)(?:取得|获得|获取|租用|使用)[^，,。]{0,6}?(?:算力|计算资源|云服务|GPU|芯片)/g;
// 联发科是小米的主要芯片供应商 / Acme is the main supplier of Y: the subject supplies the other.
// (Also in apposition: "SK hynix, a memory maker and the main supplier of HBM for Nvidia's GPUs,".)
const SUPPLIER_OF =
  /(?:是|成为|(?<![认以作因称视])为)(?!继)([^，,。；]{1,24}?)的?[^，,。的]{0,10}?(?:供应商|供货商|代工厂|组装商|组装厂)|\b(?:is|was|became|becomes|remains|will\s+be|would\s+be|to\s+be|has\s+become|has\s+been|named)\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:supplier|provider|vendor)\s+(?:of\s+(?:[\w-]+\s+){1,3}?(?:for|to)|of|to|for)\s+|,\s+(?:[^,;]{1,60}?\s+and\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:supplier|provider|vendor)\s+(?:of\s+(?:[\w-]+\s+){1,3}?(?:for|to)|to)\s+/gi;
// "Tesla has been one of Nvidia's largest customers": the possessor supplies the subject.
const ONE_OF_CUSTOMERS =
  /^['’]s\s+(?:(?:largest|biggest|major|key|top|main|anchor|first|early|earliest|most\s+important)\s+)?(?:\w+\s+)?(?:customers|clients|buyers)\b/i;
const ONE_OF_BEFORE =
  /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|becomes|remains?|will\s+be|(?:all\s+|both\s+)?rank(?:s|ed)?|count(?:s|ed)?)\s+(?:one\s+of|among)\s+$/i;
// (博通与超微分居台积电第二、第三大客户: a rank among the customers.)
const CUSTOMER_OF =
  /(?:是|成为|(?<![认以作因称视])为|分居|分列|位居|位列)([^，,。；]{0,24}?)(?:的[^，,。的]{0,6}?)?(?:客户|买家|买主|用户|采购者|采购方)|\b(?:(?:one|among)\s+of\s+)?(?:the\s+)?(?:(?:largest|biggest|major|key|top|main|anchor)\s+)?(?:customers?|clients?|buyers?)\s+(?:of|for)\s+/gi;

// 新华三、中兴通讯等中国移动一线服务器供应商 / 苹果供应商鸿海: suppliers named with the one they supply.
const SUPPLIERS_OF_NAMED = /^的?[\u4e00-\u9fff]{0,6}?(?:供应商|供货商)/;
const DELIVERED_THROUGH = /(?:通过|透过|经由)\s*/g;
const customersInclude = cue(CUSTOMERS_INCLUDE);
// "G42 accounted for 87% of its revenue", 微软贡献了英伟达19%的营收, 来自X的收入占比: a customer's share of a supplier's sales.
const SHARE_OF_REVENUE =
  /\b(?:(?:accounted|accounts|accounting)\s+for|(?:is|was|were|are|has\s+been|have\s+been)\s+responsible\s+for|generated|generates|made\s+up|makes\s+up|contributed|contributes)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?[\d.]+%\s+of\s+((?:its|their|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?['’]s?)\s+(?:(?:FY)?\d{4}\s+|(?:first|second|third|fourth)[-\s]quarter\s+|fiscal\s+(?:\d{4}\s+)?)?(?:total\s+|annual\s+|quarterly\s+)?(?:revenue|sales))|贡献了?(?:其|([^，,。]{1,12}?))[\d.]+%的(?:营收|收入|销售额)/g;

// "Microsoft is Nvidia's largest customer", "Microsoft, Nvidia's biggest customer,": the possessor supplies.
// ("Broadcom and AMD are TSMC's second- and third-largest customers": each of the list.)
const POSSESSOR_CUSTOMER =
  /^(?:\s+(?:is|are|was|were|remains?|became|has\s+become|have\s+become|will\s+be)\s+|,\s+)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s?\s+(?:(?:(?:second|third|fourth|fifth|No\.\s?\d)[-\s]+(?:and\s+(?:second|third|fourth|fifth|No\.\s?\d)[-\s]+)?)?(?:largest|biggest|major|key|top|main|anchor|first|most\s+important|single\s+largest)\s+)?(?:\w+\s+)?(?:customer|client|buyer)s?\b/;
// "Samsung, the largest memory maker, is Nvidia's main HBM supplier": the subject supplies the possessor; "SK hynix,
// Nvidia's main HBM supplier, …", "SK hynix, the group's memory maker and Nvidia's main supplier of HBM,": in apposition, the
// name before it does.
const POSSESSOR_SUPPLIER =
  /(?:\b(?:is|are|was|were|remains?|became|has\s+become|have\s+become|will\s+be)\s+|(,)\s+(?:(?:the|a|an)\s+[^,;.]{1,40}?\s+and\s+)?)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s?\s+(?:(?:largest|biggest|major|key|top|main|sole|only|primary|first|second|exclusive|preferred)\s+)?(?:[\w-]+\s+){0,2}?(?:supplier|provider|vendor|foundry|foundries|contract\s+manufacturer|assembler)s?\b/g;
// "with Meta as its first customer": the one named before "as its … customer" buys from the subject.
const WITH_AS_CUSTOMER = /\bwith\s+$/;
// ("with vivo lined up as an early customer", "with Meta as lead customer")
const AS_ITS_CUSTOMER =
  /^\s+(?:(?:lined\s+up|signed\s+(?:up|on)|confirmed|named)\s+)?as\s+(?:(?:its|their|the|an?)\s+)?(?:(?:first|early|anchor|launch|lead|initial|biggest|largest|main)\s+)?(?:customer|client|buyer)\b/;

// "Nvidia, which is both its chip supplier and a shareholder": the one named supplies the one "its" stands for.
const ITS_SUPPLIER =
  /^,?\s+(?:which|who)\s+(?:is|was|has\s+been|remains)\s+(?:both\s+|also\s+|now\s+)?(?:its|their)\s+(?:(?:main|key|primary|biggest|largest|sole|only)\s+)?(?:[\w-]+\s+){0,2}?(?:supplier|provider|vendor)\b/;
// "agreed to rent Microsoft a large block of GPU computing capacity": the one the goods go to, right after the verb.
const RENT_TO =
  /\b(?:rent|rents|rented|renting|lease|leases|leased|leasing|sell|sells|selling|sold|provide|provides|providing|provided)\s+$/i;
const RENTED_GOODS =
  /^\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w$.,-]+\s+){0,6}?(?:capacity|compute|computing\s+power|GPUs|chips|servers|infrastructure)\b/i;

const PROVIDERS_CAPACITY =
  /^\s?(?:(?:cloud|GPU|AI|computing|compute|data-?cent(?:er|re))\s+)?(?:capacity|compute|computing\s+(?:power|capacity)|infrastructure)\b/i;
const TURNS_TO = /\b(?:turns?|turned|turning)\s+to\s+$/i;
// (For goods: not "turned to Microsoft for advice".)
const TURNED_TO_FOR_GOODS =
  /^\s+for\s+(?:(?:its|the|a|an|their)\s+)?(?:[\w$.,-]+\s+){0,3}?(?:chips?|accelerators?|kits?|modules?|processors?|GPUs?|servers?|capacity|compute|memory|HBM\w*|silicon|hardware|components?|wafers?|packaging)\b/i;
// "agreed to lease 72.5 MW to Core42", "rents GPU capacity to Meta": capacity let to the one after "to".
const LEASED_TO =
  /\b(?:lease|leases|leased|leasing|rent|rents|rented|renting)\s+(?:[\w$.,-]+\s+){0,6}?(?:MW|megawatts?|GW|gigawatts?|capacity|compute|GPUs|servers|space)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:through\s+[^,;.]{1,30}?\s+)?to\s+(?:(?:(?:outside|other|external|third-party|AI|smaller)\s+)?(?:developers|customers|companies|clients|firms|start-?ups|labs)\s*,?\s+(?:including|such\s+as|like)\s+)?$/i;
// ("rents TPU capacity through Google Cloud to outside developers, including Apple": a provider's cloud on the way.)
// "Broadcom's three existing customers for the chips it calls XPUs are Google, Meta and ByteDance": each one listed.
const CUSTOMERS_ARE =
  /\b([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:customers|clients|buyers)\b(?:\s+(?:for|of)\s+[^.;]{1,60}?)?\s+(?:are|were|include|included|includes)\s+/g;
// 作为英伟达的核心供应商之一，工业富联…: the one introduced as a supplier, after the clause.
const AS_SUPPLIER_OF = /作为([^，,。；]{1,16}?)的[^，,。；的]{0,6}?(?:供应商|供货商|代工厂|代工伙伴)(?:之一)?[，,]/g;
// 昆仑芯在中国移动的…集中采购中拿下十亿元级订单: an order won in a customer's procurement.
const WON_IN_PROCUREMENT =
  /在([^，,。；]{1,24}?)的[^，,。；]{0,24}?(?:集中采购|集采|采购|招标)(?:项目)?中(?:拿下|斩获|获得|夺得|中标|胜出|入围)/g;

const WON_PROCUREMENT_OF =
  /(?:中标|拿下|斩获|赢得|夺得|入围)(?:了)?([^，,。；的]{1,24}?)的[^，,。；]{0,24}?(?:集中采购|集采|采购|招标)(?:项目)?/g;
// "Cerebras signed a multi-year agreement with OpenAI, worth more than $10 billion, to provide 750 megawatts of
// computing capacity": a deal with the other party to provide goods or capacity.
const DEAL_TO_PROVIDE =
  /\b(?:signed|inked|struck|reached|won|landed)\s+(?:a|an)\s+[^.;]{0,40}?(?:agreement|deal|contract|pact)\s+with\s+([^.;]{1,40}?)(?:,[^.;]{0,60},)?\s+to\s+(?:provide|supply|deliver|sell)\b/g;

const SPENT_ON = /\b(?:spend|spends|spent|spending)\b[^.;]{0,90}?\bon\s+$/i;
const SPENT_GOODS =
  /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:chips?|GPUs?|processors?|accelerators?|servers?|capacity|compute|cloud(?:\s+services)?|hardware|systems|memory)\b/i;

// "Baidu has long been a major Nvidia client": the supplier named as the noun's modifier, the subject its customer.
const MODIFIER_OF_CUSTOMER_BEFORE =
  /\b(?:an?|one\s+of\s+(?:the\s+)?|among\s+(?:the\s+)?)\s*(?:(?:major|key|big|biggest|large|largest|early|longtime|long-time|important|top|loyal|significant|anchor|first|marquee)\s+){0,2}$/i;
const CUSTOMER_NOUN_AFTER = /^\s+(?:customer|client)s?\b/i;

// 英伟达、AMD和苹果等美国大客户不受影响: a list of customers, of the story's company unless the sentence names whose first.
const LISTED_AS_CUSTOMERS = /等[^，,。；、的]{0,4}?(?:大|主要|重要|核心|关键)?(?:客户|买家)(?!群)/g;

const namedCustomers: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(LISTED_AS_CUSTOMERS, simp)) {
    const last = orgs.filter((x) => x.end <= m.index && /^\s*(?:[（(][^）)]{1,16}[）)])?\s*$/.test(simp.slice(x.end, m.index))).pop();
    if (!last || last.anaphor) continue;
    const listed = coordinated(ctx.mentions, last, simp, ORG);
    const [cs] = clauseAt(simp, listed[0]!.start);
    const owner = orgs
      .filter((x) => x.start >= cs && x.end <= listed[0]!.start && /^\s*的\s*$/.test(simp.slice(x.end, listed[0]!.start)))
      .pop();
    // (Only a list that opens its clause, or follows its owner: 向A、B等客户供货 is another rule's.)
    if (!owner && !/^[\s，,“"「]*(?:而|但|则|且|至于)?$/.test(simp.slice(cs, listed[0]!.start))) continue;
    // (对台积电而言，…，英伟达、苹果等大客户都…: the company an earlier clause is about; else the story's.)
    const earlier = orgs.find((x) => x.end <= cs && !x.anaphor);
    const supplier = owner ?? earlier ?? ctx.story;
    if (supplier && !listed.some((c) => c.id === supplier.id) && !negatedAt(ctx, m.index, cs))
      for (const c of listed) emitSupply(ctx, emit, [supplier], c, 0.65);
  }
  for (const sup of orgs) {
    if (sup.anaphor || !CUSTOMER_NOUN_AFTER.test(simp.slice(sup.end, sup.end + 12))) continue;
    if (!MODIFIER_OF_CUSTOMER_BEFORE.test(simp.slice(Math.max(0, sup.start - 40), sup.start))) continue;
    const customer = subjectBefore(ctx, sup.start, ORG, false);
    if (customer && customer.id !== sup.id && !negatedAt(ctx, sup.start, clauseAt(simp, sup.start)[0]))
      emitSupply(ctx, emit, [sup], customer, 0.7);
  }
  for (const sup of orgs) {
    const m = ITS_SUPPLIER.exec(simp.slice(sup.end, sup.end + 80));
    if (!m || sup.anaphor || negatedAt(ctx, sup.end + 1, sup.start)) continue;
    // ("its" read as the supplier itself points back to the company before it, or the story's.)
    const its = orgs.find((x) => x.anaphor && x.start > sup.end && x.end <= sup.end + m[0].length && x.id !== sup.id);
    const customer = its ?? orgs.find((x) => x.end <= sup.start && !x.anaphor) ?? ctx.topic;
    if (customer && customer.id !== sup.id) emitSupply(ctx, emit, [sup], customer, 0.7);
  }
  for (const c of orgs) {
    const verb = RENT_TO.exec(simp.slice(Math.max(0, c.start - 12), c.start));
    if (!verb || !RENTED_GOODS.test(simp.slice(c.end, c.end + 80))) continue;
    const at = c.start - verb[0].length;
    // ("agreed to rent AWS capacity": capacity named by its provider is the provider's, rented by the subject; "will provide
    // Microsoft computing capacity" is still the one provided.)
    if (/^(?:rent|leas)/i.test(verb[0]) && PROVIDERS_CAPACITY.test(simp.slice(c.end, c.end + 24))) {
      const renter = subjectBefore(ctx, at, ORG, false);
      if (renter && renter.id !== c.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [c], renter, 0.7);
      continue;
    }
    // ("rents Nvidia GPUs by the hour": the maker of the goods rented out is no customer.)
    if (GOODS_AFTER_NAME.test(simp.slice(c.end, c.end + 14))) continue;
    const supplier = subjectBefore(ctx, at, ORG, false);
    if (supplier && supplier.id !== c.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [supplier], c, 0.7);
  }
  // "Raspberry Pi turns to Israel's Hailo for its AI kit": the one turned to for goods supplies the subject.
  for (const c of orgs) {
    const at = beforePlacePossessive(ctx, c.start);
    const turns = TURNS_TO.exec(simp.slice(Math.max(0, at - 30), at));
    if (!turns || c.anaphor || !TURNED_TO_FOR_GOODS.test(simp.slice(c.end, c.end + 60))) continue;
    const customer = subjectBefore(ctx, at - turns[0].length, ORG, false);
    if (customer && customer.id !== c.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [c], customer, 0.7);
  }
  for (const c of orgs) {
    if (c.anaphor) continue;
    const before = simp.slice(Math.max(0, c.start - 100), c.start);
    const leased = LEASED_TO.exec(before);
    if (!leased) continue;
    const at = c.start - before.length + leased.index;
    if (negatedAt(ctx, at, clauseAt(simp, at)[0])) continue;
    // "agreed to lease 72.5 MW to Core42": the subject supplies the one after "to". (Not "a deal with X for GPU
    // capacity": who sells to whom, the words do not say.)
    const subject = subjectBefore(ctx, at, ORG, false);
    if (subject && subject.id !== c.id) emitSupply(ctx, emit, [subject], c, 0.7);
  }
  for (const c of orgs) {
    const m = POSSESSOR_CUSTOMER.exec(simp.slice(c.end, c.end + 80));
    if (!m || c.anaphor) continue;
    const at = c.end + m[0].indexOf(m[1]!);
    const supplier = orgs.find((x) => x.start === at);
    if (supplier && supplier.id !== c.id && !negatedAt(ctx, c.end + 1, c.start)) emitSupply(ctx, emit, [supplier], c, 0.75, true);
  }
  for (const c of orgs) {
    if (!WITH_AS_CUSTOMER.test(simp.slice(Math.max(0, c.start - 6), c.start)) || !AS_ITS_CUSTOMER.test(simp.slice(c.end, c.end + 50)))
      continue;
    const supplier = subjectBefore(ctx, c.start, ORG, false);
    if (supplier && supplier.id !== c.id) emitSupply(ctx, emit, [supplier], c, 0.7);
  }
  for (const m of allMatches(POSSESSOR_SUPPLIER, simp)) {
    const appositive = m[1] === ',';
    const customer = orgs.find((x) => x.start === m.index + m[0].indexOf(m[2]!, appositive ? 1 : m[0].search(/\s/)));
    // (In apposition, the phrase ends there: "SK hynix, Nvidia's main supplier, said…".)
    // (…or with what it supplies: "SK hynix, Nvidia's main supplier of high-bandwidth memory (HBM), also…".)
    if (appositive && !/^(?:\s+of\s+[^,;.]{1,40}?)?\s*[,;.]/.test(simp.slice(m.index + m[0].length))) continue;
    const supplier = appositive ? orgs.find((x) => x.end === m.index && !x.anaphor) : subjectBefore(ctx, m.index, ORG, false);
    if (customer && supplier && customer.id !== supplier.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      emitSupply(ctx, emit, appositive ? [supplier] : orgList(ctx, supplier), customer, 0.75);
  }
  for (const m of allMatches(CUSTOMERS_ARE, simp)) {
    const supplier = orgs.find((x) => x.start === m.index + m[0].indexOf(m[1]!) && !x.anaphor);
    if (!supplier || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const c of describedListAfter(ctx, m.index + m[0].length, ORG))
      if (c.id !== supplier.id) emitSupply(ctx, emit, [supplier], c, 0.75);
  }
  for (const m of allMatches(AS_SUPPLIER_OF, simp)) {
    const customer = orgs.find((x) => x.start > m.index && x.end <= m.index + 2 + m[1]!.length);
    const supplier = orgs.find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 2);
    if (customer && supplier && customer.id !== supplier.id) emitSupply(ctx, emit, [supplier], customer, 0.75);
  }
  // 昆仑芯中标了中国移动的AI设备集中采购项目: the one whose procurement was won buys from the winner.
  for (const m of allMatches(WON_PROCUREMENT_OF, simp)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const customer = orgs.find((x) => x.start >= at && x.end <= at + m[1]!.length);
    const supplier = subjectBefore(ctx, m.index, ORG, false);
    if (customer && supplier && customer.id !== supplier.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      emitSupply(ctx, emit, [supplier], customer, 0.7);
  }
  for (const m of allMatches(WON_IN_PROCUREMENT, simp)) {
    const customer = orgs.find((x) => x.start > m.index && x.end <= m.index + 1 + m[1]!.length);
    const supplier = subjectBefore(ctx, m.index, ORG, false);
    if (customer && supplier && customer.id !== supplier.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      emitSupply(ctx, emit, [supplier], customer, 0.7);
  }
  // "Meta spent $10 billion on Nvidia chips", "agreed to spend billions of dollars over several years on CoreWeave capacity":
  // the one whose goods the money is spent on supplies the spender.
  for (const c of orgs) {
    const spent = c.anaphor ? null : SPENT_ON.exec(simp.slice(Math.max(0, c.start - 120), c.start));
    if (!spent || !SPENT_GOODS.test(simp.slice(c.end, c.end + 40))) continue;
    const at = c.start - spent[0].length;
    const buyer = subjectBefore(ctx, at, ORG, false);
    if (buyer && buyer.id !== c.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [c], buyer, 0.7);
  }
  for (const m of allMatches(DEAL_TO_PROVIDE, simp)) {
    const customer = orgs.find((x) => x.start === m.index + m[0].indexOf(m[1]!, m[0].indexOf(' with ')) && !x.anaphor);
    const supplier = subjectBefore(ctx, m.index, ORG, false);
    if (customer && supplier && customer.id !== supplier.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      emitSupply(ctx, emit, [supplier], customer, 0.7);
  }
  for (const m of allMatches(SHARE_OF_REVENUE, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const customer = subjectBefore(ctx, m.index, ORG);
    // The supplier: the possessor named in the match, else the one "its" stands for (the sentence's other company).
    const named = orgs.find((x) => x.start >= m.index && x.end <= m.index + m[0].length);
    // ("G42, a group backed by Mubadala, accounted for 87% of its revenue": not a name inside the customer's appositive.)
    const other = orgs.find((x) => x.id !== customer?.id && x.end <= (customer?.start ?? m.index)) ?? ctx.topic;
    const supplier = named ?? other;
    if (customer && supplier && customer.id !== supplier.id && !negatedAt(ctx, m.index, cs))
      emitSupply(ctx, emit, [supplier], customer, 0.7);
  }
  for (const m of allMatches(TAKEN_AS_SUPPLIER, simp)) {
    const taken = (m[1] ?? m[2])!;
    const from = m.index + m[0].indexOf(taken);
    const first = orgs.find((x) => x.start >= from && x.start <= from + 4);
    const customer = subjectBefore(ctx, m.index, ORG, false);
    if (first && customer && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      for (const sup of orgList(ctx, first)) if (sup.end <= from + taken.length) emitSupply(ctx, emit, [sup], customer, 0.7);
  }
  for (const c of orgs) {
    if (c.anaphor || !ITS_CUSTOMER_APPOSITIVE.test(simp.slice(c.end, c.end + 160))) continue;
    const supplier = orgs.filter((x) => x.end <= c.start && x.id !== c.id && !x.anaphor)[0] ?? ctx.topic;
    if (supplier && supplier.id !== c.id && !negatedAt(ctx, c.end, c.start)) emitSupply(ctx, emit, [supplier], c, 0.7);
  }
  for (const m of allMatches(customersInclude, simp)) {
    const end = m.index + m[0].length;
    // (…or after words that say what it is, or a name the story does not know: "includes the AI code editor
    // Cursor, search startup Perplexity".)
    const first = orgs.find(
      (x) =>
        x.start >= end &&
        // (腾讯是燧原最主要的客户之一，燧原的…: the next clause's subject is no customer listed.)
        !/^之一|^\s*[，,；;]/.test(simp.slice(end, x.start)) &&
        (x.start <= end + 4 || /^\s+(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){1,6}$/.test(simp.slice(end, x.start))),
    );
    // (回顾耐能早年发展，公司由一群离开高通的工程师组成，早期客户包括A、B: with no owner right before the noun, the
    // sentence's first company, not a name inside a description of its people.)
    const possessor = orgs.find(
      (x) => x.end <= m.index && /^(?:的|['’]s?)?\s*(?:[\u4e00-\u9fff]{0,4}|\w+\s+)?$/.test(simp.slice(x.end, m.index)),
    );
    // (…nor a possessor of something else: 在辉达的挑战者超微方面，…客户包括.)
    const opening = orgs.find(
      (x) => x.end <= m.index && !x.anaphor && !isReporter(x, simp) && !/^\s*(?:的|['’])/.test(simp.slice(x.end, x.end + 2)),
    );
    // ("Intel has fallen behind TSMC, its main rival, which makes chips for customers including Nvidia": in English the
    // clause's subject, a relative's antecedent, before the sentence's first company; but not the object of an earlier
    // verb of that subject: "TSMC overtook Samsung and makes chips for customers including Nvidia" is TSMC's.)
    const named = hasChinese(simp.slice(0, m.index)) ? undefined : subjectBefore(ctx, m.index, ORG, false);
    const [ncs] = named ? clauseAt(simp, named.start) : [0];
    const objectOf =
      named &&
      OBJECT_VERB_BEFORE.test(simp.slice(Math.max(ncs, named.start - 24), named.start)) &&
      !/,\s*(?:which|who|that)\s/.test(simp.slice(named.end, m.index))
        ? orgs.find(
            (x) =>
              x.start >= ncs &&
              x.end < named.start &&
              !x.anaphor &&
              !isReporter(x, simp) &&
              !/^\s*(?:['’]|的)/.test(simp.slice(x.end, x.end + 2)),
          )
        : undefined;
    const supplier = possessor ?? (hasChinese(simp.slice(0, m.index)) ? opening : undefined) ?? objectOf ?? named ?? opening ?? ctx.topic;
    if (first && supplier) emitSupply(ctx, emit, [supplier], first, 0.75, true);
    // ("range from Qualcomm to Texas Instruments": the other end of the range too.)
    const to = first && /from$/.test(m[0]) ? orgs.find((x) => /^\s+to\s+$/.test(simp.slice(first.end, x.start))) : undefined;
    if (to && supplier) emitSupply(ctx, emit, [supplier], to, 0.75);
  }
  for (const first of orgs) {
    if (!COUNTS_AMONG.test(simp.slice(Math.max(0, first.start - 12), first.start))) continue;
    const g = orgList(ctx, first);
    if (!AMONG_CUSTOMERS.test(simp.slice(g[g.length - 1]!.end))) continue;
    emitSupply(
      ctx,
      emit,
      [subjectBefore(ctx, first.start, ORG, false) ?? ctx.topic].filter((x): x is Mention => !!x),
      first,
      0.75,
    );
  }
  for (const s of orgs) {
    const m = BIGGEST_CUSTOMER.exec(simp.slice(s.end, s.end + 24));
    const customer = m ? orgs.find((x) => x.start >= s.end + m[0].length && x.start <= s.end + m[0].length + 2) : undefined;
    if (customer && !negatedAt(ctx, s.end, s.start)) emitSupply(ctx, emit, [s], customer, 0.75, true);
  }
  for (const sup of orgs) {
    if (
      !ONE_OF_BEFORE.test(simp.slice(Math.max(0, sup.start - 30), sup.start)) ||
      !ONE_OF_CUSTOMERS.test(simp.slice(sup.end, sup.end + 50))
    )
      continue;
    const at = sup.start - ONE_OF_BEFORE.exec(simp.slice(Math.max(0, sup.start - 30), sup.start))![0].length;
    if (!negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [sup], subjectBefore(ctx, at, ORG, false) ?? ctx.topic, 0.75);
  }
  for (const c of orgs) {
    const buying = !c.anaphor && AMONG_BUYING.exec(simp.slice(c.end, c.end + 160));
    // ("…placing orders for its chips": "its" is the story's company too, outside the list.)
    const seller = buying ? (ctx.story ?? ctx.main ?? ctx.topic) : undefined;
    if (seller && !negatedAt(ctx, c.end + 1, clauseAt(simp, c.start)[0]))
      for (const b of orgList(ctx, c)) if (b.id !== seller.id) emitSupply(ctx, emit, [seller], b, 0.65);
    const first = AMONG_FIRST.exec(simp.slice(c.end, c.end + 80));
    if (!first) continue;
    // "one of its first customers": "its" is the company named before in the sentence, else the topic.
    const its = /\bits\s/.test(first[0]) ? orgs.find((x) => x.end <= c.start && x.id !== c.id && !x.anaphor) : undefined;
    const supplier = its ?? orgs.find((x) => x.start > c.end && x.id !== c.id && !x.anaphor) ?? ctx.topic;
    if (supplier) emitSupply(ctx, emit, [supplier], c, 0.7);
  }
  for (const m of allMatches(THROUGH, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const provider = orgs.find((x) => x.start > m.index && x.end <= m.index + 2 + m[1]!.length);
    const user = clauseSubject(ctx, m.index, ORG);
    if (provider) emitSupply(ctx, emit, [provider], user, 0.7);
    const service = ofType(ctx.mentions, CHIP_OR_PRODUCT, ctx.lex).find((x) => x.start > m.index && x.end <= m.index + 2 + m[1]!.length);
    if (service && user && !negatedAt(ctx, m.index, cs)) emit({ type: 'USES', s: user, o: service, confidence: 0.7 });
  }
  for (const m of [...allMatches(DEPLOYED_AT, simp), ...allMatches(DEPLOYED_IN, simp)]) {
    const [cs] = clauseAt(simp, m.index);
    const at = m.index + m[0].indexOf(m[1]!);
    const customer = orgs.find((x) => x.start >= at && x.end <= at + m[1]!.length);
    if (!customer || negatedAt(ctx, m.index, cs)) continue;
    const supplier = orgs.find((x) => x.start >= cs && x.end <= m.index && GOODS.test(simp.slice(x.end, m.index)));
    if (supplier) emitSupply(ctx, emit, [supplier], customer, 0.7);
    // 真武810已在阿里云部署: the customer uses the chip, and its maker supplies the customer.
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.start >= cs && x.end <= m.index);
    const maker = chip && ctx.makerOf(chip.id);
    if (chip && maker !== customer.id) {
      emit({ type: 'USES', s: customer, o: chip, confidence: 0.7 });
      const makerMention = maker
        ? (ctx.mentions.find((x) => x.id === maker) ?? (ctx.topic?.id === maker ? ctx.topic : undefined))
        : undefined;
      if (makerMention) emitSupply(ctx, emit, [makerMention], customer, 0.65);
    }
  }
  for (const customer of orgs) {
    const noun = SUPPLIERS_OF_NAMED.exec(simp.slice(customer.end));
    if (!noun || customer.anaphor || negatedAt(ctx, customer.start, clauseAt(simp, customer.start)[0])) continue;
    // (是苹果的供应商 is read above: the subject supplies.)
    if (/(?:是|为|成为)\s*$/.test(simp.slice(Math.max(0, customer.start - 3), customer.start))) continue;
    const end = customer.end + noun[0].length;
    // A、B等Y供应商: the list before 等; Y供应商X: the name right after.
    const listed = /等\s*$/.test(simp.slice(Math.max(0, customer.start - 2), customer.start))
      ? orgs
          .filter((x) => x.end <= customer.start - 1 && /^\s*(?:[（(][^）)]{1,20}[）)])?\s*等\s*$/.test(simp.slice(x.end, customer.start)))
          .pop()
      : orgs.find((x) => x.start === end);
    if (listed) emitSupply(ctx, emit, listed.start > customer.start ? [listed] : orgList(ctx, listed), customer, 0.7);
  }
  // 昆仑芯将通过新华三、中兴通讯等…交付芯片: the ones it delivers through are its customers.
  for (const m of allMatches(DELIVERED_THROUGH, simp)) {
    const first = orgs.find((x) => x.start === m.index + m[0].length);
    const rest = first && simp.slice(first.end);
    if (!first || !rest || !/^[^。；]{0,40}?(?:交付|供货|出货|销售|供应)/.test(rest) || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      continue;
    const supplier = subjectBefore(ctx, m.index, ORG, false);
    const through = coordinated(ctx.mentions, first, simp, ORG, true);
    if (supplier) for (const c of through) if (c.id !== supplier.id) emit({ type: 'SUPPLIES', s: supplier, o: c, confidence: 0.7 });
  }
  for (const m of allMatches(SUPPLIER_OF, withoutChineseNames(ctx))) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const customer =
      m[1] !== undefined
        ? orgs.find((x) => x.start > m.index && x.end <= m.index + m[0].length)
        : orgs.find((x) => x.start === m.index + m[0].length);
    const supplier = subjectBefore(ctx, m.index, ORG, false);
    if (customer && supplier) for (const s of orgList(ctx, supplier)) emitSupply(ctx, emit, [s], customer, 0.75);
  }
  for (const m of allMatches(CUSTOMER_OF, withoutChineseNames(ctx))) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const supplier =
      m[1] !== undefined
        ? orgs.filter((x) => x.start > m.index && x.end <= m.index + m[0].length).shift()
        : orgs.find((x) => x.start === m.index + m[0].length);
    const customers = orgs.filter((x) => x.start >= cs && x.end <= m.index);
    // (魏哲家表示，很荣幸AMD成为2纳米制程的主要客户: the speaker's company sells what the customer buys.)
    const said = /(?:表示|指出|认为|透露|强调|称|说)[，,：:]/.exec(simp.slice(0, m.index));
    const speaker = ctx.speaker ?? (said ? orgs.find((x) => x.end <= said.index) : undefined);
    const seller =
      supplier ??
      (m[1] !== undefined && /(?:制程|工艺|产能|芯片|晶片|服务|代工)/.test(m[1]) && speaker?.id !== customers[0]?.id ? speaker : undefined);
    // (在AMD方面，…Meta与微软都是主要采购者: the buyers of the company an earlier clause is about.)
    // (至于被视为辉达主要挑战者的超微，…Meta与微软都是主要买家: the head after a relative clause, not a name inside it.)
    const before = orgs.filter((x) => x.end <= cs && !customers.includes(x));
    // (微软向Lambda租算力，辉达也是大客户: "also a big customer" of the one an earlier clause buys from.)
    const boughtFrom = /也\s*$/.test(simp.slice(Math.max(0, m.index - 2), m.index))
      ? before.find(
          (x) =>
            /向\s*$/.test(simp.slice(Math.max(0, x.start - 2), x.start)) &&
            /^\s*(?:租|采购|购买|订购|购入|买)/.test(simp.slice(x.end, x.end + 3)),
        )
      : undefined;
    const about =
      m[1] !== undefined && !m[1].includes('的')
        ? (boughtFrom ?? before.find((x) => !inRelative(ctx, x) && !modifies(ctx, x, false)) ?? before[0])
        : undefined;
    // (字节跳动、阿里巴巴等都是H20的主要买家: the buyers of a chip buy from its maker.)
    // (英伟达正是CoWoS最大的买家: the buyers of a product use it, and buy it from its maker.)
    const chip =
      m[1] !== undefined
        ? ofType(ctx.mentions, ['Chip', 'Product'], ctx.lex).find((x) => x.start > m.index && x.end <= m.index + m[0].length)
        : undefined;
    // (中科曙光是海光CPU和深算系列DCU的重要客户: a customer of chips uses each one listed.)
    if (chip && customers.length && /买家|买主|采购者|采购方|用户|客户/.test(m[0]))
      for (const c of coordinated(ctx.mentions, customers[0]!, simp, ORG, true))
        for (const o of coordinated(ctx.mentions, chip, simp, ['Chip', 'Product']))
          if (o.end <= m.index + m[0].length) emit({ type: 'USES', s: c, o, confidence: 0.7 });
    const maker = chip && ctx.makerOf(chip.id);
    const vendor = maker ? orgRef(maker) : undefined;
    // (在辉达之后，博通与超微分居第二、第三大客户: a rank with no possessor is among the story's company's customers.)
    const rank = /^(?:分居|分列|位居|位列)/.test(m[0]) && !supplier;
    const topic = rank && ctx.topic && !customers.some((x) => x.id === ctx.topic!.id) ? ctx.topic : undefined;
    const from = seller ?? (rank ? topic : about) ?? vendor;
    // (甲骨文是广达与鸿海的重要客户: each supplier listed.)
    const froms =
      from && from === supplier
        ? coordinated(ctx.mentions, from, simp, ORG).filter((x) => m[1] === undefined || x.end <= m.index + m[0].length)
        : [];
    if (from && customers.length) emitSupply(ctx, emit, froms.length ? froms : [from], customers[0], 0.7);
    // (…是这座AI工厂的初期客户之一，其他包括A、B与C: the customers the next clause lists.)
    const others = from && OTHER_CUSTOMERS.exec(simp.slice(m.index + m[0].length));
    const first =
      others &&
      orgs.find((x) => x.start >= m.index + m[0].length + others[0].length && x.start <= m.index + m[0].length + others[0].length + 20);
    if (first)
      for (const c of coordinated(ctx.mentions, first, simp, ORG, true)) if (c.id !== from.id) emitSupply(ctx, emit, [from], c, 0.7);
  }
};
const OTHER_CUSTOMERS = /^(?:之一)?[，,]\s*(?:其他|其余|其它|另外|此外)(?:的)?(?:客户)?(?:还|则)?(?:包括|有)/;

// The supplier's goods go into a customer's product: 其HBM3E已用于英伟达的GB300 / 打进…包括超微的Venice处理器 /
// "its HBM4 for Nvidia's Vera Rubin" / "supply the memory for AMD's next accelerator" / "builds custom silicon for AWS".
const INTO_ZH = /(?:用于|用在|打进|打入|导入|进入|获得?|被)/g;
// ("makes most of the substrates used in Nvidia's processors": the goods go into the other's.)
const FOR_EN =
  /\b(?:(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?)\s+((?:[\w$.,-]+\s+){0,6}?)(?:for|to|used\s+in)|(?:build(?:s|ing)?|built|assembl(?:e|es|ed|ing)|design(?:s|ed|ing)?|mak(?:e|es|ing)|made|produc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|manufactur(?:e|es|ed|ing)|fabricat(?:e|es|ed|ing))\s+((?:[\w$.,-]+\s+){0,6}?)(?:for|used\s+in))\s+$/i;
const GOODS_WORDS =
  /\b(?:memory|HBM\w*|chips?|silicon|ASICs?|accelerators?|processors?|GPUs?|CPUs?|servers?|racks?|systems|capacity|compute|substrates?|packaging|wafers?|modules?|(?:smart)?phones?|iPhones?|iPads?|laptops?|PCs?|notebooks?|boards?)\b/i;
// A supply deal named as such, with the other party: its direction is the parties' trade (a chip vendor sells).
const SUPPLY_DEAL_WITH =
  /\b(?:supply|supplier|purchase|procurement)\s+(?:relationship|deal|agreement|contract|pact|arrangement)s?\s+with\s+$/i;
const SUPPLY_DEAL_ZH = /^[^，,。；]{0,12}?(?:签订|签署|签下|达成|签了)[^，,。；]{0,40}?(?:供货|供应|采购)(?:协议|合同|合约|大单|订单)/;
// 与英伟达、AMD签下大额算力协议 / 与OpenAI签下…的算力合约: a compute deal, sold by whichever party sells chips or capacity.
// "signed a large cloud contract with Oracle", "a compute deal with CoreWeave".
const COMPUTE_DEAL_WITH =
  /\b(?:cloud|compute|computing|capacity|chips?|GPUs?|infrastructure)(?:[\s-]+(?:computing|capacity|services?|supply))?\s+(?:deal|agreement|contract|pact)s?\s+with\s+$/i;
const COMPUTE_DEAL_ZH =
  /^(?:[、和与及][^，,。；、和与及]{1,12}){0,4}?[^，,。；、]{0,12}?(?:签订|签署|签下|达成|签了)[^，,。；]{0,40}?(?:算力|运算|计算|云端?|GPU|芯片|晶片)(?:[^，,。；]{0,4}?)(?:协议|合同|合约|大单|订单|意向书)/;

const NAMED_CHIP = /^[A-Z][\w-]*(?:\s?[A-Z0-9][\w-]*){0,2}\s?(?:服务器|伺服器|网络|数据中心)?(?:处理器|芯片|晶片|加速器|GPU|CPU|ASIC)/;

const goodsForCustomer: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const chips = ofType(ctx.mentions, ['Chip', 'Product'], ctx.lex);
  // (谷歌（Google）的TPU: the gloss's bracket may close before 的.)
  // (…超微的Venice服务器处理器: a model the lexicon lacks, named before the kind of chip, is one too.)
  const ownsChipAt = (o: Mention) => {
    const gap = /^[）)]?的/.exec(simp.slice(o.end, o.end + 2));
    return (
      !!gap && (chips.some((c) => c.start === o.end + gap[0].length) || NAMED_CHIP.test(simp.slice(o.end + gap[0].length, o.end + 40)))
    );
  };
  if (hasChinese(simp)) {
    // 台积电手上的CoWoS订单…包括谷歌的TPU、AWS的Trainium: the holder of the orders supplies each chip's owner.
    const orders = /(?:手上|手中|获得|拿到|接获)?的[^，,。；]{0,12}?订单/.exec(simp);
    const holder = orders ? orgs.filter((x) => x.end === orders.index).pop() : undefined;
    if (orders && holder && !negatedAt(ctx, orders.index, clauseAt(simp, orders.index)[0]))
      for (const c of orgs)
        if (c.start > orders.index && c.id !== holder.id && !c.anaphor && ownsChipAt(c)) emitSupply(ctx, emit, [holder], c, 0.65);
    for (const m of allMatches(INTO_ZH, simp)) {
      const supplier = subjectBefore(ctx, m.index, ORG, false);
      if (!supplier || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
      const end = simp.slice(m.index).search(/[。；;]/);
      const limit = end < 0 ? simp.length : m.index + end;
      for (const c of orgs)
        if (c.start > m.index && c.start < limit && c.start - m.index <= 90 && c.id !== supplier.id && ownsChipAt(c) && !c.anaphor)
          emitSupply(ctx, emit, [supplier], c, 0.65);
    }
  } else {
    for (const c of orgs) {
      if (c.anaphor) continue;
      // (…for Japan's Preferred Networks: a place's possessive before the customer.)
      const to = beforePlacePossessive(ctx, c.start);
      const before = simp.slice(Math.max(0, to - 90), to);
      const m = FOR_EN.exec(before);
      if (m) {
        const at = to - m[0].length;
        // (What goes to the customer is named between the verb and the preposition: "makes it a challenger to" is no sale.)
        if (!GOODS_WORDS.test(m[1] ?? m[2]!) && !chips.some((x) => x.start >= at && x.end <= c.start)) continue;
        const supplier = subjectBefore(ctx, at, ORG, false);
        if (supplier && supplier.id !== c.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [supplier], c, 0.65);
        continue;
      }
      // "Nvidia, whose GPUs are manufactured by TSMC": the maker supplies the owner of the goods.
      const whose =
        /^,\s+whose\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was)\s+(?:\w+\s+)?(?:manufactured|made|produced|fabricated|built|packaged)\s+by\s+$/.exec(
          simp.slice(Math.max(0, c.start - 90), c.start).replace(/^[\s\S]*?(?=,\s+whose\b)/, ''),
        );
      const owner = whose ? orgs.filter((x) => x.end <= c.start - whose[0].length).pop() : undefined;
      if (owner && owner.id !== c.id && simp.slice(owner.end, c.start - whose![0].length) === '') {
        emitSupply(ctx, emit, [c], owner, 0.65);
        continue;
      }
      // "its HBM4 for Nvidia's Vera Rubin platform": a chip of the subject, made for the other's chip.
      const chipFor = /(\S+)\s+for\s+$/.exec(before.slice(-40));
      if (chipFor && /^['’]s\s/.test(simp.slice(c.end, c.end + 3)) && chips.some((x) => x.start === c.start - chipFor[0].length)) {
        const supplier = subjectBefore(ctx, c.start - chipFor[0].length, ORG, false);
        if (supplier && supplier.id !== c.id) emitSupply(ctx, emit, [supplier], c, 0.65);
      }
    }
  }
  // A supply deal with the other party: the chip vendor (or foundry) of the two sells.
  for (const other of orgs) {
    if (other.anaphor) continue;
    const before = simp.slice(Math.max(0, other.start - 60), other.start);
    const en = !hasChinese(simp) && SUPPLY_DEAL_WITH.test(before);
    const zh = hasChinese(simp) && /(?:与|和|同)$/.test(before) && SUPPLY_DEAL_ZH.test(simp.slice(other.end, other.end + 64));
    const compute =
      !en &&
      !zh &&
      (hasChinese(simp)
        ? /(?:与|和|同)$/.test(before) && COMPUTE_DEAL_ZH.test(simp.slice(other.end, other.end + 64))
        : COMPUTE_DEAL_WITH.test(before));
    if (!en && !zh && !compute) continue;
    const at = other.start - 1;
    // ("SK Hynix, which leads on the back of its supply relationship with Nvidia": the one the relative clause is about.)
    const rel = /,\s+(?:which|who)\s[^.;]*$/.exec(simp.slice(0, at));
    const head = rel ? orgs.filter((x) => x.end <= rel.index && /^\s*$/.test(simp.slice(x.end, rel.index))).pop() : undefined;
    const party = head ?? subjectBefore(ctx, at, ORG, false);
    if (!party || party.id === other.id || negatedAt(ctx, at, clauseAt(simp, at)[0])) continue;
    if (compute) {
      // (Only a party known to sell chips or capacity to the other sells; else the words do not say who buys.)
      const sells = (a: Mention, b: Mention) =>
        !!ctx.lex.entries.get(a.id)?.chipVendor || !!ctx.lex.entries.get(b.id)?.supplierIds?.has(a.id);
      for (const o of coordinated(ctx.mentions, other, simp, ORG).filter((x) => x.start >= other.start && x.id !== party.id)) {
        if (sells(o, party) && !sells(party, o)) emitSupply(ctx, emit, [o], party, 0.65);
        else if (sells(party, o) && !sells(o, party)) emitSupply(ctx, emit, [party], o, 0.65);
      }
      continue;
    }
    const vendor = (x: Mention) => !!ctx.lex.entries.get(x.id)?.chipVendor;
    // (A purchase contract with the other: the subject buys, 与甲骨文签订云算力采购合同.)
    const purchase = en
      ? /\b(?:purchase|procurement)\s+\w+\s+with\s+$/i.test(before)
      : /^[^，,。；]{0,52}?采购(?:协议|合同|合约)/.test(simp.slice(other.end, other.end + 64));
    if (purchase) emitSupply(ctx, emit, [other], party, 0.65);
    else if (vendor(other) && !vendor(party)) emitSupply(ctx, emit, [other], party, 0.65);
    else if (vendor(party) || !vendor(other)) emitSupply(ctx, emit, [party], other, 0.65);
  }
};

// A、B等均在其客户名单之中 / 在X的供应商名单中: each listed buys from, or supplies, the company whose list it is.
const customerLists: Rule = (ctx, emit) => {
  for (const { role, listed, owner, at } of roleLists(ctx)) {
    if (role === 'partner' || negatedAt(ctx, at, clauseAt(ctx.simp, at)[0])) continue;
    for (const o of listed) emitSupply(ctx, emit, role === 'customer' ? [owner] : [o], role === 'customer' ? o : owner, 0.7);
  }
};

export const CUSTOMER_RULES: Rule[] = [namedCustomers, goodsForCustomer, customerLists];
