// Cockpit dashboard "Termijnbewaking" for teamleiders: per gemeente of theirs the termijnen, the workload, the
// dwangsom of late decisions and a chart of the doorlooptijden per phase and month, and the cases to act on, most
// urgent first. The figures come from the plugin's backend (TermijnbewakingPluginResource); a
// user who is not a teamleider gets no dashboard. Built with DOM nodes and textContent only: no data becomes HTML.

const SOORTEN = {
  CRISISBEZOEK: 'Crisisbezoek',
  VERVOLGHULP: 'Vervolghulp',
  AFSPRAAK: 'Afspraak',
  GESPREK: 'Keukentafelgesprek',
  FAMILIEGROEPSPLAN: 'Familiegroepsplan',
  VERSLAG: 'Verslag',
  BESCHIKKING: 'Beschikking',
  BESLISSING_OP_BEZWAAR: 'Beslissing op bezwaar'
};

function el(tag, attributen, ...kinderen) {
  const node = document.createElement(tag);
  Object.entries(attributen || {}).forEach(([naam, waarde]) => node.setAttribute(naam, waarde));
  kinderen.flat(Infinity).forEach(kind => node.append(kind instanceof Node ? kind : document.createTextNode(kind ?? '')));
  return node;
}

function datum(iso) {
  return new Date(iso + 'T12:00:00').toLocaleDateString('nl-NL',
    {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'});
}

function werkdagen(zaak) {
  if (zaak.overschreden) {
    const over = -zaak.werkdagen;
    return over === 0 ? 'verstreken' : over + (over === 1 ? ' werkdag' : ' werkdagen') + ' over';
  }
  return zaak.werkdagen === 0 ? 'laatste dag' : zaak.werkdagen + (zaak.werkdagen === 1 ? ' werkdag' : ' werkdagen') + ' te gaan';
}

const FASEN = {
  MELDING_GESPREK: 'Melding → gesprek',
  GESPREK_VERSLAG: 'Gesprek → verslag',
  VERSLAG_AANVRAAG: 'Verslag → aanvraag',
  AANVRAAG_BESCHIKKING: 'Aanvraag → beschikking'
};

const SVG = 'http://www.w3.org/2000/svg';
const MAANDNAMEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function svg(tag, attributen, ...kinderen) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributen || {}).forEach(([naam, waarde]) => node.setAttribute(naam, String(waarde)));
  kinderen.forEach(kind => node.append(kind instanceof Node ? kind : document.createTextNode(kind)));
  return node;
}

// The last twelve months up to the peildatum, as "2026-11".
function maanden(peildatum) {
  const [jaar, maand] = peildatum.split('-').map(Number);
  return Array.from({length: 12}, (_, i) => {
    const d = new Date(jaar, maand - 12 + i, 1);
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0');
  });
}

