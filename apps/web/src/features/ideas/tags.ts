/** "a, b ,c" → ["a", "b", "c"]: the API checks each tag and names a bad one. */
export const parseTags = (text: string): string[] =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
