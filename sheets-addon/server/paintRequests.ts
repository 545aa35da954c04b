/**
 * The paint requests the sidebar sent, checked before any Spreadsheet call: `google.script.run` carries
 * whatever the page sends, so the shape of every plan is verified here (the painter then checks what a
 * well-formed plan may still get wrong, such as ragged blocks) and unknown fields are refused. A bad field fails as a `plan` failure naming its path.
 */
import { parseSheetTag } from '../../core/app/sheetTag';
import { planFault } from '../serverFailure';
import type { PaintRequest, SheetTag } from '../../core/app/workbookPort';
import type {
  PlanBlock,
  PlanChart,
  PlanRect,
  PlanStyle,
  PlanTable,
  PlanValidation,
  SheetPlan,
} from '../../core/layout/sheetPlan';

type Json = Record<string, unknown>;

function object(value: unknown, where: string, fields: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) planFault(where, 'notObject');
  const unknown = Object.keys(value).find((key) => !fields.includes(key));
  if (unknown !== undefined) planFault(where, 'unknownField', unknown);
  return value as Json;
}

function list(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) planFault(where, 'notList');
  return value;
}

function optionalList<T>(
  value: unknown,
  where: string,
  item: (v: unknown, where: string) => T,
): T[] | undefined {
  return value === undefined ? undefined : list(value, where).map((v, i) => item(v, `${where}[${i}]`));
}

function integer(value: unknown, where: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) planFault(where, 'notWhole');
  return value as number;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') planFault(where, 'notText');
  return value;
}

function optional<T>(value: unknown, where: string, check: (v: unknown, where: string) => T): T | undefined {
  return value === undefined ? undefined : check(value, where);
}

function boolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') planFault(where, 'notBoolean');
  return value;
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) planFault(where, 'notNumber');
  return value;
}

function matrix<T>(value: unknown, where: string, cell: (v: unknown) => v is T): T[][] {
  return list(value, where).map((row, r) =>
    list(row, `${where}[${r}]`).map((v, c) => (cell(v) ? v : planFault(`${where}[${r}][${c}]`, 'notCell'))),
  );
}

const isValue = (v: unknown): v is string | number | boolean | null =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v));
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

const RECT = ['row', 'col', 'rows', 'cols'] as const;

function rect(value: Json, where: string): PlanRect {
  return {
    row: integer(value.row, `${where}.row`),
    col: integer(value.col, `${where}.col`),
    rows: integer(value.rows, `${where}.rows`),
    cols: integer(value.cols, `${where}.cols`),
  };
}

function block(value: unknown, where: string): PlanBlock {
  const b = object(value, where, ['row', 'col', 'values', 'formulas', 'numberFormats']);
  return {
    row: integer(b.row, `${where}.row`),
    col: integer(b.col, `${where}.col`),
    values: matrix(b.values, `${where}.values`, isValue),
    formulas: optional(b.formulas, `${where}.formulas`, (v, w) => matrix(v, w, isTextOrNull)),
    numberFormats: optional(b.numberFormats, `${where}.numberFormats`, (v, w) => matrix(v, w, isTextOrNull)),
  };
}

const ALIGNMENTS = ['left', 'center', 'right'] as const;

function style(value: unknown, where: string): PlanStyle {
  const s = object(value, where, [
    ...RECT,
    'bold',
    'italic',
    'fill',
    'color',
    'wrap',
    'horizontalAlignment',
    'borderTop',
    'fontSize',
  ]);
  const alignment = s.horizontalAlignment;
  if (alignment !== undefined && !ALIGNMENTS.includes(alignment as never))
    planFault(`${where}.horizontalAlignment`, 'notAlignment');
  return {
    ...rect(s, where),
    bold: optional(s.bold, `${where}.bold`, boolean),
    italic: optional(s.italic, `${where}.italic`, boolean),
    fill: optional(s.fill, `${where}.fill`, text),
    color: optional(s.color, `${where}.color`, text),
    wrap: optional(s.wrap, `${where}.wrap`, boolean),
    horizontalAlignment: alignment as PlanStyle['horizontalAlignment'],
    borderTop: optional(s.borderTop, `${where}.borderTop`, boolean),
    fontSize: optional(s.fontSize, `${where}.fontSize`, finite),
  };
}

function table(value: unknown, where: string): PlanTable {
  const t = object(value, where, [...RECT, 'name']);
  return { ...rect(t, where), name: text(t.name, `${where}.name`) };
}

function validation(value: unknown, where: string): PlanValidation {
  const v = object(value, where, [...RECT, 'list']);
  return {
    ...rect(v, where),
    list: list(v.list, `${where}.list`).map((item, i) => text(item, `${where}.list[${i}]`)),
  };
}

const PAPER_SIZES = ['A4', 'Letter'] as const;

