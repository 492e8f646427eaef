package nl.jeugdhulp.toegang.brief;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * A letter that cannot be made is never silently missing: the step fails, the engine retries it, and then
 * Cockpit shows an incident that says which letter of which zaak failed and why. Nothing of the step is kept.
 * Once the cause is fixed, retrying the step sends the letter and the case goes on. The renderer is the real one;
 * the test only makes it fail, as a broken template would.
 */
@ToegangIT
class BriefIncidentIT {

    /** The spy every IT shares (see ToegangIT). */
    @Autowired
    BriefRenderer renderer;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    DocumentRepository documenten;

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void briefDieNietLukt_wordtEenIncidentMetDeReden_naHerstelGaatDeZaakVerder() {
        zetKlok(LocalDateTime.of(2026, 11, 2, 9, 0));
        doThrow(new IllegalStateException("sjabloon ontbreekt")).when(renderer)
                .pdf(argThat(brief -> brief.soort() == Briefsoort.ONTVANGSTBEVESTIGING));
        Zaak zaak = meldingen.registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), LocalDate.of(2014, 5, 2)));
        var management = engine.getManagementService();
        Job stap = management.createJobQuery().processInstanceId(zaak.getProcesInstantieId()).singleResult();
        assertThat(stap.getRetries()).isEqualTo(3);

        for (int poging = 0; poging < 3; poging++) {
            assertThatThrownBy(() -> management.executeJob(stap.getId())).hasMessageContaining("sjabloon ontbreekt");
        }

        Incident incident = engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(zaak.getProcesInstantieId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_OntvangstBevestigen");
        assertThat(incident.getIncidentMessage()).isEqualTo("Brief 'Bevestiging van uw melding' voor zaak "
                + zaak.getZaaknummer() + " is niet gemaakt: sjabloon ontbreekt");
        assertThat(documenten.overzicht(zaak.getId())).isEmpty();
        assertThat(zaken.findByZaaknummer(zaak.getZaaknummer()).orElseThrow().getOntvangstbevestigingVerzonden()).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(zaak.getProcesInstantieId()).count()).isZero();

        reset(renderer);
        management.setJobRetries(stap.getId(), 1);
        management.executeJob(stap.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(zaak.getProcesInstantieId()).count())
                .isZero();
        assertThat(documenten.overzicht(zaak.getId())).extracting(DocumentView::soort)
                .containsExactly(Briefsoort.ONTVANGSTBEVESTIGING);
        assertThat(zaken.findByZaaknummer(zaak.getZaaknummer()).orElseThrow().getOntvangstbevestigingVerzonden())
                .contains(LocalDate.of(2026, 11, 2));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(zaak.getProcesInstantieId())
                .singleResult().getTaskDefinitionKey()).isEqualTo("Task_AfspraakPlannen");
    }
}
