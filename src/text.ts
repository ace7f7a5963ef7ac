/** Lower-case and strip accents, so "Lavrov", "LAVROV" and "Lávrov" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
