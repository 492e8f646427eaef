package nl.jeugdhulp.toegang.tasklist;

import static nl.jeugdhulp.toegang.tasklist.TaakVariabelen.DOCUMENTEN;
import static nl.jeugdhulp.toegang.tasklist.TaakVariabelen.JEUGDIGE;
import static nl.jeugdhulp.toegang.tasklist.TaakVariabelen.TERMIJNEN_OVERZICHT;
import static nl.jeugdhulp.toegang.tasklist.TaakVariabelen.ZAAKNUMMER;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.brief.DocumentRepository;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.termijn.Datums;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;

/**
 * What a consulent needs to see in Tasklist before acting: the task name says which case it is (zaaknummer
 * and initials, never a BSN; kept with the task's history), and the form's header shows the child and the
 * running termijnen. The header values are task-local, so they go when the task completes, and the history
 * level keeps them out of the history.
 */
@Component("taakContextListener")
class TaakContextListener implements TaskListener {

    /** The terms a form's header lists: those still to meet, those overrun, and a suspended beslistermijn. */
    private static final Set<TermijnStatus> TONEN = EnumSet.of(TermijnStatus.LOPEND, TermijnStatus.OVERSCHREDEN,
            TermijnStatus.OPGESCHORT);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

    private final ZaakService zaken;
    private final DocumentRepository documenten;
    private final EngineClock klok;

    TaakContextListener(ZaakService zaken, DocumentRepository documenten, EngineClock klok) {
        this.zaken = zaken;
        this.documenten = documenten;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        task.setName(task.getName() + " · " + zaak.getZaaknummer() + " " + zaak.getJeugdige().initialen());
        ZAAKNUMMER.schrijfLokaal(task, zaak.getZaaknummer());
        JEUGDIGE.schrijfLokaal(task, "%s, %d jaar".formatted(zaak.getJeugdige().naam(),
                zaak.getJeugdige().leeftijdOp(klok.today())));
        TERMIJNEN_OVERZICHT.schrijfLokaal(task, overzicht(zaak));
        DOCUMENTEN.schrijfLokaal(task, brieven(zaak));
    }

    /**
     * A markdown list of the zaak's letters, each a link to its PDF: "- [Verslag van het onderzoek](/api/...), 20
     * november 2026, 41 kB". Tasklist's own session opens the link (see security/ApiAanmelding).
     */
    private String brieven(Zaak zaak) {
        String lijst = documenten.overzicht(zaak.getId()).stream()
                .map(document -> "- [%s](/api/zaken/%s/documenten/%d), %s, %d kB".formatted(document.titel(),
                        zaak.getZaaknummer(), document.id(),
                        Datums.metDag(document.aangemaakt().atZone(EngineClock.ZONE).toLocalDate()),
                        Math.max(1, Math.round(document.grootte() / 1024.0))))
                .collect(Collectors.joining("\n"));
        return lijst.isEmpty() ? "Nog geen brieven." : lijst;
    }

    /** A markdown list for the form's header, e.g. "- VERSLAG: uiterlijk donderdag 3 december 2026". */
    private static String overzicht(Zaak zaak) {
        String lopend = zaak.getTermijnen().stream()
                .filter(termijn -> TONEN.contains(termijn.getStatus()))
                .map(TaakContextListener::regel)
                .collect(Collectors.joining("\n"));
        return lopend.isEmpty() ? "Geen lopende termijnen." : lopend;
    }

    /**
     * An hour-based term also shows its time: "- CRISISBEZOEK: uiterlijk vrijdag 13 november 2026 om 11:00"; a
     * suspended one the date the family was given, as its last day moves only when the suspension ends.
     */
    private static String regel(Zaaktermijn termijn) {
        LocalDate uiterlijk = termijn.getUiterlijk();
        String tijd = termijn.getUiterlijkOm()
                .map(om -> " om " + TIJD.format(om.atZone(EngineClock.ZONE)))
                .orElse("");
        String status = switch (termijn.getStatus()) {
            case OVERSCHREDEN -> " (**verstreken**)";
            case OPGESCHORT -> termijn.lopendeOpschorting()
                    .map(o -> " (**staat stil** tot de aanvulling, uiterlijk " + Datums.metDag(o.aanvullenUiterlijk()) + ")")
                    .orElse("");
            default -> "";
        };
        return "- " + termijn.getSoort() + ": uiterlijk " + Datums.metDag(uiterlijk) + tijd + status;
    }
}
