/** An input problem the pipeline reports and stops on: names the file, the feature and what is wrong. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly feature?: string,
  ) {
    super(`${file}${feature ? ` (${feature})` : ''}: ${problem}`);
    this.name = 'DataError';
  }
}
