/** A problem with one input, reported as "<input>: <problem>" without a stack trace; the batch goes on. */
export class InputError extends Error {
  readonly input: string;
  readonly problem: string;

  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.name = 'InputError';
    this.input = input;
    this.problem = problem;
  }
}
