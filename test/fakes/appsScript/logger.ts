/** `Logger`: keeps every line logged. */
import { Recorded } from './recorder';

/** `Logger`, keeping its lines in `__lines`. */
export class FakeLogger extends Recorded {
  readonly __service = 'Logger';
  readonly __group = 'Logger' as const;
  readonly __lines: string[] = [];

  /** `log(data)` or `log(format, ...values)` with `%s` placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    let line = String(data);
    if (values.length > 0) {
      let i = 0;
      line = line.replace(/%s/g, () => String(values[i++]));
    }
    this.__lines.push(line);
    return this;
  }
  getLog(): string {
    return this.__lines.join('\n');
  }
  clear(): void {
    this.__lines.length = 0;
  }
}
