/** The function reference (docs/functions.md, docs/functions.fr.md), generated from the registry. */
import { FUNCTIONS } from '../functions/registry';
import type { ArgSpec, FunctionSpec } from '../functions/types';
import { frenchSpacing } from '../i18n/frenchTypography';

export type DocLanguage = 'en' | 'fr';

/**
 * A French text of the reference with the product's typography in its prose, its `code spans` kept as
 * typed: `=FEES.KPISCORE(0,78; 0,70; 0,80)` is what a French spreadsheet takes, no no-break space in it.
 */
function frenchProse(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : frenchSpacing(part)))
    .join('');
}

/** Each text of a French table through `frenchProse`. */
function frenchReferenceTexts<T extends Record<string, string>>(table: T): T {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [key, frenchProse(text)])) as T;
}

/** The reference's fixed texts, shared by the Markdown and the HTML reference. */
export const REFERENCE_TEXT = {
  en: {
    title: 'Outcome Fees — worksheet function reference',
    generated: 'Generated from the function registry (`npm run docs`); do not edit by hand.',
    intro:
      'In Excel every function carries the add-in namespace: `=FEES.BONUSMALUS(...)`. In Google Sheets: `=BONUSMALUS(...)`. ' +
      'The examples are written as an English-language spreadsheet takes them; where decimals take a comma (a French or ' +
      "German Excel or Sheets), the host's own separators apply: `KPISCORE(0.78, 0.70, 0.80)` is typed " +
      '`=FEES.KPISCORE(0,78; 0,70; 0,80)`, and `outcome-fees eval --lang fr` reads a formula the same way ' +
      '(`KPISCORE(0,78; 0,70; 0,80)`). ' +
      'Percentages are fractions (90 % is 0.9), and one typed as a whole number is refused: where a value is compared ' +
      'with levels that all lie in [0, 1) (ACHIEVEMENT, KPISCORE, THRESHOLDFEE, BONUSMALUS, SLACREDIT, EARNBACK), a value ' +
      'above 1, at most 100 and 10 to 1,000 times the highest level is `#VALUE!` (`THRESHOLDFEE(91.2, 0.9, 5000)`: ' +
      '"did you mean 0.912?"); a KPI genuinely on that scale is written with its levels in a unit where they are 1 or ' +
      "more (minutes rather than hours). A ratio paid as a fraction (HYBRIDFEE's score, HOURLYFEE's " +
      "adjustment, SLACREDIT's allocation, KPISCORE's stretch_score) at least ten times the larger " +
      'of 1 and its cap (score_cap; 1 for the others) is `#VALUE!` too (`HYBRIDFEE(20000, 5000, 80)`: ' +
      '"did you mean 0.8?"): a contract pays above a cap, never ten times it. ' +
      "A cap typed as a percentage is refused too: HYBRIDFEE's score_cap or HOURLYFEE's achievement_cap above 100 " +
      "beside a ratio above 0 and below 10, and BONUSMALUS's tolerance of 1 or more around a target above 0 and " +
      'below 1 (`BONUSMALUS(0.64, 0.9, 50000, 50000, "higher", 2)`: "did you mean 0.02?"), and SCORECARD\'s ' +
      'weights on two scales that sum to 1 once those above 1 are read as percentages (`{50, 0.3, 0.2}`), ' +
      'and its scores on two scales: one of 10 or more beside scores up to 1.5 and none between ' +
      '(`{0.8, 0.9, 85}`: "did you mean 0.85?"). ' +
      'Every scalar argument also accepts a range: the function then returns an ' +
      "array of the same shape, and one call over a column's filled rows is the fast way to use it (in Excel a trimmed " +
      'reference such as `A2:.A100001`, not `A:A`). Blank rows give blanks. The README (Worksheet functions, ' +
      'Conventions) says how errors and blank cells are handled in each host.',
    args: 'Arguments',
    examples: 'Examples',
    table: 'table (consumed whole, does not broadcast)',
    optional: 'optional',
    colon: ':',
  },
  fr: frenchReferenceTexts({
    title: 'Outcome Fees — référence des fonctions de feuille de calcul',
    generated: 'Généré depuis le registre des fonctions (`npm run docs`) ; ne pas modifier à la main.',
    intro:
      'Dans Excel, chaque fonction porte l’espace de noms du complément : `=FEES.BONUSMALUS(...)`. Dans Google Sheets : ' +
      '`=BONUSMALUS(...)`. Les exemples sont écrits comme les lit un tableur en anglais ; dans un Excel ou un Google ' +
      'Sheets en français, les arguments se séparent par « ; » et les décimales s’écrivent avec une virgule : ' +
      '`KPISCORE(0.78, 0.70, 0.80)` se tape `=FEES.KPISCORE(0,78; 0,70; 0,80)`, et `outcome-fees eval --lang fr` lit ' +
      'une formule de la même façon (`KPISCORE(0,78; 0,70; 0,80)`). ' +
      'Les pourcentages sont des fractions (90 % vaut 0,9), et un pourcentage tapé en nombre entier ' +
      'est refusé : là où une valeur est comparée à des niveaux tous dans [0, 1[ (ACHIEVEMENT, KPISCORE, THRESHOLDFEE, ' +
      'BONUSMALUS, SLACREDIT, EARNBACK), une valeur au-dessus de 1, d’au plus 100 et de 10 à 1\u202f000 fois le plus haut ' +
      'niveau donne `#VALUE!` (`THRESHOLDFEE(91.2, 0.9, 5000)` demande `did you mean 0.912?`) ; un KPI réellement à cette ' +
      'échelle s’écrit avec des niveaux dans une unité où ils valent 1 ou plus (des minutes plutôt que des heures). ' +
      'Un ratio payé en fraction (score de HYBRIDFEE, ajustement de HOURLYFEE, ' +
      'allocation de SLACREDIT, stretch_score de KPISCORE) d’au moins dix fois le plus grand de 1 et de son plafond ' +
      '(score_cap ; 1 pour les autres) donne aussi `#VALUE!` (`HYBRIDFEE(20000, 5000, 80)` demande ' +
      '`did you mean 0.8?`) : un contrat paie au-delà d’un plafond, jamais dix fois. ' +
      'Un plafond tapé en pourcentage est refusé aussi : score_cap de HYBRIDFEE ou achievement_cap de HOURLYFEE ' +
      'au-dessus de 100 à côté d’un ratio au-dessus de 0 et sous 10, et tolérance de BONUSMALUS de 1 ou plus autour ' +
      'd’un objectif au-dessus de 0 et sous 1 (`BONUSMALUS(0.64, 0.9, 50000, 50000, "higher", 2)` demande ' +
      '`did you mean 0.02?`), et les poids de SCORECARD sur deux échelles dont la somme vaut 1 une fois ceux ' +
      'au-dessus de 1 lus en pourcentages (`{50, 0.3, 0.2}`), et ses scores sur deux échelles : un de 10 ou ' +
      'plus à côté de scores jusqu’à 1,5 et aucun entre les deux (`{0.8, 0.9, 85}` demande `did you mean 0.85?`). ' +
      'Tout argument scalaire accepte aussi une ' +
      'plage : la fonction renvoie alors un tableau de même forme ; un seul appel sur les lignes remplies d’une colonne est la ' +
      'façon rapide de l’utiliser (dans Excel une référence réduite telle que `A2:.A100001`, pas `A:A`). Les lignes vides ' +
      'donnent des cellules vides. Le README (Worksheet functions, Conventions) dit comment chaque hôte traite les erreurs ' +
      'et les cellules vides.',
    args: 'Arguments',
    examples: 'Exemples',
    table: 'tableau (lu en entier, sans diffusion)',
    optional: 'facultatif',
    // A no-break space before the colon, as French writes it (and as the intro does).
    colon: ' :',
  }),
} as const;