// Per phase a row of bars, one per month: the bar is the median, the dark tick the p90, in werkdagen.
function doorlooptijden(lijst, peildatum) {
  if (!lijst.length) {
    return el('p', {}, 'Nog geen afgeronde fasen in de afgelopen twaalf maanden.');
  }
  const reeks = maanden(peildatum);
  const hoogste = Math.max(1, ...lijst.map(d => d.p90));
  const breedte = 26, hoogte = 60, links = 150;
  const rijen = Object.keys(FASEN).map((fase, r) => {
    const y = r * (hoogte + 10);
    const balken = reeks.map((maand, i) => {
      const d = lijst.find(x => x.fase === fase && x.maand === maand);
      if (!d) {
        return null;
      }
      const x = links + i * breedte;
      const h = Math.max(1, Math.round(d.mediaan / hoogste * hoogte));
      const p = Math.round(d.p90 / hoogste * hoogte);
      const binnen = d.binnenTermijn == null ? '' : ', ' + Math.round(d.binnenTermijn * 100) + '% binnen de termijn';
      return svg('g', {class: 'doorlooptijd', 'data-fase': fase, 'data-maand': maand},
        svg('title', {}, FASEN[fase] + ' ' + maand + ': mediaan ' + d.mediaan + ', p90 ' + d.p90 + ' werkdagen, '
          + d.aantal + (d.aantal === 1 ? ' zaak' : ' zaken') + binnen),
        svg('rect', {x: x + 3, y: y + hoogte - h, width: breedte - 6, height: h, fill: '#7fa7d9'}),
        svg('rect', {x: x + 1, y: y + hoogte - p - 1, width: breedte - 2, height: 2, fill: '#1f3f6e'}));
    }).filter(Boolean);
    return [svg('text', {x: 0, y: y + hoogte / 2 + 4, 'font-size': 12}, FASEN[fase]),
      svg('line', {x1: links, y1: y + hoogte, x2: links + 12 * breedte, y2: y + hoogte, stroke: '#999'}), balken];
  });
  const labels = reeks.map((maand, i) => svg('text', {x: links + i * breedte + 3, y: 4 * (hoogte + 10) + 4,
    'font-size': 10}, MAANDNAMEN[Number(maand.slice(5)) - 1]));
  return el('div', {class: 'termijnbewaking-doorlooptijden'},
    svg('svg', {width: links + 12 * breedte + 10, height: 4 * (hoogte + 10) + 10, role: 'img',
      'aria-label': 'Doorlooptijden per fase en maand'}, ...rijen.flat(2), ...labels),
    el('p', {class: 'text-muted'}, reeks[0] + ' tot en met ' + reeks[11] + '. Balk: mediaan, streep: p90, in werkdagen '
      + '(hoogste p90: ' + hoogste + '). Wijs een balk aan voor de cijfers; alle cijfers in doorlooptijden.csv.'));
}

function euro(bedrag) {
  return Number(bedrag).toLocaleString('nl-NL', {style: 'currency', currency: 'EUR'});
}

function tabel(koppen, rijen) {
  return el('table', {class: 'table table-bordered table-condensed'},
    el('thead', {}, el('tr', {}, koppen.map(kop => el('th', {}, kop)))),
    el('tbody', {}, rijen));
}

function gemeente(g, binnen, overzicht) {
  const termijnen = tabel(['Termijn', 'Lopend', 'Binnen ' + binnen + ' werkdagen', 'Overschreden', 'Oudste overschrijding'],
    g.termijnen.map(t => el('tr', {'data-soort': t.soort},
      el('td', {}, SOORTEN[t.soort] || t.soort), el('td', {}, String(t.lopend)), el('td', {}, String(t.binnenTermijn)),
      el('td', t.overschreden ? {style: 'color:#b00;font-weight:bold'} : {}, String(t.overschreden)),
      el('td', {}, t.oudsteOverschrijding == null ? '' : t.oudsteOverschrijding + ' werkdagen'))));
  const werklast = tabel(['Medewerker', 'Open taken', 'Verlopen taken'],
    g.werklast.map(w => el('tr', {},
      el('td', {}, w.medewerker ? w.naam : '(niet toegewezen)'), el('td', {}, String(w.openTaken)),
      el('td', w.verlopenTaken ? {style: 'color:#b00;font-weight:bold'} : {}, String(w.verlopenTaken)))));
  const dwangsom = g.dwangsom.zaken
    ? el('p', {class: 'termijnbewaking-dwangsom', style: Number(g.dwangsom.bedrag) > 0 ? 'color:#b00;font-weight:bold' : ''},
      'Dwangsom: ' + g.dwangsom.zaken + (g.dwangsom.zaken === 1 ? ' zaak, ' : ' zaken, ') + euro(g.dwangsom.bedrag)
      + ' tot nu toe')
    : el('p', {class: 'termijnbewaking-dwangsom'}, 'Geen dwangsom.');
  return el('div', {class: 'termijnbewaking-gemeente', 'data-gemeente': g.gemeente},
    el('h4', {}, g.naam), termijnen, dwangsom, el('h5', {}, 'Werklast'), werklast,
    el('h5', {}, 'Doorlooptijden'),
    doorlooptijden(overzicht.doorlooptijden.filter(d => d.gemeente === g.gemeente), overzicht.peildatum));
}

