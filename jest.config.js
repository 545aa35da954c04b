/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/core',
    '<rootDir>/excel-addin',
    '<rootDir>/sheets-addon',
    '<rootDir>/taskpane',
    '<rootDir>/test',
  ].filter((dir) => require('fs').existsSync(dir.replace('<rootDir>', __dirname))),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM dependencies do not load in jest on Node 20.
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
    // zod loads its 64 locales with itself, in each of some 200 test files; this one loads each when read.
    '^\\.\\./locales/index\\.cjs$': '<rootDir>/test/support/zodLocales.cjs',
  },
  testTimeout: 60000,
  // Every core: Jest's default (cores − 1) is one worker on a 2-core CI machine, which runs the files one
  // after the other in the main process (the fresh-clone run of 2026-12-02: 402 s of wall clock for
  // 401 s of summed file times), with the second core idle.
  maxWorkers: require('os').availableParallelism(),
};
