/**
 * A user task without these task listeners still runs, but Tasklist then shows it without the case: no
 * zaaknummer and initials in its name, an empty header in its form (taakContextListener); and a consulent
 * task would not go to the case's regisseur (regisseurListener).
 */
module.exports = function() {

  function heeftListener(node, expressie, event) {
    const extensies = (node.extensionElements && node.extensionElements.values) || [];

    return extensies.some(element => element.$instanceOf('camunda:TaskListener') &&
      element.delegateExpression === expressie && element.event === event);
  }

  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) {
      return;
    }

    if (!heeftListener(node, '${taakContextListener}', 'create')) {
      reporter.report(node.id, 'Geen task listener ${taakContextListener} op create: de taak toont de zaak niet');
    }

    const groepen = (node.get('camunda:candidateGroups') || '').split(',').map(groep => groep.trim());

    if (groepen.includes('consulenten') &&
      !(heeftListener(node, '${regisseurListener}', 'create') && heeftListener(node, '${regisseurListener}', 'assignment'))) {
      reporter.report(node.id, 'Consulententaak zonder ${regisseurListener} op create en assignment: de taak gaat niet naar de regisseur');
    }
  }

  return { check };
};