function zaken(lijst, binnen) {
  if (!lijst.length) {
    return el('p', {}, 'Geen zaken met een overschreden termijn of een termijn die binnen ' + binnen + ' werkdagen eindigt.');
  }
  return tabel(['Zaak', 'Gemeente', 'Initialen', 'Termijn', 'Uiterlijk', 'Werkdagen', 'Regisseur', 'Huidige stap'],
    lijst.map(z => el('tr', {class: 'termijnbewaking-zaak', 'data-zaak': z.zaaknummer},
      el('td', {}, z.procesInstantie
        ? el('a', {href: '#/process-instance/' + encodeURIComponent(z.procesInstantie) + '/runtime'}, z.zaaknummer)
        : z.zaaknummer),
      el('td', {}, z.gemeente), el('td', {}, z.initialen), el('td', {}, SOORTEN[z.termijn] || z.termijn),
      el('td', {}, datum(z.uiterlijk)),
      el('td', z.overschreden ? {style: 'color:#b00;font-weight:bold'} : {}, werkdagen(z)),
      el('td', {}, z.regisseurNaam || ''), el('td', {}, z.stap || ''))));
}

function dwangsommen(lijst) {
  if (!lijst.length) {
    return el('p', {}, 'Geen ingebrekestellingen met een lopende of nog vast te stellen dwangsom.');
  }
  return tabel(['Zaak', 'Gemeente', 'Initialen', 'Ingebrekestelling', 'Dwangsom vanaf', 'Beschikking verzonden', 'Dagen',
    'Bedrag'],
  lijst.map(d => el('tr', {class: 'termijnbewaking-dwangsomzaak', 'data-zaak': d.zaaknummer},
    el('td', {}, d.procesInstantie
      ? el('a', {href: '#/process-instance/' + encodeURIComponent(d.procesInstantie) + '/runtime'}, d.zaaknummer)
      : d.zaaknummer),
    el('td', {}, d.gemeente), el('td', {}, d.initialen), el('td', {}, datum(d.ingebrekestelling)),
    el('td', {}, datum(d.eersteDwangsomdag)), el('td', {}, d.beschikkingVerzonden ? datum(d.beschikkingVerzonden) : 'nog niet'),
    el('td', {}, String(d.dagen)),
    el('td', d.dagen ? {style: 'color:#b00;font-weight:bold'} : {}, euro(d.bedrag)))));
}

function downloads() {
  return el('p', {}, 'Downloaden (CSV): ',
    ['zaken', 'termijnen', 'werklast', 'dwangsommen', 'doorlooptijden'].map((deel, i) =>
      [i ? ' · ' : '', el('a', {href: '/api/termijnbewaking/' + deel + '.csv', download: ''}, deel)]));
}

export default {
  id: 'termijnbewaking',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node, {api}) => {
    fetch(api.cockpitApi + '/plugin/termijnbewaking/' + api.engine + '/overzicht', {headers: {Accept: 'application/json'}})
      .then(antwoord => antwoord.ok ? antwoord.json() : null)
      .then(overzicht => {
        if (!overzicht) {
          return;
        }
        const binnen = overzicht.binnenWerkdagen;
        node.replaceChildren(el('section', {class: 'termijnbewaking'},
          el('h3', {class: 'section-title'}, 'Termijnbewaking'),
          el('p', {}, 'Stand van ' + datum(overzicht.peildatum) + '. Termijnen in werkdagen, feestdagen en '
            + 'sluitingsdagen van de gemeente niet meegeteld.'),
          overzicht.gemeenten.map(g => gemeente(g, binnen, overzicht)),
          el('h4', {}, 'Zaken met een overschreden of bijna verstreken termijn'),
          zaken(overzicht.zaken, binnen),
          el('h4', {}, 'Dwangsom bij niet tijdig beslissen (Awb 4:17)'),
          dwangsommen(overzicht.dwangsommen),
          downloads()));
      });
  }
};
