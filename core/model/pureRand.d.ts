// pure-rand publishes its entry points through package.json "exports", which the project's node10 module
// resolution does not read; these declarations give the two entry points used here their published types.
declare module 'pure-rand/generator/xoroshiro128plus' {
  export { xoroshiro128plus } from 'pure-rand/lib/generator/xoroshiro128plus';
}
declare module 'pure-rand/distribution/uniformFloat64' {
  export { uniformFloat64 } from 'pure-rand/lib/distribution/uniformFloat64';
}
declare module 'pure-rand/distribution/uniformInt' {
  export { uniformInt } from 'pure-rand/lib/distribution/uniformInt';
}