function print(value: unknown, where: string): SheetPlan['print'] {
  const p = object(value, where, ['orientation', 'fitToWidth', 'paper', 'titleRows']);
  if (p.orientation !== 'portrait' && p.orientation !== 'landscape')
    planFault(`${where}.orientation`, 'notOrientation');
  if (p.paper !== undefined && !PAPER_SIZES.includes(p.paper as never))
    planFault(`${where}.paper`, 'notPaper');
  const titleRows = optional(p.titleRows, `${where}.titleRows`, integer);
  return {
    orientation: p.orientation,
    fitToWidth: boolean(p.fitToWidth, `${where}.fitToWidth`),
    ...(p.paper === undefined ? {} : { paper: p.paper as (typeof PAPER_SIZES)[number] }),
    ...(titleRows === undefined ? {} : { titleRows }),
  };
}

function rowHeight(value: unknown, where: string): { row: number; height: number } {
  const h = object(value, where, ['row', 'height']);
  return { row: integer(h.row, `${where}.row`), height: finite(h.height, `${where}.height`) };
}

function conditionalFormat(
  value: unknown,
  where: string,
): PlanRect & { equals: string; fill: string; color?: string } {
  const f = object(value, where, [...RECT, 'equals', 'fill', 'color']);
  return {
    ...rect(f, where),
    equals: text(f.equals, `${where}.equals`),
    fill: text(f.fill, `${where}.fill`),
    ...(f.color === undefined ? {} : { color: text(f.color, `${where}.color`) }),
  };
}

const CHART_KINDS = ['line', 'column', 'xyLines'] as const;

function chart(value: unknown, where: string): PlanChart {
  const c = object(value, where, [
    'kind',
    'title',
    'categories',
    'series',
    'anchor',
    'xTitle',
    'yTitle',
    'xBounds',
  ]);
  if (!CHART_KINDS.includes(c.kind as never)) planFault(`${where}.kind`, 'notChartKind');
  const anchor = object(c.anchor, `${where}.anchor`, ['row', 'col']);
  return {
    kind: c.kind as PlanChart['kind'],
    title: text(c.title, `${where}.title`),
    categories: rect(object(c.categories, `${where}.categories`, RECT), `${where}.categories`),
    series: list(c.series, `${where}.series`).map((item, i) => {
      const at = `${where}.series[${i}]`;
      const s = object(item, at, ['name', 'values']);
      return {
        name: text(s.name, `${at}.name`),
        values: rect(object(s.values, `${at}.values`, RECT), `${at}.values`),
      };
    }),
    anchor: {
      row: integer(anchor.row, `${where}.anchor.row`),
      col: integer(anchor.col, `${where}.anchor.col`),
    },
    xTitle: optional(c.xTitle, `${where}.xTitle`, text),
    yTitle: optional(c.yTitle, `${where}.yTitle`, text),
    xBounds: optional(c.xBounds, `${where}.xBounds`, (v, at) => {
      const b = object(v, at, ['min', 'max']);
      return { min: finite(b.min, `${at}.min`), max: finite(b.max, `${at}.max`) };
    }),
  };
}

type FieldCheck = (value: unknown, where: string) => unknown;

/**
 * A checker for every field of a plan. The mapped type makes a field added to `SheetPlan` a compile error
 * here until it is checked, so the server never refuses (or passes unchecked) what the core now lays out.
 */
const PLAN_FIELDS: {
  readonly [K in keyof SheetPlan]-?: (value: unknown, where: string) => SheetPlan[K];
} & Readonly<Record<string, FieldCheck>> = {
  name: text,
  blocks: (v, where) => list(v, where).map((b, i) => block(b, `${where}[${i}]`)),
  styles: (v, where) => optionalList(v, where, style),
  tables: (v, where) => optionalList(v, where, table),
  validations: (v, where) => optionalList(v, where, validation),
  columnWidths: (v, where) => optionalList(v, where, finite),
  frozenRows: (v, where) => optional(v, where, integer),
  frozenColumns: (v, where) => optional(v, where, integer),
  print: (v, where) => optional(v, where, print),
  charts: (v, where) => optionalList(v, where, chart),
  rowHeights: (v, where) => optionalList(v, where, rowHeight),
  conditionalFormats: (v, where) => optionalList(v, where, conditionalFormat),
};

function plan(value: unknown, where: string): SheetPlan {
  const p = object(value, where, Object.keys(PLAN_FIELDS));
  const checked: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(PLAN_FIELDS)) {
    const result = (check as FieldCheck)(p[field], `${where}.${field}`);
    if (result !== undefined) checked[field] = result;
  }
  return checked as unknown as SheetPlan;
}

function tag(value: unknown, where: string): SheetTag {
  const parsed = typeof value === 'object' && value !== null ? parseSheetTag(JSON.stringify(value)) : null;
  return parsed ?? planFault(where, 'notTag');
}

/** The requests, checked; throws a `plan` failure naming the first malformed field. */
export function paintRequestsFrom(value: unknown): PaintRequest[] {
  const requests = list(value, 'requests');
  if (requests.length === 0) planFault('requests', 'empty');
  return requests.map((request, i) => {
    const r = object(request, `requests[${i}]`, ['plan', 'tag']);
    const checked = { plan: plan(r.plan, `requests[${i}].plan`) };
    return r.tag === undefined ? checked : { ...checked, tag: tag(r.tag, `requests[${i}].tag`) };
  });
}
