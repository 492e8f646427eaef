// Tasklist for the jeugdconsulenten: Dutch first (our own translation in ../locales/nl.json), English only
// for a browser that asks for it, Dutch date notation (e.g. "3 december 2026 14:30"), and the task list sorted on
// due date (scripts/sortering.js).
export default {
  app: {
    name: 'Takenlijst jeugdhulp',
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
  },
  customScripts: ['scripts/sortering'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de geselecteerde taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste veld van het formulier'
    }
  }
};
