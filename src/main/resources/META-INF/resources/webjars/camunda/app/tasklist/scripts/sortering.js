// Tasklist opens sorted on "Aangemaakt", newest first. Camunda 7.24 has no setting for another default: the task
// list takes its order only from the page's "sorting" parameter. A consultant under deadline pressure wants the
// task that is due first on top, so whenever the task list is shown without an order, this script gives it
// "Vervaldatum, oplopend". An order the user picks stays: it is in the parameter, and this script then does nothing.
const OP_VERVALDATUM = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sorteerOpVervaldatum() {
  const [pad, zoekdeel = ''] = window.location.hash.replace(/^#/, '').split('?');
  const parameters = new URLSearchParams(zoekdeel);
  if ((pad === '/' || pad === '') && !parameters.has('sorting')) {
    parameters.set('sorting', OP_VERVALDATUM);
    // Replaced, not added: the browser's back button does not return to the unsorted list.
    window.history.replaceState(window.history.state, '', '#/?' + parameters.toString());
  }
}

sorteerOpVervaldatum();
window.addEventListener('hashchange', sorteerOpVervaldatum);
