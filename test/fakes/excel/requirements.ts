/** Office's requirement-set answers as the fake gives them: ExcelApi up to a highest version. */

/** `1.10` > `1.9`. */
function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** `Office.context.requirements` of an Excel that supports ExcelApi up to `excelApi`. */
export function requirements(excelApi: string): { isSetSupported(name: string, version?: string): boolean } {
  return {
    isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && compareVersions(version, excelApi) <= 0,
  };
}
