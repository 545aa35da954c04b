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
  },
  testTimeout: 60000,
};
