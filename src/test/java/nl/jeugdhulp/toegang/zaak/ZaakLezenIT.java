package nl.jeugdhulp.toegang.zaak;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * One step of the process asks for its zaak many times: the fase listener, the delegate, the due-date, follow-up
 * and timer expressions and the Tasklist context of the task it creates. The dossier is read once per step all the
 * same (the test profile turns Hibernate's statistics on).
 */
@ToegangIT
class ZaakLezenIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void eenStapDieEenTaakMaakt_leestDeZaakEenKeer() {
        zetKlok(LocalDateTime.of(2026, 11, 2, 9, 0));
        Zaak zaak = meldingen.registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 2), LocalDate.of(2014, 5, 2)));
        var stap = engine.getManagementService().createJobQuery().processInstanceId(zaak.getProcesInstantieId()).singleResult();
        Statistics statistieken = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistieken.isStatisticsEnabled()).isTrue();
        long opgezocht = opzoekingen(statistieken);
        long geladen = statistieken.getEntityStatistics(Zaak.class.getName()).getLoadCount();

        engine.getManagementService().executeJob(stap.getId());

        var taak = engine.getTaskService().createTaskQuery().processInstanceId(zaak.getProcesInstantieId()).singleResult();
        assertThat(taak.getTaskDefinitionKey()).isEqualTo("Task_AfspraakPlannen");
        assertThat(taak.getDueDate()).isNotNull();
        assertThat(taak.getFollowUpDate()).isNotNull();
        assertThat(opzoekingen(statistieken) - opgezocht).as("zaak opgezocht in de database").isOne();
        assertThat(statistieken.getEntityStatistics(Zaak.class.getName()).getLoadCount() - geladen)
                .as("zaak geladen").isOne();
    }

    /** Every read of a zaak from the database: by natural id, or by a query on the zaak (JPQL or derived). */
    private static long opzoekingen(Statistics statistieken) {
        long perQuery = Arrays.stream(statistieken.getQueries())
                .filter(query -> query.toLowerCase(Locale.ROOT).contains("from zaak "))
                .mapToLong(query -> statistieken.getQueryStatistics(query).getExecutionCount()).sum();
        return statistieken.getNaturalIdStatistics(Zaak.class.getName()).getExecutionCount() + perQuery;
    }
}
