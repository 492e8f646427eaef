package nl.jeugdhulp.toegang.bewaren;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * A dossier is kept no longer than needed (AVG art 5 lid 1 e): every night, in the window of the engine's
 * history cleanup, a zaak whose processes have all ended is marked closed, and a closed dossier whose
 * bewaartermijn has passed is destroyed with its letters, bezwaren, termijnen and any process history left.
 * The bewaartermijn runs from the closing day, or from the end of the granted help when that is later: as long
 * as help runs, its beschikking must be at hand. A process that starts after the close (a bezwaar) opens the
 * dossier again, so a dossier with a running process is never destroyed. The audit trail keeps that the dossier
 * was destroyed.
 */
@Component
public class Dossierbewaring {

    private static final Logger LOG = LoggerFactory.getLogger(Dossierbewaring.class);
    /** The rows that belong to a zaak and are not mapped on it (termijnen, beslissingen, uitkomsten go with it). */
    private static final List<String> BIJ_DE_ZAAK = List.of("document", "bezwaar");
    /** Rows per query: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int PAGINA = 1000;

    private final ZaakRepository zaken;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final JdbcTemplate jdbc;
    private final Verwerkingen verwerkingen;
    private final EngineClock klok;
    private final Period bewaartermijn;

    Dossierbewaring(ZaakRepository zaken, RuntimeService runtimeService, HistoryService historyService, JdbcTemplate jdbc,
                    Verwerkingen verwerkingen, EngineClock klok,
                    @Value("${jeugdhulp.bewaartermijn-dossier}") String bewaartermijn) {
        this.zaken = zaken;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.verwerkingen = verwerkingen;
        this.klok = klok;
        this.bewaartermijn = Period.parse(bewaartermijn);
    }

    /**
     * Every night in the cleanup window, on one node of the installation (see {@code Planning}); returns the number
     * of dossiers destroyed. Set by set, so that a region's database of years of cases is one pass over the running
     * processes and a few hundred statements, not a query per dossier.
     */
    @Transactional
    public int ruimOp() {
        LocalDate vandaag = klok.today();
        Set<String> lopend = lopendeZaken();
        // A bezwaar after the close opens the dossier again; its bewaartermijn then runs from the bezwaar's end.
        for (List<String> deel : delen(List.copyOf(lopend))) {
            List<String> heropend = zaken.afgeslotenZaaknummers(deel);
            if (!heropend.isEmpty()) {
                zaken.zetAfgesloten(heropend, null);
            }
        }
        List<String> afgesloten = zaken.openZaaknummers().stream().filter(nummer -> !lopend.contains(nummer)).toList();
        for (List<String> deel : delen(afgesloten)) {
            zaken.zetAfgesloten(deel, vandaag);
        }
        // Only dossiers closed at least a bewaartermijn ago can be due; four days spare cover the shorter months.
        List<Zaak> verlopen = zaken.findByAfgeslotenBefore(vandaag.minus(bewaartermijn).plusDays(4)).stream()
                .filter(zaak -> vandaag.isAfter(bewaarTot(zaak)))
                .toList();
        verlopen.forEach(this::vernietig);
        return verlopen.size();
    }

    /** The zaaknummers of every running process, bezwaren included, read page by page. */
    private Set<String> lopendeZaken() {
        Set<String> lopend = new HashSet<>();
        for (int eerste = 0; ; eerste += PAGINA) {
            List<ProcessInstance> pagina = runtimeService.createProcessInstanceQuery().orderByProcessInstanceId().asc()
                    .listPage(eerste, PAGINA);
            if (pagina.isEmpty()) {
                return lopend;
            }
            pagina.stream().map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).forEach(lopend::add);
        }
    }

    private static List<List<String>> delen(List<String> zaaknummers) {
        List<List<String>> delen = new ArrayList<>();
        for (int van = 0; van < zaaknummers.size(); van += PAGINA) {
            delen.add(zaaknummers.subList(van, Math.min(van + PAGINA, zaaknummers.size())));
        }
        return delen;
    }

    /** The last day the dossier is kept. */
    public LocalDate bewaarTot(Zaak zaak) {
        LocalDate afgesloten = zaak.getAfgesloten().orElseThrow();
        LocalDate einde = zaak.getBeschikking().einddatum();
        return (einde != null && einde.isAfter(afgesloten) ? einde : afgesloten).plus(bewaartermijn);
    }

    private void vernietig(Zaak zaak) {
        BIJ_DE_ZAAK.forEach(tabel -> jdbc.update("delete from " + tabel + " where zaak_id = ?", zaak.getId()));
        List<String> historie = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(zaak.getZaaknummer()).list().stream().map(HistoricProcessInstance::getId).toList();
        if (!historie.isEmpty()) {
            historyService.deleteHistoricProcessInstancesIfExists(historie);
        }
        verwerkingen.vernietigd(zaak, "bewaartermijn " + bewaartermijn + " verstreken op " + bewaarTot(zaak));
        zaken.delete(zaak);
        LOG.info("Dossier {} (gemeente {}) vernietigd: bewaartermijn verstreken", zaak.getZaaknummer(), zaak.getGemeente());
    }
}
