import type { DiagnosticCheck, Texts } from './result';

export function notChecked(t: Texts): DiagnosticCheck[] {
  const why = {
    chartLooks: t.chartLooksWhy,
    contractSheetLooks: t.contractSheetLooksWhy,
    typedPercent: t.typedPercentWhy,
  };
  return (Object.keys(why) as (keyof typeof why)[]).map((id) => ({
    id,
    status: 'notChecked',
    title: t.title[id],
    seen: why[id],
  }));
}

export function reportOf(checks: readonly DiagnosticCheck[], t: Texts, sheet: string): string {
  const word = { passed: t.passed, failed: t.failed, notChecked: t.notChecked };
  return [
    `${t.reportHeading} (${sheet})`,
    ...checks.map((c) => t.reportLine(c.id, word[c.status], c.title, c.seen)),
  ].join('\n');
}
