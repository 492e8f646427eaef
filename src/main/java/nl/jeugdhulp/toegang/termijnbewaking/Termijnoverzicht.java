package nl.jeugdhulp.toegang.termijnbewaking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.fout.GeenToegangException;
import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Groepen;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.ZaakVariabelen;

/**
 * The Termijnbewaking of the logged-in team leader, for the gemeenten they work for (their tenants) and for no other:
 * a consulent, or a team leader asking for another gemeente, is refused. The dossier gives the termijnen; the engine
 * gives the current step, the regisseur and the workload, as the team leader may see them.
 */
@Service
@Transactional(readOnly = true)
public class Termijnoverzicht {

    /** "At risk": the last day falls within this many werkdagen (issue 16 §1), as Tasklist's filter of that name. */
    static final int BINNEN_WERKDAGEN = 5;
    /** The doorlooptijden cover this month and the months before it, this many in all. */
    static final int MAANDEN = 12;
    /** The termijnen whose end dates the phases are measured by. */
    private static final List<Termijnsoort> DOORLOOP = List.of(Termijnsoort.GESPREK, Termijnsoort.VERSLAG,
            Termijnsoort.BESCHIKKING);
    /** Process instances asked of the engine at a time, for the step and the regisseur of the listed cases. */
    private static final int PER_KEER = 500;

    private final LopendeTermijnen termijnen;
    private final Gemeenten gemeenten;
    private final Termijnstand stand;
    private final Doorlooptijden doorloop;
    private final EngineClock klok;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;

    Termijnoverzicht(LopendeTermijnen termijnen, Gemeenten gemeenten, Werkdagenkalender kalender, EngineClock klok,
                     IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
                     JdbcTemplate jdbc) {
        this.termijnen = termijnen;
        this.gemeenten = gemeenten;
        this.stand = new Termijnstand(kalender, BINNEN_WERKDAGEN);
        this.doorloop = new Doorlooptijden(kalender);
        this.klok = klok;
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
    }

    /** For one gemeente of the user's, or with {@code gemeente} null for all of them. */
    public Overzicht overzicht(String gemeente) {
        List<Gemeente> zichtbaar = zichtbaar(gemeente);
        LocalDate vandaag = klok.today();
        Instant nu = klok.now();
        List<String> codes = zichtbaar.stream().map(Gemeente::code).toList();
        List<LopendeTermijn> rijen = new ArrayList<>(termijnen.vanZaken(codes, Termijnstand.BEWAAKT));
        rijen.addAll(termijnen.vanBezwaren(codes));

        List<Overzicht.Dwangsomzaak> dwangsommen = Termijnstand.dwangsommen(termijnen.ingebrekestellingen(codes), vandaag);
        LocalDate sinds = vandaag.withDayOfMonth(1).minusMonths(MAANDEN - 1L);
        // A phase that ends in the period may have begun up to half a year before: its step before is read too.
        List<AfgerondeTermijn> afgerond = termijnen.afgerond(codes, DOORLOOP, sinds.minusMonths(6));
        List<Overzicht.Doorlooptijd> doorlooptijden = new ArrayList<>();

        List<Overzicht.Gemeente> perGemeente = new ArrayList<>();
        List<Overzicht.Signalering> signaleringen = new ArrayList<>();
        for (Gemeente g : zichtbaar) {
            var berekend = stand.bereken(g, rijen.stream().filter(rij -> rij.gemeente().equals(g.code())).toList(), vandaag, nu);
            perGemeente.add(new Overzicht.Gemeente(g.code(), g.naam(), berekend.tellingen(), werklast(g.code(), nu),
                    Termijnstand.totaal(g.code(), dwangsommen)));
            signaleringen.addAll(berekend.signaleringen());
            doorlooptijden.addAll(doorloop.bereken(g, afgerond.stream().filter(rij -> rij.gemeente().equals(g.code())).toList(),
                    sinds));
        }
        signaleringen.sort(Termijnstand.URGENTIE);
        return new Overzicht(vandaag, BINNEN_WERKDAGEN, perGemeente, metStapEnRegisseur(signaleringen), dwangsommen,
                doorlooptijden);
    }

