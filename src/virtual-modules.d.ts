/** Modules made by the Vite plugins in data/ at build time. */
declare module 'virtual:scenario-texts' {
  const texts: import('./lib/scenarios/texts.ts').CatalogTexts;
  export default texts;
}
