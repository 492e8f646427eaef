// Cockpit for teamleiders and procesontwerpers: Dutch first (our own translation in ../locales/nl.json),
// English only for a browser that asks for it, and Dutch date notation.
export default {
  app: {
    name: 'Cockpit jeugdhulp',
    vendor: 'Gemeente'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  }
};
