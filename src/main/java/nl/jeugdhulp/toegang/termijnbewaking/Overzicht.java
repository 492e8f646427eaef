package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * What a team leader sees on {@code peildatum}: per gemeente of theirs the termijnen and the workload, and the cases
 * to act on across those gemeenten, the most urgent first. No BSN and no names of children: initials only.
 */
public record Overzicht(LocalDate peildatum, int binnenWerkdagen, List<Gemeente> gemeenten, List<Signalering> zaken) {

    public record Gemeente(String gemeente, String naam, List<Telling> termijnen, List<Werklast> werklast) {
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
