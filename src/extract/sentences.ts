export interface Sentence {
  text: string;
  start: number;
  end: number;
  index: number;
}

// A firm's abbreviation ends a sentence before a name that is no title and no further suffix: "…made by Taiwan
// Semiconductor Manufacturing Co. Samsung Electronics is also…" (but "Samsung Electronics Co. Chairman Lee…").
const NEW_SENTENCE_AFTER_FIRM =
  /\b(?:Inc|Corp|Co|Ltd)\.\s+(?!(?:Ltd|Limited|LLC|Inc|Corp|PLC|Holdings|Group|Chairman|Chairwoman|Chief|CEO|CFO|CTO|COO|President|Vice|Executive|Senior|Founder|Co-founder|Director|Head|General|Managing|Spokesperson|Spokesman|Spokeswoman|Analyst)\b)[A-Z][a-z]/;
// English abbreviations whose period does not end a sentence.
const ABBREV =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Ltd|Co|Jr|Sr|St|vs|etc|e\.g|i\.e|U\.S|U\.K|No|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * The longest sentence the rules look at. News sentences are far shorter; a text without sentence
 * ends (a scraped table, a run-on page) is cut into pieces of at most this length, at a clause
 * boundary where one is near, so the pattern work per sentence stays bounded.
 */
export const MAX_SENTENCE = 600;
const CLAUSE_END = /[，,、：:；;）)\s]/u;

/**
 * Splits cleaned text into sentences with their offsets: at 。！？；, at . ! ? followed by a space and
 * a capital or a quote, and at line ends (headlines and bullets are sentences of their own).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    while (end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE;
      for (let k = cut; k > start + MAX_SENTENCE / 2; k--) {
        if (CLAUSE_END.test(text[k - 1]!)) {
          cut = k;
          break;
        }
      }
      pushPiece(cut);
    }
    pushPiece(end);
  };
  const pushPiece = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.replace(/^[•·\-–—*\s]+/, '').length > 0) {
      out.push({ text: body, start: start + lead, end: start + lead + body.length, index: out.length });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
    } else if ('。！？!?；'.includes(c)) {
      // keep closing quotes/brackets with the sentence they end
      let j = i + 1;
      while (j < text.length && '”’」』)）"\''.includes(text[j]!)) j++;
      push(j);
      i = j - 1;
    } else if (c === '.') {
      // (A quotation may close after the period: 'called it "great for America." Huang said …'.)
      let j = i + 1;
      while (j < text.length && '"”’)'.includes(text[j]!)) j++;
      if (!/\s/.test(text[j] ?? '\n') || !/^\s+["“‘(]?[A-Z0-9]/.test(text.slice(j, j + 4))) continue;
      // (An initial, J. in "Jane J. Doe", "led by T. Rowe Price", but not the one-letter name X after a lower-case word: "a post on X. OpenAI said".)
      const initial = /\b[A-Z]\.$/.test(text.slice(i - 2, i + 1)) && !/\b[a-z]+\sX\.$/.test(text.slice(Math.max(start, i - 30), i + 1));
      const abbrev = j === i + 1 && (ABBREV.test(text.slice(Math.max(start, i - 6), i + 1)) || initial);
      if (!abbrev || NEW_SENTENCE_AFTER_FIRM.test(text.slice(Math.max(start, i - 5), i + 30))) {
        push(j);
        i = j - 1;
      }
    }
  }
  push(text.length);
  return out;
}
