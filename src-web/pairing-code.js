// What a pairing code looks like, as the relay reads a typed one (PairingCodeFormat): eight
// characters from an alphabet without look-alikes; case, spaces and dashes don't matter.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

export const SHAPE = 'A pairing code is 8 letters and digits, like ABCD-2345 (never 0, 1, I, L or O)';

export function isWellFormed(typed) {
  const canonical = typed.replace(/[\s-]/g, '').toUpperCase();
  return canonical.length === LENGTH && [...canonical].every((character) => ALPHABET.includes(character));
}
