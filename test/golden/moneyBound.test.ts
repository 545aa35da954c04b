/**
 * Issue 8: a money result a cell cannot hold to the cent is #NUM!, naming the result and the bound, the
 * same through the core, the built Excel functions.js (a CustomFunctions.Error) and the built Sheets
 * Code.js (a thrown Error with the message); an amount at the bound is returned as is.
 */
import { describeHostVectors, type HostVector } from '../support/hostVectors';

const BOUND = '±9999999999999.99, the most a cell holds to the cent';

/** Formula, arguments, and the number or the #NUM! message every host must give. */
const VECTORS: readonly HostVector[] = [
  // 124,691,356,902,468.45: a cell shows …468.4 or …468.5, a silent wrong cent.
  [
    'HOURLYFEE(123456789012345, 1.01)',
    [123456789012345, 1.01],
    `HOURLYFEE: the result 124691356902468.45 is beyond ${BOUND}`,
  ],
  ['HOURLYFEE(9999999999999.99, 1)', [9999999999999.99, 1], 9999999999999.99],
  ['BONUSMALUS(0, 1, 0, 1E13)', [0, 1, 0, 1e13], `BONUSMALUS: the result -10000000000000 is beyond ${BOUND}`],
  // A ratio is not money: any finite double.
  ['ACHIEVEMENT(123456789012345, 1.01)', [123456789012345, 1.01], 122234444566678.22],
];

describeHostVectors(VECTORS, '#NUM!');
