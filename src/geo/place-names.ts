/**
 * Place names as look-up keys: case, accents and punctuation do not tell two places apart
 * ("LIEGE", "Liège", "liege"; "'s-Hertogenbosch", "s Hertogenbosch"). German umlauts are also
 * written out as ae/oe/ue ("KOELN" in CORDIS, "Köln" in GeoNames), so each name has up to two
 * keys: plain folding and folding with umlauts expanded.
 */

/** Letters NFD does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

function foldWith(name: string, umlauts: boolean): string {
  let text = name.toLowerCase();
  if (umlauts) text = text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `'s-Hertogenbosch` → `s hertogenbosch`; `Liège` → `liege`; `Köln` → `koln`. */
export function foldPlaceName(name: string): string {
  return foldWith(name, false);
}

/** The keys a name is found under: plain folding, and with ä/ö/ü written ae/oe/ue when that differs. */
export function placeNameKeys(name: string): string[] {
  const plain = foldWith(name, false);
  const expanded = foldWith(name, true);
  return expanded === plain ? [plain] : [plain, expanded];
}