/** The anchor of a function's section in the reference, for help links. */
export function functionAnchor(name: string): string {
  return name.toLowerCase();
}

/** `BONUSMALUS(actual, target, [direction])`: optional arguments in brackets. */
export function signature(spec: FunctionSpec): string {
  return `${spec.name}(${spec.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(', ')})`;
}

// Argument help in the registry starts with "optional:" for optional arguments, because Excel and Sheets
// show it as is; the reference says "optional" in its notes already, so the prefix is dropped there.
const OPTIONAL_PREFIX: Readonly<Record<DocLanguage, RegExp>> = {
  en: /^optional\s*:\s*/i,
  fr: /^facultatif\s*:\s*/i,
};

/** An argument's notes (table, optional) and its help, as the reference prints them. */
export function argumentDoc(arg: ArgSpec<unknown>, lang: DocLanguage): { notes: string; help: string } {
  const t = REFERENCE_TEXT[lang];
  const notes = [arg.kind === 'table' ? t.table : null, arg.optional ? t.optional : null]
    .filter(Boolean)
    .join(', ');
  const help = arg.optional ? arg.help[lang].replace(OPTIONAL_PREFIX[lang], '') : arg.help[lang];
  return { notes, help };
}

function section(spec: FunctionSpec, lang: DocLanguage): string {
  const t = REFERENCE_TEXT[lang];
  const args = spec.args.map((a) => {
    const { notes, help } = argumentDoc(a, lang);
    return `- \`${a.name}\`${notes ? ` (${notes})` : ''}${t.colon} ${help}`;
  });
  const examples = spec.examples.map((e) => `- \`${e.formula}\` = ${e.result}`);
  return [
    `## ${spec.name}`,
    '',
    `\`${signature(spec)}\``,
    '',
    spec.summary[lang],
    '',
    `${t.args}${t.colon}`,
    '',
    ...args,
    '',
    `${t.examples}${t.colon}`,
    '',
    ...examples,
    '',
  ].join('\n');
}

/** The whole reference in one language, as Markdown. */
export function functionReference(lang: DocLanguage): string {
  const t = REFERENCE_TEXT[lang];
  const index = FUNCTIONS.map(
    (f) => `- [${f.name}](#${functionAnchor(f.name)})${t.colon} ${f.summary[lang]}`,
  );
  return [
    `# ${t.title}`,
    '',
    `_${t.generated}_`,
    '',
    t.intro,
    '',
    ...index,
    '',
    ...FUNCTIONS.map((f) => section(f, lang)),
  ].join('\n');
}

/** Where each language's reference lives in the repository. */
export const REFERENCE_FILES: Record<DocLanguage, string> = {
  en: 'docs/functions.md',
  fr: 'docs/functions.fr.md',
};
