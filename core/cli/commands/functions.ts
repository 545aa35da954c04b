import { FUNCTIONS } from '../../functions/registry';
import type { CliIo, ExitCode } from '../io';

/** `outcome-fees functions [--lang fr]`: every function with its signature, help and first example. */
export function functionsCommand(options: Map<string, string | true>, io: CliIo): ExitCode {
  const lang = options.get('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') {
    io.err('usage: outcome-fees functions [--lang en|fr]');
    return 2;
  }
  for (const spec of FUNCTIONS) {
    const signature = spec.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(', ');
    io.out(`${spec.name}(${signature})\n  ${spec.summary[lang]}`);
    for (const arg of spec.args) io.out(`    ${arg.name}: ${arg.help[lang]}`);
    io.out(`  e.g. ${spec.examples[0].formula} = ${spec.examples[0].result}\n`);
  }
  return 0;
}