    /** The user's own gemeenten, or the one asked for when it is theirs. Only for team leaders. */
    private List<Gemeente> zichtbaar(String gevraagd) {
        Authentication gebruiker = identityService.getCurrentAuthentication();
        if (gebruiker == null || gebruiker.getGroupIds() == null || !gebruiker.getGroupIds().contains(Groepen.TEAMLEIDERS)) {
            throw new GeenToegangException("De termijnbewaking is er voor teamleiders.");
        }
        Collection<String> eigen = gebruiker.getTenantIds() == null ? List.of() : gebruiker.getTenantIds();
        if (gevraagd == null) {
            return gemeenten.alle().stream().filter(g -> eigen.contains(g.code())).toList();
        }
        Gemeente gemeente = gemeenten.find(gevraagd)
                .orElseThrow(() -> new OngeldigeInvoerException().veld("gemeente", "onbekende gemeente: " + gevraagd));
        if (!eigen.contains(gemeente.code())) {
            throw new GeenToegangException("Je werkt niet voor gemeente '" + gemeente.code() + "'.");
        }
        return List.of(gemeente);
    }

    /**
     * Open tasks per assignee in one grouped query on the engine's task table, for this gemeente (tenant) only;
     * unassigned tasks come last, without medewerker. The caller is a team leader of the gemeente, who may read
     * every task of its processes (Autorisaties).
     */
    private List<Overzicht.Werklast> werklast(String gemeente, Instant nu) {
        record Rij(String medewerker, int open, int verlopen) {
        }
        List<Rij> rijen = jdbc.query("""
                        select ASSIGNEE_, count(*), sum(case when DUE_DATE_ < ? then 1 else 0 end)
                        from ACT_RU_TASK where TENANT_ID_ = ? group by ASSIGNEE_""",
                (rs, nr) -> new Rij(rs.getString(1), rs.getInt(2), rs.getInt(3)), Timestamp.from(nu), gemeente);
        Map<String, String> namen = namen(rijen.stream().map(Rij::medewerker).filter(Objects::nonNull).toList());
        return rijen.stream()
                .sorted(Comparator.comparing((Rij rij) -> rij.medewerker() == null)
                        .thenComparing(Rij::verlopen, Comparator.reverseOrder())
                        .thenComparing(Rij::open, Comparator.reverseOrder())
                        .thenComparing(rij -> Objects.toString(rij.medewerker(), "")))
                .map(rij -> new Overzicht.Werklast(rij.medewerker(), rij.medewerker() == null ? null
                        : namen.getOrDefault(rij.medewerker(), rij.medewerker()), rij.open(), rij.verlopen()))
                .toList();
    }

    /** The open steps of each listed case and its regisseur, asked of the engine per {@value #PER_KEER} cases. */
    private List<Overzicht.Signalering> metStapEnRegisseur(List<Overzicht.Signalering> signaleringen) {
        List<String> instanties = signaleringen.stream().map(Overzicht.Signalering::procesInstantie)
                .filter(Objects::nonNull).distinct().toList();
        Map<String, Set<String>> stappen = new HashMap<>();
        Map<String, String> regisseurs = new HashMap<>();
        for (int van = 0; van < instanties.size(); van += PER_KEER) {
            String[] deel = instanties.subList(van, Math.min(van + PER_KEER, instanties.size())).toArray(String[]::new);
            for (Task taak : taskService.createTaskQuery().processInstanceIdIn(deel).list()) {
                stappen.computeIfAbsent(taak.getProcessInstanceId(), id -> new TreeSet<>()).add(stap(taak.getName()));
            }
            for (VariableInstance variabele : runtimeService.createVariableInstanceQuery().processInstanceIdIn(deel)
                    .variableName(ZaakVariabelen.REGISSEUR.naam()).disableBinaryFetching().list()) {
                regisseurs.put(variabele.getProcessInstanceId(), (String) variabele.getValue());
            }
        }
        Map<String, String> namen = namen(regisseurs.values().stream().distinct().toList());
        return signaleringen.stream().map(s -> {
            String regisseur = regisseurs.get(s.procesInstantie());
            Set<String> open = stappen.get(s.procesInstantie());
            return s.met(regisseur, regisseur == null ? null : namen.getOrDefault(regisseur, regisseur),
                    open == null ? null : String.join(", ", open));
        }).toList();
    }

    /** A task's name without what Tasklist adds to it: "Keukentafelgesprek voeren · JH-2026-000042 S. d.V.". */
    private static String stap(String naam) {
        int zaak = naam == null ? -1 : naam.indexOf(" · ");
        return zaak < 0 ? Objects.toString(naam, "") : naam.substring(0, zaak);
    }

    private Map<String, String> namen(List<String> medewerkers) {
        if (medewerkers.isEmpty()) {
            return Map.of();
        }
        return identityService.createUserQuery().userIdIn(medewerkers.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, gebruiker -> (Objects.toString(gebruiker.getFirstName(), "") + " "
                        + Objects.toString(gebruiker.getLastName(), "")).strip(), (a, b) -> a));
    }
}
