/**
 * A statutory termijn counts werkdagen with each gemeente's closing days, which only the termijnen bean
 * (Termijnbewaking#verstrijktOp) knows; a duration or cycle such as P42D would ignore them.
 */

// Mirrors the enum nl.jeugdhulp.toegang.zaak.Termijnsoort; plugin/test/timer-uses-calendar.test.js fails when they differ.
const TERMIJNSOORTEN = [ 'CRISISBEZOEK', 'VERVOLGHULP', 'AFSPRAAK', 'GESPREK', 'FAMILIEGROEPSPLAN', 'VERSLAG', 'BESCHIKKING', 'BESLISSING_OP_BEZWAAR' ];

// Termijnsoorten the gemeente does not watch (Termijnsoort#wordtBewaakt is false): the family's own term to object.
// Nothing in a process waits for them, so a timer on one is a modelling error.
const NIET_BEWAAKT = [ 'BEZWAARTERMIJN' ];

// A date the dossier holds rather than a count on the calendar: the day the consulent gave the family to complete
// its aanvraag (Awb 4:5, 4:15 lid 1). Its timer fires at 00:00 after that day, as a termijn's does after its last day.
const DATUMS_UIT_HET_DOSSIER = [ '${opschortingen.aanvullingVerstrijktOp(execution)}' ];

// No surrounding whitespace either: the engine would read that as a date string, not as one expression.
const EXPRESSION = /^\$\{termijnen\.verstrijktOp\(execution, '([^']*)'\)\}$/;

const VOORBEELD = '${termijnen.verstrijktOp(execution, \'SOORT\')}';

module.exports = function() {

  function check(node, reporter) {

    // Without the camunda moddle extension camunda:properties stay untyped and the termijnsoort check would
    // silently never fire.
    if (node.$instanceOf('bpmn:Definitions') && !node.$model.getPackage('camunda')) {
      throw new Error('camunda-bpmn-moddle ontbreekt: zet "moddleExtensions" in .bpmnlintrc');
    }

    if (!node.$instanceOf('bpmn:TimerEventDefinition')) {
      return;
    }

    const event = node.$parent;

    if (node.timeDuration || node.timeCycle || !node.timeDate) {
      reporter.report(event.id, `Timer zonder werkdagenkalender: kies type Date met ${VOORBEELD}`);
      return;
    }

    if (DATUMS_UIT_HET_DOSSIER.includes(node.timeDate.body)) {
      return;
    }

    const match = EXPRESSION.exec(node.timeDate.body || '');

    if (!match) {
      reporter.report(event.id, `Timerdatum moet precies ${VOORBEELD} zijn`);
      return;
    }

    const soort = match[1];

    if (NIET_BEWAAKT.includes(soort)) {
      reporter.report(event.id, `Termijnsoort '${soort}' is de termijn van het gezin: daar hoort geen timer op`);
      return;
    }

    if (!TERMIJNSOORTEN.includes(soort)) {
      reporter.report(event.id, `Onbekende termijnsoort '${soort}'; kies uit ${TERMIJNSOORTEN.join(', ')}`);
      return;
    }

    const property = termijnsoortProperty(event);

    if (property && property.value !== soort) {
      reporter.report(event.id, `Termijnsoort van het template (${property.value || 'leeg'}) wijkt af van de timerdatum (${soort})`);
    }
  }

  return { check };
};

module.exports.TERMIJNSOORTEN = TERMIJNSOORTEN;
module.exports.NIET_BEWAAKT = NIET_BEWAAKT;

// Set by the element template "Termijn verstreken (werkdagenkalender)".
function termijnsoortProperty(event) {
  const extensions = event.extensionElements ? event.extensionElements.get('values') : [];

  return extensions
    .filter(extension => extension.$instanceOf('camunda:Properties'))
    .flatMap(properties => properties.get('values'))
    .find(property => property.name === 'termijnsoort');
}
