package nl.jeugdhulp.toegang.termijnbewaking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * What a team leader sees on {@code peildatum}: per gemeente of theirs the termijnen and the workload, and the cases
 * to act on across those gemeenten, the most urgent first. No BSN and no names of children: initials only.
 */
public record Overzicht(LocalDate peildatum, int binnenWerkdagen, List<Gemeente> gemeenten, List<Signalering> zaken,
                        List<Dwangsomzaak> dwangsommen, List<Doorlooptijd> doorlooptijden) {

    /**
     * How long a phase took in the cases of a gemeente whose phase ended in {@code maand} (001 §5), in werkdagen: how
     * many cases, the median, the 90th percentile, and the share that ended within its termijn ({@code binnenTermijn},
     * 0 to 1; absent for a phase without a termijn).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Doorlooptijd(String gemeente, YearMonth maand, Doorloopfase fase, int aantal, double mediaan, int p90,
                               Double binnenTermijn) {
    }

    public record Gemeente(String gemeente, String naam, List<Telling> termijnen, List<Werklast> werklast,
                           Dwangsomtotaal dwangsom) {
    }

    /** The dwangsommen of a gemeente not yet settled: how many cases, and their amount to date (Awb 4:17). */
    public record Dwangsomtotaal(int zaken, BigDecimal bedrag) {
    }

    /**
     * A case whose decision came late after an ingebrekestelling: its dwangsom to date, or up to the day before the
     * beschikking went out when it did and the dwangsom is still to be settled (Awb 4:18).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dwangsomzaak(String zaaknummer, String gemeente, String initialen, LocalDate ingebrekestelling,
                               LocalDate eersteDwangsomdag, LocalDate beschikkingVerzonden, int dagen, BigDecimal bedrag,
                               String procesInstantie) {
    }

    /**
     * Per termijn soort: how many run (overdue ones included), how many of those end within {@code binnenWerkdagen}
     * werkdagen, how many are overdue, and by how many werkdagen the oldest overdue one is late.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Telling(Termijnsoort soort, int lopend, int binnenTermijn, int overschreden, Integer oudsteOverschrijding) {
    }

    /** The open tasks of one medewerker, and how many of them are past their due date; no medewerker: unassigned. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Werklast(String medewerker, String naam, int openTaken, int verlopenTaken) {
    }

    /**
     * A case to act on: its termijn is overdue ({@code werkdagen} below zero: that many werkdagen late) or ends within
     * {@code binnenWerkdagen} werkdagen ({@code werkdagen} left, 0 on the last day itself).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Signalering(String zaaknummer, String gemeente, String initialen, Termijnsoort termijn,
                              LocalDate uiterlijk, Instant uiterlijkOm, int werkdagen, boolean overschreden,
                              String regisseur, String regisseurNaam, String stap, String procesInstantie) {

        /** This case with what the engine knows of it: who is its regisseur and which steps are open. */
        Signalering met(String regisseur, String regisseurNaam, String stap) {
            return new Signalering(zaaknummer, gemeente, initialen, termijn, uiterlijk, uiterlijkOm, werkdagen,
                    overschreden, regisseur, regisseurNaam, stap, procesInstantie);
        }

        /** Overdue, or ending within this many werkdagen: a case for the list. */
        boolean teSignaleren(int binnenWerkdagen) {
            return overschreden || werkdagen <= binnenWerkdagen;
        }
    }
}
