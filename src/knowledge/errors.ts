/** A knowledge file that cannot be read as a story: names the file and says what to fix. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}
