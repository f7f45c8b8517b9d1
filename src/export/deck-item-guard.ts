/** Closes switches over DeckItem kinds: reaching it is a programmer error. */
export function assertNeverItem(item: never): never {
  throw new Error(`Unknown deck item: ${JSON.stringify(item)}`);
}
