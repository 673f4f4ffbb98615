/** Script tests shared by discovery and the rules (one definition, so every rule agrees). */

/** The CJK ideograph ranges used in a character class (Extension A and the basic block). */
export const CJK = '\\u3400-\\u9fff';

const CJK_CHAR = /[\u3400-\u9fff]/;
const STARTS_CJK = /^[\u3400-\u9fff]/;

/** Whether a term or a text is Chinese: it starts with an ideograph (a matched cue word, a name). */
export const isChinese = (s: string): boolean => STARTS_CJK.test(s);

/** Whether a text holds any ideograph (a Chinese sentence, a mixed one). */
export const hasChinese = (s: string): boolean => CJK_CHAR.test(s);

/** Whether a character is a Latin letter or a digit (a word boundary test for Latin names). */
export const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
