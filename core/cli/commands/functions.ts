import { FUNCTIONS } from '../../functions/registry';
import { cliTexts } from '../../i18n/cli';
import { languageOption } from '../args';
import type { Command } from '../command';

const USAGE = 'usage: outcome-fees functions [--lang en|fr]';

/** `outcome-fees functions [--lang fr]`: every function with its signature, help and first example. */
export const functionsCommand: Command = {
  usage: USAGE,
  options: { lang: { type: 'string' } },
  maxPositionals: 0,
  run: (args, io) => {
    const lang = languageOption(args, 'en', USAGE);
    const t = cliTexts(lang);
    for (const spec of FUNCTIONS) {
      const signature = spec.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(', ');
      io.out(`${spec.name}(${signature})\n  ${spec.summary[lang]}`);
      for (const arg of spec.args) io.out(`    ${t.argumentHelp(arg.name, arg.help[lang])}`);
      io.out(`  ${t.example} ${spec.examples[0].formula} = ${spec.examples[0].result}\n`);
    }
    return 0;
  },
};
