package nl.jeugdhulp.toegang.bewaren;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.bezwaar.BezwaarRequest;
import nl.jeugdhulp.toegang.bezwaar.BezwaarService;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * A closed dossier is destroyed the day after its bewaartermijn (5 years, application.yaml), counted from the
 * close or from the end of the granted help when later; a dossier with a running process is never touched.
 * The nightly run goes through every dossier of the database the ITs share; the tests look at their own zaken.
 */
@ToegangIT
class DossierbewaringIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    BezwaarService bezwaren;
    @Autowired
    Dossierbewaring bewaring;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void afgeslotenDossier_blijftTotVijfJaarNaHetEindeVanDeHulp_enVerdwijntDanHeel() {
        String afgerond = TestBeschikking.zaakMetBeschikking(engine, meldingen, "dalfsen");
        // The help granted runs to 30 June 2028, long after the close on 13 November 2026.
        jdbc.update("update zaak set einddatum = ? where zaaknummer = ?", LocalDate.of(2028, 6, 30), afgerond);
        String lopend = meldingen.registreer(TestMelding.vanSam("dalfsen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2))).getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, lopend);

        bewaring.ruimOp();
        Zaak zaak = zaken.findByZaaknummer(afgerond).orElseThrow();
        assertThat(zaak.getAfgesloten()).hasValue(LocalDate.of(2026, 11, 13));
        assertThat(zaken.findByZaaknummer(lopend).orElseThrow().getAfgesloten()).isEmpty();
        // The 5 years count from the end of the help.
        LocalDate laatsteDag = LocalDate.of(2033, 6, 30);
        assertThat(bewaring.bewaarTot(zaak)).isEqualTo(laatsteDag);
        assertThat(aantal("document", zaak)).isPositive();

        zetKlok(laatsteDag.atTime(12, 0));
        bewaring.ruimOp();
        assertThat(zaken.findByZaaknummer(afgerond)).as("op de laatste dag nog bewaard").isPresent();

        zetKlok(laatsteDag.plusDays(1).atTime(1, 30));
        // The night's count holds the other tests' expired dossiers too: ours is one of them, the zaak proves which.
        assertThat(bewaring.ruimOp()).as("vernietigde dossiers, het onze erbij").isPositive();
        assertThat(zaken.findByZaaknummer(afgerond)).isEmpty();
        for (String tabel : new String[] {"document", "termijn", "beslissing", "verslag_uitkomst", "bezwaar"}) {
            assertThat(aantal(tabel, zaak)).as(tabel).isZero();
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(afgerond)
                .count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from verwerking where zaaknummer = ? and handeling = 'VERNIETIGEN'"
                + " and gebruiker = 'systeem'", Long.class, afgerond)).isOne();
        assertThat(zaken.findByZaaknummer(lopend)).as("loopt nog, blijft").isPresent();
    }

    @Test
    void zonderEinddatum_tellenDeVijfJarenVanafDeAfsluiting() {
        String zaaknummer = TestBeschikking.zaakMetBeschikking(engine, meldingen, "kampen");
        jdbc.update("update zaak set einddatum = null where zaaknummer = ?", zaaknummer);
        bewaring.ruimOp();
        assertThat(bewaring.bewaarTot(zaken.findByZaaknummer(zaaknummer).orElseThrow()))
                .isEqualTo(LocalDate.of(2031, 11, 13));
    }

    @Test
    void eenBezwaarNaDeAfsluiting_opentHetDossierWeer_totDatHetIsBehandeld() {
        String zaaknummer = TestBeschikking.zaakMetBeschikking(engine, meldingen, "kampen");
        bewaring.ruimOp();
        assertThat(zaken.findByZaaknummer(zaaknummer).orElseThrow().getAfgesloten()).hasValue(LocalDate.of(2026, 11, 13));

        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, null));
        bewaring.ruimOp();
        assertThat(zaken.findByZaaknummer(zaaknummer).orElseThrow().getAfgesloten()).isEmpty();

        // Years later, with the bezwaar still undecided: the dossier stays.
        zetKlok(LocalDateTime.of(2035, 1, 2, 1, 30));
        bewaring.ruimOp();
        assertThat(zaken.findByZaaknummer(zaaknummer)).isPresent();
    }

    private long aantal(String tabel, Zaak zaak) {
        return jdbc.queryForObject("select count(*) from " + tabel + " where zaak_id = ?", Long.class, zaak.getId());
    }
}
