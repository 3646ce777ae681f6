// How text is cut into searchable tokens: case and accents folded, split on anything that is
// not a letter or a digit (so "O'Brien" is the phrase "o brien", "Müller" matches "muller").
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** Phone numbers also match as one run of digits: "(415) 555-0123" is found by 4155550123. */
export function phoneTokens(text: string): string[] {
  const digits = text.replace(/\D/g, '');
  return digits.length > 0 ? [...tokenize(text), digits] : tokenize(text);
}
